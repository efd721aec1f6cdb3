import { listRuleSetDirs, readRuleSetSource } from '../files/rule-files';
import { checkRuleSet } from '../checker/check-rule-set';
import { type RuleSet } from '../language/rule-set';
import { diffRuleSets, formatRuleChanges } from './diff-rule-sets';

function shipped(id: string): {
  rules: RuleSet;
  text: string;
  templates: ReturnType<typeof readRuleSetSource>['templates'];
} {
  const dir = listRuleSetDirs().find((d) => d.endsWith(`/${id}`))!;
  const source = readRuleSetSource(dir);
  const checked = checkRuleSet(source);
  if (!checked.ok) throw new Error('shipped rules do not check');
  return { rules: checked.rules, text: source.text, templates: source.templates };
}

function edited(id: string, edit: (text: string) => string): RuleSet {
  const { text, templates } = shipped(id);
  const checked = checkRuleSet({ file: 'edited.yaml', text: edit(text), templates });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.rules;
}

describe('diffRuleSets', () => {
  it('finds nothing between a version and itself', () => {
    const { rules } = shipped('b2b');
    expect(diffRuleSets(rules, rules)).toEqual([]);
    expect(formatRuleChanges(rules, rules, [])).toBe('b2b v4 → b2b v4: no changes\n');
  });

  it('names stages, transitions, actions and settings added, removed and changed', () => {
    const v1 = shipped('b2b').rules;
    const v2 = edited('b2b', (t) =>
      t
        .replace('version: 4', 'version: 5')
        .replace('label: Chose a competitor', 'label: Went with a competitor')
        .replace('  - { code: other, label: Other }\n', '')
        .replace('currency: USD', 'currency: EUR')
        .replace('      - to: lost\n        after: 14d', '      - to: lost\n        after: 10d')
        .replace(
          '  - id: negotiation\n    name: Negotiation',
          '  - id: negotiation\n    name: Bargaining',
        )
        .replace(
          '      - send_quote: { template: quote, valid_for: 14d }',
          '      - send_quote: { template: quote, valid_for: 30d }',
        )
        .replace(
          '  - id: won\n',
          '  - id: demo\n    name: Demo\n    transitions: [ { to: invoice, on: quote_accepted } ]\n  - id: won\n',
        )
        .replace(
          '      - to: invoice\n        on: quote_accepted',
          '      - to: demo\n        on: quote_accepted',
        ),
    );
    const text = formatRuleChanges(v1, v2, diffRuleSets(v1, v2));
    expect(text).toBe(
      [
        'b2b v4 → b2b v5',
        '  settings:',
        '    ~ currency: "USD" → "EUR"',
        '  loss reasons:',
        '    - other (Other)',
        '    ~ competitor: "Chose a competitor" → "Went with a competitor"',
        '  new:',
        '    - transition → lost after 14d (loss reason no_response)',
        '    + transition → lost after 10d (loss reason no_response)',
        '  quote:',
        '    - on enter: send quote (template quote), valid for 14d',
        '    + on enter: send quote (template quote), valid for 30d',
        '  negotiation:',
        '    ~ name: "Negotiation" → "Bargaining"',
        '    - transition → invoice on quote accepted',
        '    + transition → demo on quote accepted',
        '  demo:',
        '    + stage "demo" (Demo, open)',
        '    + transition → invoice on quote accepted',
        '',
      ].join('\n'),
    );
  });

  it('tells a changed template', () => {
    const v1 = shipped('b2b').rules;
    const v2: RuleSet = {
      ...v1,
      templates: { ...v1.templates, quote: { ...v1.templates.quote, body: '<p>new</p>' } },
    };
    expect(diffRuleSets(v1, v2)).toEqual([
      { change: 'changed', where: 'template quote', text: 'body changed' },
    ]);
  });
});
