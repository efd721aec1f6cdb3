import { type Action, type ActivityType, CLOSING_KINDS, type Stage } from '../language/rule-set';
import { type CheckContext } from './check-context';
import { suggestion } from './problems';

// The stages as a whole: ids and orders used once, the closing stages there, transitions and
// escalations that lead to stages that exist, escalations that can fire, and what is reachable.

/** Checks the stages together (after each was read on its own). */
export function checkStages(ctx: CheckContext, stages: Stage[]) {
  const ids = stages.map((s) => s.id);
  const seen = new Map<string, number>();
  const orders = new Map<number, string>();
  stages.forEach((stage, i) => {
    if (seen.has(stage.id)) {
      ctx.error(
        ['stages', i, 'id'],
        `the stage id "${stage.id}" is used twice (also by stages[${seen.get(stage.id)}])`,
      );
    }
    seen.set(stage.id, i);
    if (orders.has(stage.order)) {
      ctx.error(
        ['stages', i, 'order'],
        `order ${stage.order} is also the order of stage "${orders.get(stage.order)}"`,
      );
    }
    orders.set(stage.order, stage.id);
  });

  for (const kind of CLOSING_KINDS[ctx.kind]) {
    if (!stages.some((s) => s.kind === kind)) {
      ctx.error(['stages'], `there is no ${kind} stage: add one with "kind: ${kind}"`);
    }
  }

  stages.forEach((stage, i) => {
    stage.transitions.forEach((t, j) => {
      if (!ids.includes(t.to)) {
        ctx.error(
          ['stages', i, 'transitions', j, 'to'],
          `stage "${t.to}" does not exist${suggestion(t.to, ids)} (the stages are: ${ids.join(', ')})`,
        );
      } else if (t.to === stage.id) {
        ctx.error(
          ['stages', i, 'transitions', j, 'to'],
          'a transition cannot lead to the stage it leaves',
        );
      }
    });
    stage.whenOverdue.forEach((e, j) =>
      e.do.forEach((step, k) => {
        if (step.type === 'move' && !ids.includes(step.to)) {
          ctx.error(
            ['stages', i, 'when_overdue', j, 'do', k, 'move'],
            `stage "${step.to}" does not exist${suggestion(step.to, ids)}`,
          );
        }
      }),
    );
    if (stage.kind !== 'open') {
      if (stage.transitions.length > 0) {
        ctx.error(
          ['stages', i, 'transitions'],
          `"${stage.id}" closes the ${ctx.kind === 'lead' ? 'lead' : 'deal'}; a closing stage has no transitions`,
        );
      }
      if (stage.followUps.length > 0 || stage.whenOverdue.length > 0) {
        ctx.error(
          ['stages', i],
          `"${stage.id}" closes the record; follow-ups and escalations never run there`,
        );
      }
    }
    // An escalation for an activity type that this stage never creates never fires.
    const created = new Set<ActivityType>(
      [...stage.onEnter, ...stage.followUps.flatMap((f) => f.do)]
        .filter(
          (a): a is Extract<Action, { type: 'create_activity' }> => a.type === 'create_activity',
        )
        .map((a) => a.activity),
    );
    stage.whenOverdue.forEach((e, j) => {
      if (!created.has(e.activity)) {
        ctx.warn(
          ['stages', i, 'when_overdue', j, 'activity'],
          `no ${e.activity} is created in this stage, so this escalation never fires`,
        );
      }
    });
  });
  if (ctx.errors.length > 0) return;
  checkReachability(ctx, stages);
}

/** Stages no rule leads to, and loops from which no rule reaches a closing stage. */
function checkReachability(ctx: CheckContext, stages: Stage[]) {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const next = new Map<string, string[]>();
  for (const s of stages) {
    next.set(s.id, [
      ...s.transitions.map((t) => t.to),
      ...s.whenOverdue.flatMap((e) =>
        e.do.filter((d) => d.type === 'move').map((d) => (d as { to: string }).to),
      ),
    ]);
  }
  const reach = (from: string): Set<string> => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      for (const n of next.get(queue.shift()!) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return seen;
  };
  const fromStart = reach(ordered[0].id);
  const index = (id: string) => stages.findIndex((s) => s.id === id);
  for (const s of stages) {
    if (fromStart.has(s.id)) continue;
    if (s.kind === 'open') {
      ctx.error(
        ['stages', index(s.id)],
        `no rule leads to stage "${s.id}" from "${ordered[0].id}": it is not reachable (add a transition to it)`,
      );
    } else {
      ctx.warn(
        ['stages', index(s.id)],
        `no rule leads to "${s.id}"; it is reached only by a manual move`,
      );
    }
  }
  for (const s of stages) {
    if (s.kind !== 'open' || !fromStart.has(s.id)) continue;
    const ahead = reach(s.id);
    if (![...ahead].some((id) => stages.find((x) => x.id === id)?.kind !== 'open')) {
      ctx.warn(
        ['stages', index(s.id)],
        `from "${s.id}" no rule reaches a closing stage (stages ${[...ahead].join(', ')} loop); only a manual move ends it`,
      );
    }
  }
}
