import { type SettingsReader } from '../actions/kit/action-plugin';
import { actionPlugin } from '../actions/registry';
import { ACTION_TYPES, type Action } from '../language/rule-set';
import { type CheckContext, type Json } from './check-context';
import { type PathPart, suggestion } from './problems';

/** Reads one action item: its one name, its settings, and its condition. */
export function readAction(ctx: CheckContext, item: Json, path: PathPart[]): Action | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    ctx.error(
      path,
      `an action is one name with its settings, like send_email: { template: welcome, to: contact }`,
    );
    return undefined;
  }
  const names = Object.keys(item).filter((k) => k !== 'if');
  if (names.length !== 1) {
    ctx.error(
      path,
      names.length === 0
        ? 'the action is missing: name one of ' + ACTION_TYPES.join(', ')
        : `one action per item, found ${names.join(' and ')}: put each in its own "- " item`,
    );
    return undefined;
  }
  const name = names[0];
  if (!(ACTION_TYPES as readonly string[]).includes(name)) {
    ctx.error(
      [...path, name],
      `unknown action "${name}"${suggestion(name, ACTION_TYPES)}; the actions are: ${ACTION_TYPES.join(', ')}`,
      { atKey: true },
    );
    return undefined;
  }
  const condition = item.if !== undefined ? ctx.condition(item.if, [...path, 'if']) : undefined;
  const raw = item[name];
  const p = [...path, name];
  const params = (raw ?? {}) as Json;
  if (typeof params !== 'object' || Array.isArray(params)) {
    ctx.error(p, `the settings of ${name} are a map, like { key: value }`);
    return undefined;
  }
  const built = actionOf(ctx, name as Action['type'], params, p);
  if (!built) return undefined;
  return condition ? { ...built, if: condition } : built;
}

/** The action's settings, read by its plug-in: unknown and missing settings reported first. */
function actionOf(
  ctx: CheckContext,
  name: Action['type'],
  a: Json,
  p: PathPart[],
): Action | undefined {
  const plugin = actionPlugin(name);
  if (plugin.onlyFor && plugin.onlyFor.kind !== ctx.kind) ctx.error(p, plugin.onlyFor.why);
  const keys = Object.keys(plugin.settings);
  for (const key of Object.keys(a)) {
    if (!keys.includes(key))
      ctx.error(
        [...p, key],
        `unknown setting "${key}" of ${name}${suggestion(key, keys)}; it takes: ${keys.join(', ')}`,
        { atKey: true },
      );
  }
  const required = keys.filter((key) => plugin.settings[key] === 'required');
  for (const key of required) if (a[key] === undefined) ctx.error(p, `${name} needs "${key}"`);
  if (!required.every((key) => a[key] !== undefined)) return undefined;
  const read = plugin.read(a, readerFor(ctx, p));
  return read ? ({ type: name, ...read } as Action) : undefined;
}

/** The checker's help for a plug-in reading its settings, at the action's path. */
function readerFor(ctx: CheckContext, path: PathPart[]): SettingsReader {
  return {
    kind: ctx.kind,
    error: (at, message) => ctx.error([...path, ...at], message),
    templateRef: (value, at) => ctx.templateRef(value, [...path, ...at]),
    quoteTemplateRef: (value, at) => ctx.quoteTemplateRef(value, [...path, ...at]),
    templateString: (value, at) => ctx.templateString(value, [...path, ...at]),
    duration: (value, at) => ctx.duration(value, [...path, ...at]),
    activityType: (value, at) => ctx.activityType(value, [...path, ...at]),
    assignee: (value, at) => ctx.assignee(value, [...path, ...at]),
    settableField: (field, at) => ctx.settableField(field, [...path, ...at]),
  };
}
