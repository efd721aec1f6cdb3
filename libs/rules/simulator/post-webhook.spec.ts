import { describeStep } from '../describe/describe';
import { start } from '../interpreter/interpreter';
import { simulate } from './simulate';
import { checkRuleSet } from '../checker/check-rule-set';

// post_webhook is an action plug-in (libs/rules/actions/post-webhook): the checker, the
// interpreter, the describer and the simulator know it only through the registry.

const rules = (postWebhook: string, kind: 'pipeline' | 'lead' = 'pipeline') => `kind: ${kind}
id: hooks
name: Hooks
version: 1
${kind === 'pipeline' ? 'currency: USD\n' : ''}stages:
  - id: new
    on_enter:
      - post_webhook: ${postWebhook}
    transitions: [ { to: ${kind === 'pipeline' ? 'won' : 'done'}, after: 1d }, { to: ${kind === 'pipeline' ? 'lost' : 'junk'}, after: 2d } ]
  - { id: ${kind === 'pipeline' ? 'won' : 'done'}, kind: ${kind === 'pipeline' ? 'won' : 'converted'} }
  - { id: ${kind === 'pipeline' ? 'lost' : 'junk'}, kind: ${kind === 'pipeline' ? 'lost' : 'junk'} }
`;

const check = (text: string) => checkRuleSet({ file: 'rules.yaml', text, templates: [] });

function problems(postWebhook: string): string[] {
  const result = check(rules(postWebhook));
  if (result.ok) throw new Error('expected the rules to be refused');
  return result.errors.map((p) => `${p.line} ${p.path}: ${p.message}`);
}

describe('the post_webhook action', () => {
  it('takes an event, and an endpoint or every endpoint that receives the event', () => {
    const one = check(rules('{ event: deal.won, endpoint: erp }'));
    const every = check(rules('{ event: deal.won }'));
    expect(one.ok && one.rules.stages[0].onEnter).toEqual([
      { type: 'post_webhook', event: 'deal.won', endpoint: 'erp' },
    ]);
    expect(every.ok && every.rules.stages[0].onEnter).toEqual([
      { type: 'post_webhook', event: 'deal.won' },
    ]);
  });

  it('is allowed in lead rules too, and with a condition', () => {
    const lead = check(rules('{ event: lead.new }', 'lead'));
    expect(lead.ok).toBe(true);
    const conditional = check(
      rules('{ event: deal.big }').replace(
        '      - post_webhook:',
        '      - if: deal.amount >= 1000\n        post_webhook:',
      ),
    );
    expect(conditional.ok && conditional.rules.stages[0].onEnter[0]).toEqual({
      type: 'post_webhook',
      event: 'deal.big',
      if: { source: 'deal.amount >= 1000' },
    });
  });

  it('refuses a missing event, a malformed event or endpoint, and an unknown setting', () => {
    expect(problems('{ endpoint: erp }')).toEqual([
      '9 stages[0].on_enter[0].post_webhook: post_webhook needs "event"',
    ]);
    expect(problems('{ event: "Deal Won!" }')).toEqual([
      '9 stages[0].on_enter[0].post_webhook.event: the event is a dotted name, like deal.won',
    ]);
    expect(problems('{ event: deal.won, endpoint: "http://x" }')).toEqual([
      '9 stages[0].on_enter[0].post_webhook.endpoint: endpoint is the name of a registered webhook endpoint, like erp',
    ]);
    expect(problems('{ event: deal.won, endpont: erp }')).toEqual([
      expect.stringMatching(
        /^9 stages\[0\]\.on_enter\[0\]\.post_webhook\.endpont: unknown setting "endpont" of post_webhook \(did you mean "endpoint"\?\); it takes: event, endpoint$/,
      ),
    ]);
  });

  it('is named among the actions when one is misspelt', () => {
    const result = check(rules('{ event: deal.won }').replace('post_webhook:', 'post_webhok:'));
    expect(!result.ok && result.errors[0].message).toMatch(
      /unknown action "post_webhok" \(did you mean "post_webhook"\?\); the actions are: .*send_email, notify, post_webhook/,
    );
  });

  it('issues a keyed command carrying when it happened, described for people', () => {
    const result = check(rules('{ event: deal.won, endpoint: erp }'));
    if (!result.ok) throw new Error('expected valid rules');
    const T0 = Date.UTC(2026, 11, 3, 9);
    const commands = start(result.rules, { deal: { amount: '10' } }, T0).commands;
    expect(commands).toContainEqual({
      type: 'post_webhook',
      key: 'new#1/enter/0',
      event: 'deal.won',
      endpoint: 'erp',
      at: T0,
    });
    expect(describeStep(result.rules.stages[0].onEnter[0])).toBe('post webhook deal.won to erp');
    const timeline = simulate(result.rules, {
      name: 'webhook',
      record: { deal: { amount: '10' } },
      until: 86_400_000,
      events: [],
    }).timeline;
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'webhook', text: 'deal.won to erp' }),
    );
  });
});
