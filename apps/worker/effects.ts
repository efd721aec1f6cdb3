import { type ModuleRef } from '@nestjs/core';
import { AutomationEffects } from '../../libs/automation/effects/automation.effects';
import { type AutomationEffectsApi } from '../../libs/automation/contract/automation.contract';

type EffectFunction = (...args: never[]) => Promise<unknown>;

/**
 * Binds the named methods of an injectable effects service. An unbound method
 * would lose `this` (and with it the ORM) when Temporal calls it.
 */
export function bindEffects<T extends object>(
  service: T,
  names: readonly (keyof T & string)[],
): Record<string, EffectFunction> {
  return Object.fromEntries(
    names.map((name) => {
      const method = service[name];
      if (typeof method !== 'function') throw new Error(`effect ${name} is not a method`);
      return [name, (method as EffectFunction).bind(service)];
    }),
  );
}

/**
 * Every effect (Temporal activity) the worker registers, by name, taken from
 * the Nest container so that effects get their services by injection.
 * The name lists are typed against each contract: a workflow can call only
 * what is registered here.
 */
export function collectEffects(moduleRef: ModuleRef): Record<string, EffectFunction> {
  const automationEffects: (keyof AutomationEffectsApi)[] = [
    'begin',
    'loadRules',
    'loadSnapshot',
    'recordStage',
    'closeRecord',
    'createActivity',
    'sendEmail',
    'notify',
    'sendQuote',
    'issueInvoice',
    'assign',
    'setField',
    'convertLead',
    'recordRulesVersion',
  ];
  return {
    ...bindEffects(moduleRef.get(AutomationEffects, { strict: false }), automationEffects),
  };
}
