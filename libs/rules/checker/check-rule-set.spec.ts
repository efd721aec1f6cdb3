import { checkRuleSet, type CheckResult } from './check-rule-set';
import { formatProblem, type Problem } from './problems';

const QUOTE_TEMPLATE = {
  name: 'quote',
  file: 'templates/quote.hbs',
  text: '---\nsubject: Quote {{quote.number}}\n---\n<p>{{contact.name}}</p>\n',
};

/** A small valid pipeline; tests change one thing in it. */
const VALID = `kind: pipeline
id: test
name: Test
version: 1
currency: USD
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: "Call {{deal.title}}", due: 4h }
    when_overdue:
      - activity: call
        after: 1h
        do: [ { move: lost } ]
    transitions:
      - to: quote
        on: { activity_completed: { type: call, outcome: interested } }
      - to: lost
        after: 14d
  - id: quote
    on_enter:
      - send_quote: { template: quote, valid_for: 14d }
    transitions:
      - { to: won, on: quote_accepted }
      - { to: lost, on: quote_declined }
      - to: won
        if: deal.amount >= 10000 and deal.source in ["web", "partner"]
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`;

function check(text: string, templates = [QUOTE_TEMPLATE]): CheckResult {
  return checkRuleSet({ file: 'rules.yaml', text, templates });
}

function errors(text: string, templates = [QUOTE_TEMPLATE]): Problem[] {
  const result = check(text, templates);
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.errors;
}

function warnings(text: string): Problem[] {
  const result = check(text);
  if (!result.ok)
    throw new Error(`expected valid rules, got:\n${result.errors.map(formatProblem).join('\n')}`);
  return result.warnings;
}

