import { compileRules } from '../testing/compile';
import { checkManualMove, checkMigration, handle, migrate, RulesError, start } from './interpreter';
import { type Command, type MachineState, type RulesEvent } from './machine';

const H = 3600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 10, 23, 9, 0); // Monday 23 Nov 2026, 09:00 UTC

const RULES = compileRules(
  `kind: pipeline
id: t
name: T
version: 3
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: "Qualify {{deal.title}}", due: 4h }
      - notify: { to: head, template: big }
        if: deal.amount >= 10000
    when_overdue:
      - activity: call
        after: 1h
        do: [ { notify: { to: responsible, template: late } } ]
      - activity: call
        after: 1d
        do: [ { move: lost } ]
    transitions:
      - to: quote
        on: { activity_completed: { type: call, outcome: interested } }
      - to: lost
        after: 14d
  - id: quote
    allow_back: true
    on_enter:
      - send_quote: { template: quote, valid_for: 14d }
      - set_field: { field: deal.probability, value: 50 }
    follow_up:
      - every: 3d
        times: 2
        do: [ { send_email: { template: reminder, to: contact } } ]
    transitions:
      - to: invoice
        on: quote_accepted
      - to: partner
        on: { field_changed: { field: deal.source, to: partner } }
      - to: lost
        if: deal.custom.blocked == true
  - id: partner
    transitions:
      - { to: invoice, after: 1d, if: deal.amount > 0 }
  - id: invoice
    on_enter:
      - issue_invoice: { due: 7wd, send: true, template: invoice }
    transitions:
      - { to: won, on: invoice_paid }
  - id: won
    kind: won
    on_enter: [ { send_email: { template: thanks, to: contact } } ]
  - { id: lost, kind: lost }
`,
  ['big', 'late', 'quote', 'reminder', 'invoice', 'thanks'],
);

const record = (amount = '5000.00') => ({ deal: { title: 'ACME', amount, source: 'web' } });

function run(state: MachineState, ...events: RulesEvent[]) {
  const commands: Command[] = [];
  for (const e of events) {
    const step = handle(RULES, state, e);
    commands.push(...step.commands);
    state = step.state;
  }
  return { state, commands };
}

const types = (commands: Command[]) => commands.map((c) => c.type);
const timerIds = (state: MachineState) => Object.keys(state.timers).sort();

