import { parse } from 'yaml';

/**
 * A rule set's YAML as a graph: its stages as nodes (with the actions each runs), the ways
 * between them as edges — an event, a timer, a condition, or an escalation that moves the
 * record. Pure and forgiving: it draws whatever of the text parses, so it follows the editor
 * while the text is still wrong somewhere else.
 */

export type StageKind = 'open' | 'won' | 'lost' | 'converted' | 'junk';
export type EdgeKind = 'event' | 'timer' | 'condition' | 'escalation';

export interface StageNode {
  id: string;
  name: string;
  kind: StageKind;
  order: number;
  /** The first stage (lowest order): where records start. */
  start: boolean;
  /** What the stage does, one line each: `on enter: create_activity call`, `every 3d ×2: send_email`. */
  actions: string[];
}

export interface TransitionEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** `quote_sent`, `after 14d`, `if deal.amount > 0`, `activity_completed (call, interested)`. */
  label: string;
  /** The target is not a stage of the rules (a typo the checker reports). */
  dangling: boolean;
}

export interface PipelineGraph {
  nodes: StageNode[];
  edges: TransitionEdge[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const KINDS: readonly StageKind[] = ['open', 'won', 'lost', 'converted', 'junk'];

/** The graph of the rules in `text`; undefined when the text is not YAML with a stage list. */
export function pipelineGraph(text: string): PipelineGraph | undefined {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 20 });
  } catch {
    return undefined;
  }
  if (!isObject(data) || !Array.isArray(data.stages)) return undefined;
  const stages = data.stages.filter(isObject).filter((s) => typeof s.id === 'string');
  const nodes: StageNode[] = stages.map((stage, i) => ({
    id: String(stage.id),
    name: typeof stage.name === 'string' ? stage.name : String(stage.id),
    kind: KINDS.includes(stage.kind as StageKind) ? (stage.kind as StageKind) : 'open',
    order: typeof stage.order === 'number' ? stage.order : (i + 1) * 10,
    start: false,
    actions: stageActions(stage),
  }));
  nodes.sort((a, b) => a.order - b.order);
  if (nodes.length > 0) nodes[0].start = true;
  const ids = new Set(nodes.map((n) => n.id));

  const edges: TransitionEdge[] = [];
  for (const stage of stages) {
    const from = String(stage.id);
    for (const transition of list(stage.transitions)) {
      if (!isObject(transition) || typeof transition.to !== 'string') continue;
      const { kind, label } = transitionLabel(transition);
      edges.push({ from, to: transition.to, kind, label, dangling: !ids.has(transition.to) });
    }
    for (const escalation of list(stage.when_overdue)) {
      if (!isObject(escalation)) continue;
      for (const action of list(escalation.do)) {
        if (!isObject(action) || typeof action.move !== 'string') continue;
        const what = typeof escalation.activity === 'string' ? escalation.activity : 'activity';
        edges.push({
          from,
          to: action.move,
          kind: 'escalation',
          label: `${what} overdue ${String(escalation.after ?? '')}`.trim(),
          dangling: !ids.has(action.move),
        });
      }
    }
  }
  return { nodes, edges };
}

function transitionLabel(transition: Json): { kind: EdgeKind; label: string } {
  const condition = typeof transition.if === 'string' ? ` if ${transition.if}` : '';
  if (transition.on !== undefined) {
    return { kind: 'event', label: `${eventLabel(transition.on)}${condition}` };
  }
  if (transition.after !== undefined) {
    return { kind: 'timer', label: `after ${String(transition.after)}${condition}` };
  }
  return { kind: 'condition', label: condition.trim() || 'always' };
}

/** `quote_sent`, or `activity_completed (call, interested)` for a filtered event. */
function eventLabel(on: unknown): string {
  if (typeof on === 'string') return on;
  if (!isObject(on)) return String(on);
  return Object.entries(on)
    .map(([name, filter]) => {
      const values = isObject(filter)
        ? Object.values(filter).filter((v) => v !== null && v !== undefined)
        : [];
      return values.length ? `${name} (${values.map(String).join(', ')})` : name;
    })
    .join(', ');
}

/** `create_activity call "Qualify {{deal.title}}" due 4h` → shortened to what says most. */
function actionLabel(action: unknown): string | undefined {
  if (!isObject(action)) return typeof action === 'string' ? action : undefined;
  const name = Object.keys(action).find((key) => key !== 'if');
  if (!name) return undefined;
  const settings = action[name];
  const condition = typeof action.if === 'string' ? ` if ${action.if}` : '';
  let detail = '';
  if (isObject(settings)) {
    const pick = ['type', 'template', 'to', 'event', 'round_robin', 'user', 'field', 'due'];
    detail = pick
      .filter((key) => settings[key] !== undefined && !isObject(settings[key]))
      .map((key) => (key === 'due' ? `due ${String(settings[key])}` : String(settings[key])))
      .join(' ');
  } else if (settings !== null && settings !== undefined) {
    detail = String(settings);
  }
  return `${name}${detail ? ` ${detail}` : ''}${condition}`;
}

function stageActions(stage: Json): string[] {
  const lines: string[] = [];
  for (const action of list(stage.on_enter)) {
    const label = actionLabel(action);
    if (label) lines.push(`on enter: ${label}`);
  }
  for (const followUp of list(stage.follow_up)) {
    if (!isObject(followUp)) continue;
    const times = followUp.times !== undefined ? ` ×${String(followUp.times)}` : '';
    const actions = list(followUp.do).map(actionLabel).filter(Boolean).join(', ');
    lines.push(`every ${String(followUp.every)}${times}: ${actions}`);
  }
  for (const escalation of list(stage.when_overdue)) {
    if (!isObject(escalation)) continue;
    const actions = list(escalation.do).map(actionLabel).filter(Boolean).join(', ');
    lines.push(
      `${String(escalation.activity ?? 'activity')} overdue ${String(escalation.after ?? '')}: ${actions}`,
    );
  }
  return lines;
}
