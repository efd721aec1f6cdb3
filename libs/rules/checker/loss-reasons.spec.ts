import { checkRuleSet, type CheckResult } from './check-rule-set';
import { formatProblem, type Problem } from './problems';

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

function check(text: string): CheckResult {
  return checkRuleSet({ file: 'rules.yaml', text, templates: [] });
}

function errors(text: string): string[] {
  const result = check(text);
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.errors.map(formatProblem);
}

function warnings(text: string): Problem[] {
  const result = check(text);
  if (!result.ok)
    throw new Error(`expected valid rules, got:\n${result.errors.map(formatProblem).join('\n')}`);
  return result.warnings;
}

function rulesOf(text: string) {
  const result = check(text);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.rules;
}

describe('loss reasons in the rules', () => {
  it('reads the reasons and the moves that name one', () => {
    const result = check(WITH_REASONS);
    expect(result.ok && result.warnings).toEqual([]);
    const rules = rulesOf(WITH_REASONS);
    expect(rules.lossReasons).toEqual([
      { code: 'price', label: 'Too expensive' },
      { code: 'no_response', label: 'No response' },
      { code: 'competitor', label: 'Chose a competitor' },
    ]);
    expect(rules.stages[0].transitions.map((t) => t.lossReason)).toEqual([
      undefined,
      'price',
      'no_response',
    ]);
    expect(rules.stages[0].whenOverdue[0].do[0]).toEqual({
      type: 'move',
      to: 'lost',
      lossReason: 'no_response',
    });
  });

  it('leaves lossReasons out of rules that name none (versions published before keep their content)', () => {
    const text = WITH_REASONS.replace(/loss_reasons:\n( {2}- .*\n)+/, '').replace(
      /\n\s+loss_reason: \w+/g,
      '',
    );
    const rules = rulesOf(text);
    expect('lossReasons' in rules).toBe(false);
  });

  it('refuses duplicate codes, malformed codes, missing labels and unknown keys', () => {
    const text = WITH_REASONS.replace(
      '  - { code: competitor, label: Chose a competitor }',
      [
        '  - { code: price, label: Price again }',
        '  - { code: "Not Good", label: Bad code }',
        '  - { code: timing }',
        '  - { code: other, label: Other, colour: red }',
        '  - just a text',
      ].join('\n'),
    );
    const found = errors(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'loss_reasons[2].code: the loss reason "price" is named twice (also loss_reasons[0])',
        ),
        expect.stringContaining('loss_reasons[3].code: a loss reason needs a code'),
        expect.stringContaining('loss_reasons[4]: a loss reason needs a label'),
        expect.stringContaining('loss_reasons[5].colour: unknown key "colour" in a loss reason'),
        expect.stringContaining('loss_reasons[6]: a loss reason is a map'),
      ]),
    );
    // Each names the line of the file.
    expect(found.find((p) => p.includes('loss_reasons[2]'))).toMatch(/^rules\.yaml:9:/);
  });

  it('refuses an empty list, a list that is not one, and loss reasons in lead rules', () => {
    expect(
      errors(WITH_REASONS.replace(/loss_reasons:\n( {2}- .*\n)+/, 'loss_reasons: []\n')),
    ).toEqual(expect.arrayContaining([expect.stringContaining('name at least one loss reason')]));
    expect(
      errors(WITH_REASONS.replace(/loss_reasons:\n( {2}- .*\n)+/, 'loss_reasons: price\n')),
    ).toEqual(expect.arrayContaining([expect.stringContaining('loss_reasons is a list')]));
    const lead = `kind: lead
id: leads
name: Leads
version: 1
loss_reasons: [{ code: price, label: Too expensive }]
stages:
  - id: new
    transitions: [{ to: converted, on: lead_converted }, { to: junk, after: 30d }]
  - { id: converted, kind: converted }
  - { id: junk, kind: junk }
`;
    expect(errors(lead)).toEqual([
      expect.stringContaining('loss_reasons: lead rules have no loss reasons'),
    ]);
  });

  it('refuses a rule naming an unknown reason, suggesting the right one', () => {
    const found = errors(WITH_REASONS.replace('loss_reason: price', 'loss_reason: prise'));
    expect(found).toEqual([
      expect.stringMatching(
        /^rules\.yaml:\d+:\d+ error stages\[0\]\.transitions\[1\]\.loss_reason: there is no loss reason "prise" \(did you mean "price"\?\) \(the reasons are: price, no_response, competitor\)$/,
      ),
    ]);
    expect(
      errors(
        WITH_REASONS.replace(
          '          - move: lost\n            loss_reason: no_response',
          '          - move: lost\n            loss_reason: ghosted',
        ),
      ),
    ).toEqual([
      expect.stringContaining(
        'stages[0].when_overdue[0].do[0].loss_reason: there is no loss reason "ghosted"',
      ),
    ]);
  });

  it('refuses a loss reason on a move to a stage that is not lost, and a reason when none are named', () => {
    expect(
      errors(
        WITH_REASONS.replace(
          'on: { activity_completed: { type: call, outcome: bought } }',
          'on: { activity_completed: { type: call, outcome: bought } }\n        loss_reason: price',
        ),
      ),
    ).toEqual([
      expect.stringContaining(
        'stages[0].transitions[0].loss_reason: loss_reason goes with a move to a lost stage; "won" is won',
      ),
    ]);
    const noReasons = WITH_REASONS.replace(/loss_reasons:\n( {2}- .*\n)+/, '');
    expect(errors(noReasons)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'stages[0].transitions[1].loss_reason: there is no loss reason "price": the rules name no loss_reasons',
        ),
      ]),
    );
  });

  it('refuses unknown keys beside an escalation’s move', () => {
    expect(
      errors(
        WITH_REASONS.replace(
          '            loss_reason: no_response',
          '            los_reason: no_response',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'stages[0].when_overdue[0].do[0].los_reason: unknown key "los_reason" in a move (did you mean "loss_reason"?)',
        ),
      ]),
    );
  });

  it('warns about a rule moving to lost without a reason when the rules name reasons', () => {
    const found = warnings(
      WITH_REASONS.replace(
        '        after: 14d\n        loss_reason: no_response',
        '        after: 14d',
      ),
    );
    expect(found.map(formatProblem)).toEqual([
      expect.stringContaining(
        'stages[0].transitions[2]: this move to "lost" names no loss_reason: the deal\'s loss reason stays empty',
      ),
    ]);
  });
});
