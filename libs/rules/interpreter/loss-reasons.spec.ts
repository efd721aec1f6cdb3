import { compileRules } from '../testing/compile';
import { checkLossReason, checkManualMove, handle, start } from './interpreter';

/** A pipeline with loss reasons; rules move to lost naming one, or a test changes them. */
const WITH_REASONS = `kind: pipeline
id: test
name: Test
version: 1
currency: USD
loss_reasons:
  - { code: price, label: Too expensive }
  - { code: no_response, label: No response }
  - { code: competitor, label: Chose a competitor }
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: "Call {{deal.title}}", due: 4h }
    when_overdue:
      - activity: call
        after: 1d
        do:
          - move: lost
            loss_reason: no_response
    transitions:
      - to: won
        on: { activity_completed: { type: call, outcome: bought } }
      - to: lost
        on: { activity_completed: { type: call, outcome: too_expensive } }
        loss_reason: price
      - to: lost
        after: 14d
        loss_reason: no_response
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`;

const manager = { id: 'u1', role: 'manager' as const };
const rulesOf = (text: string) => compileRules(text);

describe('loss reasons when deals move', () => {
  const rules = rulesOf(WITH_REASONS);
  const started = start(rules, { deal: { title: 'ACME' } }, 0).state;

  it('asks a person moving a deal to lost for one of the reasons, and refuses one elsewhere', () => {
    expect(checkLossReason(rules, 'lost', undefined)?.code).toBe('loss_reason_required');
    expect(checkLossReason(rules, 'lost', 'weather')).toEqual({
      code: 'unknown_loss_reason',
      reason:
        '"weather" is not a loss reason of test v1 (the reasons are: price, no_response, competitor)',
    });
    expect(checkLossReason(rules, 'lost', 'price')).toBeUndefined();
    expect(checkLossReason(rules, 'won', 'price')?.code).toBe('loss_reason_not_lost');
    expect(checkManualMove(rules, started, 'lost', manager)?.code).toBe('loss_reason_required');
    expect(checkManualMove(rules, started, 'lost', manager, false, 'price')).toBeUndefined();
  });

  it('takes no reason under rules that name none (versions from before loss reasons)', () => {
    const old = rulesOf(
      WITH_REASONS.replace(/loss_reasons:\n( {2}- .*\n)+/, '').replace(
        /\n\s+loss_reason: \w+/g,
        '',
      ),
    );
    expect(checkLossReason(old, 'lost', undefined)).toBeUndefined();
    expect(checkLossReason(old, 'lost', 'price')?.code).toBe('unknown_loss_reason');
  });

  it("carries the person's reason and note, and the rule's reason, into the stage change", () => {
    const moved = handle(rules, started, {
      type: 'manual_move',
      at: 1000,
      to: 'lost',
      by: manager,
      lossReason: 'competitor',
      lossNote: 'Initech was cheaper',
    });
    expect(moved.commands.find((c) => c.type === 'move_stage')).toMatchObject({
      to: 'lost',
      cause: {
        kind: 'manual',
        by: 'u1',
        lossReason: 'competitor',
        lossNote: 'Initech was cheaper',
      },
    });
    const refused = handle(rules, started, {
      type: 'manual_move',
      at: 1000,
      to: 'lost',
      by: manager,
    });
    expect(refused.refused?.code).toBe('loss_reason_required');
    expect(refused.commands).toEqual([]);

    const declined = handle(rules, started, {
      type: 'activity_completed',
      at: 2000,
      activity: 'call',
      outcome: 'too_expensive',
    });
    expect(declined.commands.find((c) => c.type === 'move_stage')).toMatchObject({
      cause: { kind: 'event', rule: 'stages[0].transitions[1]', lossReason: 'price' },
    });
    const timerId = Object.values(started.timers).find((t) => t.kind === 'transition')!.id;
    const silent = handle(rules, started, { type: 'timer_fired', at: 14 * 86_400_000, timerId });
    expect(silent.commands.find((c) => c.type === 'move_stage')).toMatchObject({
      cause: { kind: 'timer', lossReason: 'no_response' },
    });
    const overdueId = Object.values(started.timers).find((t) => t.kind === 'overdue')!.id;
    const escalated = handle(rules, started, {
      type: 'timer_fired',
      at: 86_400_000 * 2,
      timerId: overdueId,
    });
    expect(escalated.commands.find((c) => c.type === 'move_stage')).toMatchObject({
      cause: { kind: 'escalation', lossReason: 'no_response' },
    });
  });
});
