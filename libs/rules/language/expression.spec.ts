import { conditionHolds, ExpressionError, fieldsOf, parseExpression } from './expression';

const scope = {
  deal: {
    amount: '12500.50',
    source: 'web',
    title: 'ACME',
    probability: 40,
    custom: { vip: true },
  },
  contact: { email: null },
};

describe('conditions', () => {
  it.each([
    ['deal.amount >= 10000', true],
    ['deal.amount > 12500.5', false],
    ['deal.amount == "12500.5"', true],
    ['deal.amount < 12500.51 and deal.probability >= 40', true],
    ['deal.source == "web" or deal.source == "partner"', true],
    ['deal.source in ["partner", "referral"]', false],
    ['not (deal.source in ["partner", "referral"])', true],
    ['!deal.custom.vip', false],
    ['deal.custom.vip && deal.title != "Other"', true],
    ['contact.email == null', true],
    ['deal.custom.missing == null', true],
    ['deal.custom.missing > 3', false],
    ['deal.title < "B"', true],
    ['deal.amount >= -1', true],
  ])('%s → %s', (source, expected) => {
    expect(conditionHolds(source, scope)).toBe(expected);
  });

  it('lists the fields it reads', () => {
    expect(
      fieldsOf(parseExpression('deal.amount > 1 and not (lead.custom.x in [contact.name])')),
    ).toEqual([
      ['deal', 'amount'],
      ['lead', 'custom', 'x'],
      ['contact', 'name'],
    ]);
  });

  it.each([
    ['deal.amount +', /cannot read the condition/],
    ['deal.amount + 1 > 2', /cannot read the condition|not allowed/],
    ['deal.title.toString()', /function calls are not allowed/],
    ['deal["amount"] > 1', /written with dots/],
    ['deal.constructor == 1', /"constructor" is not a field/],
    ['deal.__proto__ == 1', /"__proto__" is not a field/],
    ['a b', /one expression/],
    ['deal.amount = 1', /cannot read|not allowed/],
    ['/x/ == 1', /cannot read|not allowed/],
    ['', /empty/],
    ['x'.repeat(501), /longer than 500/],
    ['not '.repeat(40) + 'deal.amount', /nested too deeply/],
  ])('refuses %s', (source, message) => {
    expect(() => parseExpression(source)).toThrow(ExpressionError);
    expect(() => parseExpression(source)).toThrow(message);
  });

  it('cannot read inherited properties of the record', () => {
    expect(conditionHolds('deal.title.length == 4', scope)).toBe(false);
    expect(conditionHolds('deal.hasOwnProperty == null', scope)).toBe(true);
  });
});
