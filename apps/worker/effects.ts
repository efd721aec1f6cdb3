import { type ModuleRef } from '@nestjs/core';
import { actionEffects } from './action-effects';
import { EFFECT_NAMES, type EffectGroup } from '../../libs/automation/contract/effects.contract';
import { EFFECT_SERVICES } from '../../libs/automation/effects/automation-effects.module';
import { asEffectFailure } from '../../libs/automation/effects/effect-failure';

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
 * Every effect (Temporal activity) the worker registers, by name: each group of the contract
 * (EFFECT_NAMES) bound on its service, and the effects each action plug-in names on its own, taken from the Nest container so that effects get their
 * services by injection. A workflow can call only what the contract names.
 */
export function collectEffects(moduleRef: ModuleRef): Record<string, EffectFunction> {
  const groups = Object.keys(EFFECT_NAMES) as EffectGroup[];
  return Object.assign(
    {},
    ...groups.map((group) =>
      bindEffects(
        moduleRef.get(EFFECT_SERVICES[group], { strict: false }) as object,
        EFFECT_NAMES[group] as unknown as readonly never[],
      ),
    ),
    ...actionEffects(moduleRef).map((effects) =>
      bindEffects(effects, Object.keys(effects) as unknown as readonly never[]),
    ),
  );
}