describe('the rules interpreter', () => {
  it('starts in the first stage: the stage change, its actions and its timers', () => {
    const step = start(RULES, record(), T0);
    expect(step.commands).toEqual([
      { type: 'move_stage', from: null, to: 'new', at: T0, cause: { kind: 'start' }, version: 3 },
      {
        type: 'create_activity',
        key: 'new#1/enter/0',
        activity: 'call',
        subject: 'Qualify {{deal.title}}',
        dueAt: T0 + 4 * H,
        assignee: { kind: 'responsible' },
      },
      expect.objectContaining({
        type: 'start_timer',
        id: 'new#1/enter/0/overdue/0',
        at: T0 + 5 * H,
      }),
      expect.objectContaining({
        type: 'start_timer',
        id: 'new#1/enter/0/overdue/1',
        at: T0 + 4 * H + D,
      }),
      expect.objectContaining({ type: 'start_timer', id: 'new#1/after/1', at: T0 + 14 * D }),
    ]);
    expect(step.state).toMatchObject({
      stage: 'new',
      visit: 1,
      enteredAt: T0,
      version: 3,
      ruleSetId: 't',
    });
  });

  it('runs an action only when its condition holds', () => {
    expect(types(start(RULES, record('5000'), T0).commands)).not.toContain('notify');
    const big = start(RULES, record('10000.00'), T0).commands.find((c) => c.type === 'notify');
    expect(big).toEqual({ type: 'notify', key: 'new#1/enter/1', template: 'big', to: 'head' });
  });

  it('moves on a matching event, cancelling the old stage timers and entering the next', () => {
    const { state, commands } = run(start(RULES, record(), T0).state, {
      type: 'activity_completed',
      at: T0 + 2 * H,
      activity: 'call',
      outcome: 'interested',
    });
    expect(state.stage).toBe('quote');
    expect(
      commands
        .filter((c) => c.type === 'cancel_timer')
        .map((c) => (c as { id: string }).id)
        .sort(),
    ).toEqual(['new#1/after/1', 'new#1/enter/0/overdue/0', 'new#1/enter/0/overdue/1']);
    expect(commands).toContainEqual({
      type: 'move_stage',
      from: 'new',
      to: 'quote',
      at: T0 + 2 * H,
      cause: { kind: 'event', rule: 'stages[0].transitions[0]', event: 'activity_completed' },
      version: 3,
    });
    expect(commands).toContainEqual({
      type: 'send_quote',
      key: 'quote#2/enter/0',
      template: 'quote',
      validUntil: T0 + 2 * H + 14 * D,
    });
    expect(commands).toContainEqual({
      type: 'set_field',
      key: 'quote#2/enter/1',
      field: 'deal.probability',
      value: 50,
    });
    expect(state.record.deal).toMatchObject({ probability: 50, stage: 'quote' });
    expect(timerIds(state)).toEqual(['quote#2/follow_up/0#1']);
  });

  it('ignores an event no transition matches, but stops watching the completed activity', () => {
    const { state, commands } = run(start(RULES, record(), T0).state, {
      type: 'activity_completed',
      at: T0 + H,
      activity: 'call',
      outcome: 'call_back_later',
    });
    expect(state.stage).toBe('new');
    expect(commands).toEqual([
      { type: 'cancel_timer', id: 'new#1/enter/0/overdue/0' },
      { type: 'cancel_timer', id: 'new#1/enter/0/overdue/1' },
    ]);
    expect(timerIds(state)).toEqual(['new#1/after/1']);
  });

  it('escalates an overdue activity: first a notification, then a move', () => {
    let { state, commands } = run(start(RULES, record(), T0).state, {
      type: 'timer_fired',
      at: T0 + 5 * H,
      timerId: 'new#1/enter/0/overdue/0',
    });
    expect(commands).toEqual([
      {
        type: 'notify',
        key: 'new#1/enter/0/overdue/0/0',
        template: 'late',
        to: 'responsible',
        activityKey: 'new#1/enter/0',
      },
    ]);
    ({ state, commands } = run(state, {
      type: 'timer_fired',
      at: T0 + 28 * H,
      timerId: 'new#1/enter/0/overdue/1',
    }));
    expect(state.stage).toBe('lost');
    expect(state.closed).toEqual({ kind: 'lost', at: T0 + 28 * H });
    expect(commands).toContainEqual(
      expect.objectContaining({
        type: 'move_stage',
        to: 'lost',
        cause: { kind: 'escalation', rule: 'stages[0].when_overdue[1].do[0]' },
      }),
    );
    expect(commands[commands.length - 1]).toEqual({
      type: 'close',
      outcome: 'lost',
      at: T0 + 28 * H,
    });
  });

  it('moves the overdue checks of a rescheduled activity, and drops those of a cancelled one', () => {
    const started = start(RULES, record(), T0).state;
    const moved = run(started, {
      type: 'activity_rescheduled',
      at: T0 + H,
      key: 'new#1/enter/0',
      dueAt: T0 + 2 * D,
    });
    expect(moved.state.activities['new#1/enter/0'].dueAt).toBe(T0 + 2 * D);
    expect(
      Object.values(moved.state.timers)
        .filter((t) => t.kind === 'overdue')
        .map((t) => [t.id, t.at]),
    ).toEqual([
      ['new#1/enter/0~1/overdue/0', T0 + 2 * D + H],
      ['new#1/enter/0~1/overdue/1', T0 + 3 * D],
    ]);
    // The old check is gone; the new one escalates under a key of its own (a second email).
    expect(
      run(moved.state, { type: 'timer_fired', at: T0 + 5 * H, timerId: 'new#1/enter/0/overdue/0' })
        .commands,
    ).toEqual([]);
    expect(
      run(moved.state, {
        type: 'timer_fired',
        at: T0 + 2 * D + H,
        timerId: 'new#1/enter/0~1/overdue/0',
      }).commands,
    ).toEqual([expect.objectContaining({ type: 'notify', key: 'new#1/enter/0~1/overdue/0/0' })]);
    const cancelled = run(started, {
      type: 'activity_cancelled',
      at: T0 + H,
      key: 'new#1/enter/0',
    });
    expect(timerIds(cancelled.state)).toEqual(['new#1/after/1']);
    expect(cancelled.state.stage).toBe('new');
  });

  it('moves after time in the stage, and ignores a timer that was cancelled', () => {
    const started = start(RULES, record(), T0).state;
    const { state } = run(started, {
      type: 'timer_fired',
      at: T0 + 14 * D,
      timerId: 'new#1/after/1',
    });
    expect(state.stage).toBe('lost');
    const stale = handle(RULES, started, {
      type: 'timer_fired',
      at: T0 + D,
      timerId: 'quote#9/after/0',
    });
    expect(stale.commands).toEqual([]);
    expect(stale.state).toEqual(started);
  });

  it('repeats a follow-up every N, as many times as the rule says', () => {
    let state = run(start(RULES, record(), T0).state, {
      type: 'activity_completed',
      at: T0,
      activity: 'call',
      outcome: 'interested',
    }).state;
    let step = run(state, {
      type: 'timer_fired',
      at: T0 + 3 * D,
      timerId: 'quote#2/follow_up/0#1',
    });
    expect(step.commands).toEqual([
      { type: 'send_email', key: 'quote#2/follow_up/0#1/0', template: 'reminder', to: 'contact' },
      expect.objectContaining({ type: 'start_timer', id: 'quote#2/follow_up/0#2', at: T0 + 6 * D }),
    ]);
    state = step.state;
    step = run(state, { type: 'timer_fired', at: T0 + 6 * D, timerId: 'quote#2/follow_up/0#2' });
    expect(step.commands).toEqual([
      { type: 'send_email', key: 'quote#2/follow_up/0#2/0', template: 'reminder', to: 'contact' },
    ]);
    expect(timerIds(step.state)).toEqual([]);
  });

  it('moves when a field changes to a value, and when a condition comes to hold', () => {
    const inQuote = run(start(RULES, record(), T0).state, {
      type: 'activity_completed',
      at: T0,
      activity: 'call',
      outcome: 'interested',
    }).state;
    const partner = run(inQuote, {
      type: 'field_changed',
      at: T0 + H,
      field: 'deal.source',
      value: 'partner',
    });
    expect(partner.state.stage).toBe('partner');
    expect(partner.state.record.deal.source).toBe('partner');
    const other = run(inQuote, {
      type: 'field_changed',
      at: T0 + H,
      field: 'deal.source',
      value: 'fair',
    });
    expect(other.state.stage).toBe('quote');
    const blocked = run(inQuote, {
      type: 'field_changed',
      at: T0 + H,
      field: 'deal.custom.blocked',
      value: true,
    });
    expect(blocked.state.stage).toBe('lost');
    expect(blocked.commands).toContainEqual(
      expect.objectContaining({
        type: 'move_stage',
        cause: { kind: 'condition', rule: 'stages[1].transitions[2]' },
      }),
    );
  });

  it('says, for each rule that fired, the actions it ran and where they are in the rules', () => {
    const started = start(RULES, record('20000.00'), T0);
    expect(started.fired).toEqual([
      {
        at: T0,
        rule: 'start',
        what: 'started in new',
        actions: [
          {
            rule: 'stages[0].on_enter[0]',
            action: 'create_activity',
            key: 'new#1/enter/0',
            what: 'create call "Qualify {{deal.title}}" due in 4h for the responsible',
          },
          {
            rule: 'stages[0].on_enter[1]',
            action: 'notify',
            key: 'new#1/enter/1',
            what: 'notify head (template big)',
          },
        ],
      },
    ]);
    // An event: the transition it fired, then the actions of the stage it entered.
    const quoted = handle(RULES, started.state, {
      type: 'activity_completed',
      at: T0 + H,
      activity: 'call',
      outcome: 'interested',
    });
    expect(quoted.fired).toEqual([
      {
        at: T0 + H,
        rule: 'stages[0].transitions[0]',
        what: 'on activity_completed: moved to quote',
        actions: [
          expect.objectContaining({ rule: 'stages[1].on_enter[0]', action: 'send_quote' }),
          expect.objectContaining({
            rule: 'stages[1].on_enter[1]',
            action: 'set_field',
            what: 'set deal.probability to 50',
          }),
        ],
      },
    ]);
    // A timer: the follow-up's own steps; an escalation: its steps.
    const reminded = handle(RULES, quoted.state, {
      type: 'timer_fired',
      at: T0 + H + 3 * D,
      timerId: 'quote#2/follow_up/0#1',
    });
    expect(reminded.fired[0].actions).toEqual([
      {
        rule: 'stages[1].follow_up[0].do[0]',
        action: 'send_email',
        key: 'quote#2/follow_up/0#1/0',
        what: 'email contact (template reminder)',
      },
    ]);
    const late = handle(RULES, started.state, {
      type: 'timer_fired',
      at: T0 + 5 * H,
      timerId: 'new#1/enter/0/overdue/0',
    });
    expect(late.fired[0]).toMatchObject({
      rule: 'stages[0].when_overdue[0]',
      actions: [{ rule: 'stages[0].when_overdue[0].do[0]', action: 'notify' }],
    });
  });

  it('checks the condition of a time-based transition when its timer fires', () => {
    const inPartner = run(
      start(RULES, record('0'), T0).state,
      { type: 'activity_completed', at: T0, activity: 'call', outcome: 'interested' },
      { type: 'field_changed', at: T0, field: 'deal.source', value: 'partner' },
    ).state;
    const step = handle(RULES, inPartner, {
      type: 'timer_fired',
      at: T0 + D,
      timerId: 'partner#3/after/0',
    });
    expect(step.state.stage).toBe('partner');
    expect(step.fired).toEqual([
      {
        at: T0 + D,
        rule: 'stages[2].transitions[0]',
        what: 'after 1d: condition not met, stayed',
        actions: [],
      },
    ]);
  });

  it('closes as won when the invoice is paid; a closed record ignores everything', () => {
    const { state, commands } = run(
      start(RULES, record(), T0).state,
      { type: 'activity_completed', at: T0, activity: 'call', outcome: 'interested' },
      { type: 'quote_accepted', at: T0 + D },
      { type: 'invoice_paid', at: T0 + 5 * D },
    );
    expect(commands).toContainEqual({
      type: 'issue_invoice',
      key: 'invoice#3/enter/0',
      dueAt: Date.UTC(2026, 11, 3, 9),
      send: true,
      template: 'invoice',
    });
    expect(state.closed).toEqual({ kind: 'won', at: T0 + 5 * D });
    expect(commands.slice(-2)).toEqual([
      { type: 'send_email', key: 'won#4/enter/0', template: 'thanks', to: 'contact' },
      { type: 'close', outcome: 'won', at: T0 + 5 * D },
    ]);
    expect(timerIds(state)).toEqual([]);
    expect(handle(RULES, state, { type: 'quote_declined', at: T0 + 6 * D }).commands).toEqual([]);
  });

  it('allows manual moves forward, back only where the stage allows it, won only when paid', () => {
    const started = start(RULES, record(), T0).state;
    const manager = { id: 'u-1', role: 'manager' as const };
    const head = { id: 'u-2', role: 'head' as const };
    expect(checkManualMove(RULES, started, 'invoice', manager)).toBeUndefined();
    expect(checkManualMove(RULES, started, 'nowhere', manager)?.code).toBe('unknown_stage');
    expect(checkManualMove(RULES, started, 'new', manager)?.code).toBe('same_stage');
    expect(checkManualMove(RULES, started, 'won', manager)).toEqual({
      code: 'not_paid',
      reason: 'the invoice is not paid yet; only a head of sales can close an unpaid deal as won',
    });
    expect(checkManualMove(RULES, started, 'won', head)?.code).toBe('not_paid');
    expect(checkManualMove(RULES, started, 'won', head, true)).toBeUndefined();
    expect(checkManualMove(RULES, started, 'lost', manager)).toBeUndefined();

    const inInvoice = run(started, {
      type: 'manual_move',
      at: T0,
      to: 'invoice',
      by: manager,
    }).state;
    expect(inInvoice.stage).toBe('invoice');
    expect(checkManualMove(RULES, inInvoice, 'new', manager)).toEqual({
      code: 'backward',
      reason: '"invoice" does not allow moving back to "new"',
    });
    const inQuote = run(started, { type: 'manual_move', at: T0, to: 'quote', by: manager }).state;
    expect(checkManualMove(RULES, inQuote, 'new', manager)).toBeUndefined();

    const refused = handle(RULES, started, { type: 'manual_move', at: T0, to: 'won', by: manager });
    expect(refused.refused?.code).toBe('not_paid');
    expect(refused.commands).toEqual([]);
    expect(refused.state).toBe(started);
    const closed = run(started, { type: 'manual_move', at: T0, to: 'lost', by: manager }).state;
    expect(checkManualMove(RULES, closed, 'new', head)?.code).toBe('closed');
  });

  it('is deterministic and leaves its input untouched', () => {
    const a = start(RULES, record(), T0);
    const snapshot = JSON.stringify(a.state);
    const e: RulesEvent = {
      type: 'activity_completed',
      at: T0 + H,
      activity: 'call',
      outcome: 'interested',
    };
    expect(handle(RULES, a.state, e)).toEqual(handle(RULES, a.state, e));
    expect(JSON.stringify(a.state)).toBe(snapshot);
  });

  it('stops a loop of conditions instead of spinning', () => {
    const loop = compileRules(`kind: pipeline
id: loop
name: Loop
version: 1
stages:
  - id: a
    transitions: [ { to: b, if: deal.amount > 0 }, { to: lost, after: 1d } ]
  - id: b
    transitions: [ { to: a, if: deal.amount > 0 }, { to: won, after: 1d } ]
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`);
    expect(() => start(loop, record(), T0)).toThrow(RulesError);
    expect(() => start(loop, record(), T0)).toThrow(/more than 16 stage changes in a row/);
  });

  it('converts a lead and waits for the conversion to close it', () => {
    const leads = compileRules(`kind: lead
id: leads
name: Leads
version: 1
stages:
  - id: new
    on_enter: [ { assign: { round_robin: inbound } } ]
    transitions: [ { to: qualified, if: lead.source == "partner" }, { to: junk, after: 7d } ]
  - id: qualified
    on_enter: [ { convert: { pipeline: b2b } } ]
    transitions: [ { to: converted, on: lead_converted } ]
  - { id: converted, kind: converted }
  - { id: junk, kind: junk }
`);
    const step = start(leads, { lead: { name: 'Ann', source: 'partner' } }, T0);
    expect(types(step.commands)).toEqual([
      'move_stage',
      'assign',
      'start_timer',
      'cancel_timer',
      'move_stage',
      'convert',
    ]);
    expect(step.commands).toContainEqual({
      type: 'assign',
      key: 'new#1/enter/0',
      assignee: { kind: 'round_robin', team: 'inbound' },
    });
    const done = handle(leads, step.state, { type: 'lead_converted', at: T0 + H });
    expect(done.state.closed).toEqual({ kind: 'converted', at: T0 + H });
  });

  describe('moving a record to a newer version of its rules', () => {
    // v4: the call stage waits 7 days instead of 14, and escalates a late call after 2 hours.
    const V4 = compileRules(
      `kind: pipeline
id: t
name: T
version: 4
stages:
  - id: new
    when_overdue:
      - activity: call
        after: 2h
        do: [ { notify: { to: head, template: late } } ]
    transitions:
      - { to: lost, after: 7d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
      ['late'],
    );
    const NO_NEW = compileRules(
      `kind: pipeline
id: t
name: T
version: 5
stages:
  - { id: open, transitions: [ { to: won, on: invoice_paid }, { to: lost, after: 1d } ] }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
      [],
    );

    it('keeps the stage, runs no on_enter again, and sets the timers anew from the stage entry', () => {
      const started = start(RULES, record(), T0).state;
      const step = migrate(V4, started, T0 + D);
      expect(step.state).toMatchObject({ stage: 'new', visit: 1, version: 4, enteredAt: T0 });
      expect(
        types(step.commands).filter((t) => t !== 'start_timer' && t !== 'cancel_timer'),
      ).toEqual([]);
      expect(
        Object.values(step.state.timers)
          .map((t) => [t.kind, t.at])
          .sort(),
      ).toEqual([
        // Due at 4h, escalated 2h later: already past at the migration, so it fires right away.
        ['overdue', T0 + D],
        ['transition', T0 + 7 * D],
      ]);
      expect(step.fired).toEqual([
        { at: T0 + D, rule: 'migration', what: 'moved from v3 to v4 in new', actions: [] },
      ]);
      // The new timer moves it; the old 14-day one is gone.
      const lostAt7 = handle(V4, step.state, {
        type: 'timer_fired',
        at: T0 + 7 * D,
        timerId: Object.values(step.state.timers).find((t) => t.kind === 'transition')!.id,
      });
      expect(lostAt7.state.stage).toBe('lost');
      expect(
        handle(V4, step.state, { type: 'timer_fired', at: T0 + 14 * D, timerId: 'new#1/after/1' })
          .commands,
      ).toEqual([]);
    });

    it('does not set again, given the version left, the escalations that already fired', () => {
      // v6: the hour-late reminder stays first; the second escalation now tells the head at 2h.
      const V6 = compileRules(
        `kind: pipeline
id: t
name: T
version: 6
stages:
  - id: new
    when_overdue:
      - activity: call
        after: 1h
        do: [ { notify: { to: responsible, template: late } } ]
      - activity: call
        after: 2h
        do: [ { notify: { to: head, template: late } } ]
    transitions:
      - { to: lost, after: 14d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
        ['late'],
      );
      const started = start(RULES, record(), T0).state;
      const reminded = run(started, {
        type: 'timer_fired',
        at: T0 + 5 * H,
        timerId: 'new#1/enter/0/overdue/0',
      }).state;
      const overdue = (state: MachineState) =>
        Object.values(state.timers)
          .filter((t) => t.kind === 'overdue')
          .map((t) => [t.index, t.at]);
      // The reminder fired under v3: only the head's escalation is set (past: at once).
      expect(overdue(migrate(V6, reminded, T0 + 8 * H, { from: RULES }).state)).toEqual([
        [1, T0 + 8 * H],
      ]);
      // Without the version left (migrations before the fix), the reminder is set again.
      expect(overdue(migrate(V6, reminded, T0 + 8 * H).state)).toEqual([
        [0, T0 + 8 * H],
        [1, T0 + 8 * H],
      ]);
      // Nothing fired yet: both are set, from the call's due time.
      expect(overdue(migrate(V6, started, T0 + H, { from: RULES }).state)).toEqual([
        [0, T0 + 5 * H],
        [1, T0 + 6 * H],
      ]);
    });

    it('refuses a version without the current stage, another rule set, or a closed record', () => {
      const started = start(RULES, record(), T0).state;
      expect(checkMigration(started, NO_NEW)).toBe(
        'stage "new" does not exist in t v5 (stages: open, won, lost)',
      );
      expect(checkMigration(started, RULES)).toBe('the record already runs v3');
      expect(checkMigration({ ...started, ruleSetId: 'other' }, V4)).toBe(
        'the record runs the rules "other", not "t"',
      );
      expect(() => migrate(NO_NEW, started, T0)).toThrow(RulesError);
      const lost = run(started, { type: 'timer_fired', at: T0 + 14 * D, timerId: 'new#1/after/1' });
      expect(checkMigration(lost.state, V4)).toMatch(/closed/);
    });
  });
});
