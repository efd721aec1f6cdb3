import { type PathPart, type Problem, suggestion } from './problems';
import { type YamlSource } from './yaml-source';

type Json = Record<string, unknown>;

const TOP_KEYS = [
  'kind',
  'id',
  'name',
  'version',
  'currency',
  'won_requires_payment',
  'loss_reasons',
  'stages',
];
const STAGE_KEYS = [
  'id',
  'name',
  'order',
  'kind',
  'allow_back',
  'on_enter',
  'transitions',
  'follow_up',
  'when_overdue',
];
const TRANSITION_KEYS = ['to', 'on', 'after', 'if', 'loss_reason'];
const FOLLOW_UP_KEYS = ['every', 'times', 'do'];
const ESCALATION_KEYS = ['activity', 'after', 'do'];

const isMap = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The shape of the file: the keys each level takes and the type of each
 * value. Meaning (stages that exist, templates, durations, ...) is checked after.
 */
export function checkStructure(yaml: YamlSource): { problems: Problem[]; fatal: boolean } {
  const problems: Problem[] = [];
  let fatal = false;
  const error = (path: PathPart[], message: string, atKey = false) =>
    problems.push(yaml.problem('error', path, message, { atKey }));

  const keys = (value: Json, allowed: string[], path: PathPart[], what: string) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        error(
          [...path, key],
          `unknown key "${key}" in ${what}${suggestion(key, allowed)}; allowed here: ${allowed.join(', ')}`,
          true,
        );
      }
    }
  };
  const required = (value: Json, key: string, path: PathPart[], what: string) => {
    if (value[key] === undefined || value[key] === null) error(path, `${what} needs "${key}"`);
  };
  const list = (value: unknown, path: PathPart[], what: string): Json[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      error(path, `${what} is a list: write each item on its own line starting with "- "`);
      return undefined;
    }
    return value as Json[];
  };
  const maps = (items: Json[] | undefined, path: PathPart[], what: string, allowed: string[]) =>
    items?.forEach((item, i) => {
      if (!isMap(item)) error([...path, i], `each item of ${what} is a map of settings`);
      else keys(item, allowed, [...path, i], what);
    });

  const top = yaml.data;
  if (!isMap(top)) {
    error([], 'the rules file is a map with kind, id, name, version and stages');
    return { problems, fatal: true };
  }
  keys(top, TOP_KEYS, [], 'the rules');
  for (const key of ['kind', 'id', 'name', 'version', 'stages'])
    required(top, key, [], 'the rules');
  if (top.kind !== undefined && top.kind !== 'pipeline' && top.kind !== 'lead') {
    error(['kind'], 'kind is "pipeline" (deal directions) or "lead" (lead statuses)');
  }
  if (top.name !== undefined && (typeof top.name !== 'string' || top.name.trim() === ''))
    error(['name'], 'name is a text');
  if (
    top.version !== undefined &&
    !(Number.isInteger(top.version) && (top.version as number) >= 1)
  ) {
    error(
      ['version'],
      'version is a whole number from 1 up; raise it for every change you publish',
    );
  }
  if (
    top.currency !== undefined &&
    !(typeof top.currency === 'string' && /^[A-Z]{3}$/.test(top.currency))
  ) {
    error(['currency'], 'currency is an ISO 4217 code, like USD or EUR');
  }
  if (top.won_requires_payment !== undefined && typeof top.won_requires_payment !== 'boolean') {
    error(['won_requires_payment'], 'won_requires_payment is true or false');
  }
  const stages = list(top.stages, ['stages'], 'stages');
  if (stages && stages.length === 0) error(['stages'], 'there are no stages');
  // Past these, the meaning cannot be checked; anything else is reported along with it.
  if (
    !stages ||
    stages.length === 0 ||
    !stages.every(isMap) ||
    !['pipeline', 'lead'].includes(String(top.kind))
  ) {
    fatal = true;
  }
  stages?.forEach((stage, i) => {
    const path: PathPart[] = ['stages', i];
    if (!isMap(stage)) {
      error(path, 'a stage is a map with at least its id');
      return;
    }
    if (typeof stage.id !== 'string') fatal = true;
    keys(stage, STAGE_KEYS, path, 'a stage');
    required(stage, 'id', path, 'a stage');
    if (stage.id !== undefined && typeof stage.id !== 'string')
      error([...path, 'id'], 'a stage id is a word, like negotiation');
    if (stage.name !== undefined && typeof stage.name !== 'string')
      error([...path, 'name'], 'name is a text');
    if (stage.order !== undefined && !Number.isInteger(stage.order))
      error([...path, 'order'], 'order is a whole number');
    if (stage.allow_back !== undefined && typeof stage.allow_back !== 'boolean')
      error([...path, 'allow_back'], 'allow_back is true or false');
    list(stage.on_enter, [...path, 'on_enter'], 'on_enter');
    maps(
      list(stage.transitions, [...path, 'transitions'], 'transitions'),
      [...path, 'transitions'],
      'a transition',
      TRANSITION_KEYS,
    );
    const followUps = list(stage.follow_up, [...path, 'follow_up'], 'follow_up');
    maps(followUps, [...path, 'follow_up'], 'a follow-up', FOLLOW_UP_KEYS);
    followUps?.forEach((f, j) => {
      if (isMap(f)) {
        required(f, 'every', [...path, 'follow_up', j], 'a follow-up');
        list(f.do, [...path, 'follow_up', j, 'do'], 'do');
        required(f, 'do', [...path, 'follow_up', j], 'a follow-up');
      }
    });
    const escalations = list(stage.when_overdue, [...path, 'when_overdue'], 'when_overdue');
    maps(escalations, [...path, 'when_overdue'], 'an escalation', ESCALATION_KEYS);
    escalations?.forEach((e, j) => {
      if (isMap(e)) {
        for (const key of ESCALATION_KEYS)
          required(e, key, [...path, 'when_overdue', j], 'an escalation');
        list(e.do, [...path, 'when_overdue', j, 'do'], 'do');
      }
    });
    (stage.transitions as Json[] | undefined)?.forEach?.((t, j) => {
      if (isMap(t)) {
        required(t, 'to', [...path, 'transitions', j], 'a transition');
        if (t.to !== undefined && typeof t.to !== 'string')
          error([...path, 'transitions', j, 'to'], 'to names a stage id');
      }
    });
    for (const key of ['on_enter', 'transitions', 'follow_up', 'when_overdue']) {
      if (stage[key] !== undefined && !Array.isArray(stage[key])) fatal = true;
    }
    for (const key of ['transitions', 'follow_up', 'when_overdue']) {
      if (Array.isArray(stage[key]) && !(stage[key] as unknown[]).every(isMap)) fatal = true;
    }
  });
  return { problems, fatal };
}
