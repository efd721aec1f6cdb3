import { type ModuleRef } from '@nestjs/core';
import { AutomationEffects } from '../../libs/automation/effects/automation.effects';
import { asEffectFailure } from '../../libs/automation/effects/effect-failure';
import { type AutomationEffectsApi } from '../../libs/automation/contract/automation.contract';

type EffectFunction = (...args: never[]) => Promise<unknown>;

/**
 * Binds the named methods of an injectable effects service (an unbound method would lose `this`,
 * and with it the ORM, when Temporal calls it); a failure no retry can mend is made non-retryable.
 */
export function bindEffects<T extends object>(
  service: T,
  names: readonly (keyof T & string)[],
): Record<string, EffectFunction> {
  return Object.fromEntries(
    names.map((name) => {
      const method = service[name];
      if (typeof method !== 'function') throw new Error(`effect ${name} is not a method`);
      const effect = (method as EffectFunction).bind(service);
      const run: EffectFunction = async (...args) => {
        try {
          return await effect(...args);
        } catch (error) {
          throw asEffectFailure(error);
        }
      };
      return [name, run];
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
