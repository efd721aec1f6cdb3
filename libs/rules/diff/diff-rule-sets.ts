import { describeStep, describeTransition } from '../describe/describe';
import { type RuleSet, type Stage } from '../language/rule-set';

export interface RuleChange {
  change: 'added' | 'removed' | 'changed';
  /** Where: a stage id, `settings` or `template <name>`. */
  where: string;
  text: string;
}

/**
 * What changed between two versions of a rule set, in words: stages,
 * transitions, actions, follow-ups, escalations, templates and settings
 * added, removed or changed.
 */
export function diffRuleSets(from: RuleSet, to: RuleSet): RuleChange[] {
  const changes: RuleChange[] = [];
  const add = (change: RuleChange['change'], where: string, text: string) =>
    changes.push({ change, where, text });

  for (const [label, a, b] of [
    ['name', from.name, to.name],
    ['currency', from.currency, to.currency],
    ['won requires payment', from.wonRequiresPayment, to.wonRequiresPayment],
  ] as const) {
    if (a !== b)
      add('changed', 'settings', `${label}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  }

  const reasonsBefore = new Map((from.lossReasons ?? []).map((r) => [r.code, r.label]));
  const reasonsAfter = new Map((to.lossReasons ?? []).map((r) => [r.code, r.label]));
  for (const [code, label] of reasonsBefore)
    if (!reasonsAfter.has(code)) add('removed', 'loss reasons', `${code} (${label})`);
  for (const [code, label] of reasonsAfter) {
    const old = reasonsBefore.get(code);
    if (old === undefined) add('added', 'loss reasons', `${code} (${label})`);
    else if (old !== label) add('changed', 'loss reasons', `${code}: "${old}" → "${label}"`);
  }

  const before = new Map(from.stages.map((s) => [s.id, s]));
  const after = new Map(to.stages.map((s) => [s.id, s]));
  for (const s of from.stages)
    if (!after.has(s.id)) add('removed', s.id, `stage "${s.id}" (${s.name}, ${s.kind})`);
  for (const s of to.stages) {
    const old = before.get(s.id);
    if (!old) {
      add('added', s.id, `stage "${s.id}" (${s.name}, ${s.kind})`);
      for (const line of stageLines(s)) add('added', s.id, line);
      continue;
    }
    if (old.name !== s.name) add('changed', s.id, `name: "${old.name}" → "${s.name}"`);
    if (old.kind !== s.kind) add('changed', s.id, `kind: ${old.kind} → ${s.kind}`);
    if (old.allowBack !== s.allowBack)
      add(
        'changed',
        s.id,
        `moving back by hand: ${old.allowBack ? 'allowed' : 'not allowed'} → ${s.allowBack ? 'allowed' : 'not allowed'}`,
      );
    const oldLines = stageLines(old);
    const newLines = stageLines(s);
    for (const line of oldLines) if (!newLines.includes(line)) add('removed', s.id, line);
    for (const line of newLines) if (!oldLines.includes(line)) add('added', s.id, line);
  }
  const oldOrder = from.stages.filter((s) => after.has(s.id)).map((s) => s.id);
  const newOrder = to.stages.filter((s) => before.has(s.id)).map((s) => s.id);
  if (oldOrder.join() !== newOrder.join())
    add('changed', 'settings', `stage order: ${oldOrder.join(', ')} → ${newOrder.join(', ')}`);

  for (const name of Object.keys(from.templates))
    if (!(name in to.templates)) add('removed', `template ${name}`, 'template');
  for (const [name, t] of Object.entries(to.templates)) {
    const old = from.templates[name];
    if (!old) add('added', `template ${name}`, `subject "${t.subject}"`);
    else {
      if (old.subject !== t.subject)
        add('changed', `template ${name}`, `subject: "${old.subject}" → "${t.subject}"`);
      if (old.body !== t.body) add('changed', `template ${name}`, 'body changed');
    }
  }
  return changes;
}

/** Each rule of a stage as one line, so that two versions compare line by line. */
function stageLines(s: Stage): string[] {
  return [
    ...s.onEnter.map((a) => `on enter: ${describeStep(a)}`),
    ...s.transitions.map((t) => `transition ${describeTransition(t)}`),
    ...s.followUps.map(
      (f) =>
        `follow-up every ${f.every.text}${f.times ? `, ${f.times} times` : ''}: ${f.do.map(describeStep).join('; ')}`,
    ),
    ...s.whenOverdue.map(
      (e) =>
        `when a ${e.activity} is overdue by ${e.after.text}: ${e.do.map(describeStep).join('; ')}`,
    ),
  ];
}

export function formatRuleChanges(from: RuleSet, to: RuleSet, changes: RuleChange[]): string {
  const head = `${from.id} v${from.version} → ${to.id} v${to.version}`;
  if (changes.length === 0) return `${head}: no changes\n`;
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  const lines = [head];
  let where = '';
  for (const c of changes) {
    if (c.where !== where) {
      where = c.where;
      lines.push(`  ${where}:`);
    }
    lines.push(`    ${sign[c.change]} ${c.text}`);
  }
  return lines.join('\n') + '\n';
}