describe('checkRuleSet', () => {
  it('accepts valid rules and returns them in the interpreter shape', () => {
    const result = check(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.rules).toMatchObject({
      kind: 'pipeline',
      id: 'test',
      version: 1,
      currency: 'USD',
      wonRequiresPayment: true,
    });
    expect(result.rules.stages.map((s) => [s.id, s.kind, s.order])).toEqual([
      ['new', 'open', 10],
      ['quote', 'open', 20],
      ['won', 'won', 30],
      ['lost', 'lost', 40],
    ]);
    const [newStage] = result.rules.stages;
    expect(newStage.onEnter[0]).toEqual({
      type: 'create_activity',
      activity: 'call',
      subject: 'Call {{deal.title}}',
      due: { text: '4h', ms: 4 * 3600_000 },
      assignee: { kind: 'responsible' },
    });
    expect(newStage.transitions[0].on).toEqual({
      event: 'activity_completed',
      activity: 'call',
      outcome: 'interested',
    });
    expect(newStage.whenOverdue[0].do).toEqual([{ type: 'move', to: 'lost' }]);
    expect(result.rules.templates.quote.subject).toBe('Quote {{quote.number}}');
  });

  it('names file, line, column and path of a transition to an unknown stage', () => {
    const [problem] = errors(VALID.replace('- to: quote\n', '- to: quotes\n'));
    expect(problem).toEqual({
      severity: 'error',
      file: 'rules.yaml',
      line: 15,
      column: 13,
      path: 'stages[0].transitions[0].to',
      message:
        'stage "quotes" does not exist (did you mean "quote"?) (the stages are: new, quote, won, lost)',
    });
    expect(formatProblem(problem)).toBe(
      'rules.yaml:15:13 error stages[0].transitions[0].to: stage "quotes" does not exist (did you mean "quote"?) (the stages are: new, quote, won, lost)',
    );
  });

  it('refuses a stage that no rule reaches', () => {
    const text = VALID.replace(
      '  - { id: won, kind: won }',
      '  - id: limbo\n    transitions: [ { to: lost, after: 1d } ]\n  - { id: won, kind: won }',
    );
    expect(errors(text).map((p) => [p.path, p.message])).toEqual([
      [
        'stages[2]',
        'no rule leads to stage "limbo" from "new": it is not reachable (add a transition to it)',
      ],
    ]);
  });

  it('warns about a closing stage reached only by hand', () => {
    const text = VALID.replace('      - { to: won, on: quote_accepted }\n', '').replace(
      / {6}- to: won\n.*\n/,
      '',
    );
    expect(warnings(text).map((p) => p.message)).toEqual([
      'no rule leads to "won"; it is reached only by a manual move',
    ]);
  });

  it('warns about a loop with no way to a closing stage', () => {
    const text = `kind: pipeline
id: loop
name: Loop
version: 1
stages:
  - id: a
    transitions: [ { to: b, after: 1d } ]
  - id: b
    transitions: [ { to: a, after: 1d } ]
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`;
    const messages = warnings(text).map((p) => p.message);
    expect(messages).toContain(
      'from "a" no rule reaches a closing stage (stages a, b loop); only a manual move ends it',
    );
  });

  it('refuses rules without a won or a lost stage', () => {
    expect(
      errors(VALID.replace('  - { id: won, kind: won }\n', '').replace(/won/g, 'lost')).map(
        (p) => p.message,
      ),
    ).toContain('there is no won stage: add one with "kind: won"');
    const lead = VALID.replace('kind: pipeline', 'kind: lead').replace('currency: USD\n', '');
    expect(errors(lead).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'a stage of lead rules is one of: open, converted, junk',
        'there is no converted stage: add one with "kind: converted"',
        'there is no junk stage: add one with "kind: junk"',
      ]),
    );
  });

  it('refuses duplicate stage ids and orders', () => {
    const text = VALID.replace(
      '  - { id: lost, kind: lost }',
      '  - { id: lost, kind: lost }\n  - { id: won, kind: won }',
    );
    expect(errors(text).map((p) => [p.path, p.message])).toContainEqual([
      'stages[4].id',
      'the stage id "won" is used twice (also by stages[2])',
    ]);
    const orders = VALID.replace(
      '{ id: won, kind: won }',
      '{ id: won, kind: won, order: 5 }',
    ).replace('{ id: lost, kind: lost }', '{ id: lost, kind: lost, order: 5 }');
    expect(errors(orders).map((p) => p.message)).toContain(
      'order 5 is also the order of stage "won"',
    );
  });

  it('refuses an unknown action, event, key and setting, suggesting the right one', () => {
    const messages = errors(
      VALID.replace('send_quote:', 'send_qoute:')
        .replace('on: quote_declined', 'on: quote_rejected')
        .replace('kind: pipeline', 'kind: pipeline\ncolour: red')
        .replace('type: call, subject', 'type: call, subjekt'),
    ).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^colour: unknown key "colour" in the rules; allowed here: kind, id/),
        expect.stringMatching(
          /^stages\[1\]\.on_enter\[0\]\.send_qoute: unknown action "send_qoute" \(did you mean "send_quote"\?\)/,
        ),
        expect.stringMatching(/^stages\[1\]\.transitions\[1\]\.on: unknown event "quote_rejected"/),
        expect.stringMatching(
          /^stages\[0\]\.on_enter\[0\]\.create_activity\.subjekt: unknown setting "subjekt" of create_activity \(did you mean "subject"\?\)/,
        ),
      ]),
    );
  });

  it('refuses a missing template and checks the fields a template names', () => {
    expect(errors(VALID, []).map((p) => p.message)).toContain(
      'there is no template "quote" (templates: none); add templates/quote.hbs beside the rules',
    );
    const bad = {
      ...QUOTE_TEMPLATE,
      text: '---\nsubject: Quote\n---\n<p>{{contact.nmae}}</p>\n{{> footer}}\n',
    };
    const problems = errors(VALID, [bad]);
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'templates/quote.hbs',
        4,
        expect.stringMatching(/^unknown field "contact.nmae": the fields of contact are name/),
      ],
      ['templates/quote.hbs', 5, 'partials and decorators are not allowed in templates'],
    ]);
    expect(
      errors(VALID, [{ ...QUOTE_TEMPLATE, text: 'no subject here' }]).map((p) => p.message),
    ).toContainEqual(expect.stringMatching(/starts with its subject/));
  });

  it('lets templates format money with {{money amount currency}}, and no other helper', () => {
    const template = (body: string) => [
      {
        ...QUOTE_TEMPLATE,
        text: `---\nsubject: 'Quote for {{money quote.total quote.currency}}'\n---\n${body}\n`,
      },
    ];
    expect(check(VALID, template('<p>{{money quote.total quote.currency}}</p>')).ok).toBe(true);
    const bad = template(
      [
        '<p>{{money quote.total}}</p>',
        '<p>{{money quote.totl quote.currency}}</p>',
        '<p>{{upper contact.name}}</p>',
        '<p>{{money quote.total currency="EUR"}}</p>',
      ].join('\n'),
    );
    expect(errors(VALID, bad).map((p) => [p.line, p.message])).toEqual([
      [4, 'money takes amount and currency, like {{money invoice.total invoice.currency}}'],
      [5, expect.stringMatching(/^unknown field "quote.totl"/)],
      [
        6,
        'templates show fields, like {{deal.title}}, or use {{money invoice.total invoice.currency}}',
      ],
      [7, 'money takes amount and currency, like {{money invoice.total invoice.currency}}'],
    ]);
  });

  it('refuses bad durations with the accepted forms', () => {
    const [problem] = errors(VALID.replace('after: 14d', 'after: 2 weeks'));
    expect(problem.path).toBe('stages[0].transitions[1].after');
    expect(problem.message).toBe(
      '"2 weeks" is not a duration: write it like 30m, 4h, 3d, 2w, 5wd (working days) or ISO 8601 such as PT4H',
    );
    expect(errors(VALID.replace('after: 14d', 'after: 0h'))[0].message).toBe(
      '"0h" must be longer than zero',
    );
    expect(errors(VALID.replace('after: 14d', 'after: 400d'))[0].message).toBe(
      '"400d" is longer than a year',
    );
  });

  it("reads create_activity's remind_before as a span or whole minutes", () => {
    const withReminder = (value: string) =>
      VALID.replace('due: 4h }', `due: 4h, remind_before: ${value} }`);
    const firstAction = (text: string) => {
      const result = check(text);
      if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
      return result.rules.stages[0].onEnter[0];
    };
    const read = (value: string) => firstAction(withReminder(value));
    expect(read('30m')).toMatchObject({ remindBefore: { text: '30m', minutes: 30 } });
    expect(read('PT1H30M')).toMatchObject({ remindBefore: { text: 'PT1H30M', minutes: 90 } });
    expect(read('45')).toMatchObject({ remindBefore: { text: '45m', minutes: 45 } });
    // Without it, no reminder (the shape of the first test).
    expect(firstAction(VALID)).not.toHaveProperty('remindBefore');
  });

  it('refuses a bad remind_before at its line and column, saying why', () => {
    const refused = (value: string, due = '4h') => {
      const problems = errors(VALID.replace('due: 4h }', `due: ${due}, remind_before: ${value} }`));
      expect(problems).toHaveLength(1);
      return problems[0];
    };
    const problem = refused('half an hour');
    // At the value: `      - create_activity: { type: call, subject: "Call {{deal.title}}", due: 4h, remind_before: ` is 95 columns.
    expect(problem).toMatchObject({
      severity: 'error',
      file: 'rules.yaml',
      line: 9,
      column: 96,
      path: 'stages[0].on_enter[0].create_activity.remind_before',
    });
    expect(problem.message).toMatch(
      /^"half an hour" is not a duration: .*, or whole minutes like 30$/,
    );
    expect(refused('-5').message).toBe(
      '-5 is not whole minutes from 0 to at most a week (10080 minutes)',
    );
    expect(refused('1.5').message).toMatch(/^1.5 is not whole minutes/);
    expect(refused('PT90S').message).toBe('"PT90S" is not whole minutes');
    expect(refused('2wd', '2w').message).toMatch(/not working days \(write 2d\)$/);
    expect(refused('8d', '30d').message).toBe('"8d" is longer than at most a week (10080 minutes)');
    expect(refused('4h').message).toBe(
      'a reminder 4h before is not before the activity is made (it is due in 4h): remind less far ahead',
    );
    expect(refused('[30m]').message).toMatch(/a duration is needed/);
  });

  it('refuses a condition that does not parse, pointing at the spot', () => {
    const [problem] = errors(
      VALID.replace('deal.amount >= 10000 and', 'deal.amount >=>= 10000 and'),
    );
    expect(problem.path).toBe('stages[1].transitions[2].if');
    expect(problem.message).toMatch(/^cannot read the condition: /);
    expect(problem.line).toBe(26);
  });

  it('refuses a condition naming an unknown field', () => {
    const [problem] = errors(VALID.replace('deal.source in', 'deal.sorce in'));
    expect(problem.message).toBe(
      'unknown field "deal.sorce": the fields of deal are title, amount, currency, source, probability, stage, expected_close_date, custom.<name>',
    );
    expect(problem.column).toBe(13 + 'deal.amount >= 10000 and '.length);
  });

  it('refuses conditions that try to reach the runtime', () => {
    for (const hostile of [
      'deal.constructor.constructor("return process")()',
      'deal["__proto__"] == 1',
      'this.process == 1',
      'deal.title == `x`',
      'deal.amount = 1',
      'process.exit(1)',
    ]) {
      const problems = errors(
        VALID.replace(
          'deal.amount >= 10000 and deal.source in ["web", "partner"]',
          JSON.stringify(hostile),
        ),
      );
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0].path).toBe('stages[1].transitions[2].if');
    }
  });

  it('answers malformed YAML, empty files and hostile input with a problem, never a throw', () => {
    expect(errors('kind: pipeline\n  id: [unclosed\n')[0].message).toMatch(
      /^this is not valid YAML/,
    );
    expect(errors('')[0].message).toBe('the file is empty');
    expect(errors('   \n# only a comment\n')[0].message).toBe('the file is empty');
    expect(errors('- just\n- a list\n')[0].message).toBe(
      'the rules file is a map with kind, id, name, version and stages',
    );
    expect(errors('kind: pipeline\nkind: lead\n')[0].message).toBe(
      'this is not valid YAML: a key appears twice in the same place',
    );
    expect(errors('x'.repeat(300 * 1024))[0].message).toMatch(/larger than 256 KiB/);
    expect(errors('a: '.repeat(1) + '['.repeat(100) + ']'.repeat(100))[0].message).toMatch(
      /nest deeper than 16 levels/,
    );
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    const started = Date.now();
    expect(errors(bomb.join('\n'))[0].message).toMatch(/cannot be read|not valid YAML/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('accepts invoice_overdue and quote_expired as triggers of a pipeline, and a lead refuses them', () => {
    const dunning = VALID.replace(
      '      - { to: lost, on: quote_declined }',
      '      - { to: lost, on: quote_declined }\n      - { to: lost, on: quote_expired }\n      - { to: won, on: invoice_overdue }',
    );
    const checked = check(dunning);
    if (!checked.ok) throw new Error(checked.errors.map(formatProblem).join('\n'));
    expect(checked.rules.stages[1].transitions.map((t) => t.on?.event)).toEqual([
      'quote_accepted',
      'quote_declined',
      'quote_expired',
      'invoice_overdue',
      undefined,
    ]);
    const lead = `kind: lead
id: l
name: L
version: 1
stages:
  - id: new
    transitions: [ { to: done, on: invoice_overdue }, { to: junk, on: quote_expired } ]
  - { id: done, kind: converted }
  - { id: junk, kind: junk }
`;
    expect(errors(lead, []).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'invoice_overdue happens only in deal pipelines',
        'quote_expired happens only in deal pipelines',
      ]),
    );
  });

  it('refuses actions of the wrong kind of rules', () => {
    const lead = `kind: lead
id: l
name: L
version: 1
stages:
  - id: new
    on_enter: [ { send_quote: { template: quote, valid_for: 1d } } ]
    transitions: [ { to: done, on: quote_sent }, { to: junk, after: 1d } ]
  - { id: done, kind: converted }
  - { id: junk, kind: junk }
`;
    expect(errors(lead).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'send_quote is for deal pipelines; leads have no quotes or invoices',
        'quote_sent happens only in deal pipelines',
      ]),
    );
  });

  it("lets a pipeline's template name the company's name as company_name", () => {
    const withCompanyName = [
      { ...QUOTE_TEMPLATE, text: '---\nsubject: Quote for {{company_name}}\n---\n<p>x</p>\n' },
    ];
    expect(check(VALID, withCompanyName).ok).toBe(true);
  });

  it('collects the quote template send_quote names, where, for the publisher to check', () => {
    const named = VALID.replace(
      'send_quote: { template: quote, valid_for: 14d }',
      'send_quote: { template: quote, valid_for: 14d, quote_template: standard }',
    );
    const result = check(named);
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    expect(result.quoteTemplates).toEqual([
      {
        code: 'standard',
        at: {
          file: 'rules.yaml',
          line: 21,
          column: 72,
          path: 'stages[1].on_enter[0].send_quote.quote_template',
        },
      },
    ]);
    expect(result.rules.stages[1].onEnter[0]).toMatchObject({
      type: 'send_quote',
      quoteTemplate: 'standard',
    });
    // Without one, the action is as it was (the workflow's input unchanged).
    const plain = check(VALID);
    expect(plain.ok && plain.rules.stages[1].onEnter[0]).not.toHaveProperty('quoteTemplate');
    expect(
      errors(named.replace('quote_template: standard', 'quote_template: "Standard offer"')).map(
        (p) => [p.path, p.message],
      ),
    ).toEqual([
      [
        'stages[1].on_enter[0].send_quote.quote_template',
        'name a quote template by its code (lowercase letters, digits, "-" or "_"), like standard',
      ],
    ]);
  });

  it("lets set_field set the record's own fields only", () => {
    const setting = (field: string) => `kind: lead
id: l
name: L
version: 1
stages:
  - id: new
    on_enter: [ { set_field: { field: ${field}, value: x } } ]
    transitions: [ { to: junk, after: 1d } ]
  - { id: done, kind: converted }
  - { id: junk, kind: junk }
`;
    expect(check(setting('lead.source'), []).ok).toBe(true);
    expect(check(setting('lead.custom.segment'), []).ok).toBe(true);
    expect(errors(setting('lead.status'), []).map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^set_field sets a field of the record itself: unknown field "lead.status"/,
      ),
    ]);
    // A field that is not a name is refused, not dropped from the rules without a word.
    expect(errors(setting('[lead.source]'), []).map((p) => [p.path, p.message])).toEqual([
      [
        'stages[0].on_enter[0].set_field.field',
        'field is the name of a field of the record, like deal.source',
      ],
    ]);
  });

  it('warns about an escalation for an activity the stage never creates', () => {
    const text = VALID.replace(
      '      - activity: call\n        after: 1h',
      '      - activity: meeting\n        after: 1h',
    );
    expect(warnings(text).map((p) => p.message)).toEqual([
      'no meeting is created in this stage, so this escalation never fires',
    ]);
  });
});
