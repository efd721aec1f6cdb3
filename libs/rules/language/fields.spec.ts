import { conditionHolds } from './expression';
import { CONDITION_FIELDS, customFieldOf, unknownFieldReason } from './fields';

describe('custom fields in conditions', () => {
  const check = (path: string) => unknownFieldReason(path.split('.'), CONDITION_FIELDS.pipeline);

  it('takes a custom field, and a money field’s amount and currency', () => {
    expect(check('deal.custom.tier')).toBeUndefined();
    expect(check('deal.custom.budget.amount')).toBeUndefined();
    expect(check('company.custom.budget.currency')).toBeUndefined();
    expect(check('deal.custom.budget.total')).toMatch(/\.amount, \.currency/);
    expect(check('deal.custom')).toMatch(/deal\.custom\.<name>/);
  });

  it('names the custom field a path reads', () => {
    expect(customFieldOf(['deal', 'custom', 'budget', 'amount'])).toEqual({
      record: 'deal',
      code: 'budget',
    });
    expect(customFieldOf(['deal', 'amount'])).toBeUndefined();
  });

  it('compares a money field’s amount as an exact decimal', () => {
    const scope = { deal: { custom: { budget: { amount: '5000.50', currency: 'USD' } } } };
    expect(conditionHolds('deal.custom.budget.amount >= 5000.5', scope)).toBe(true);
    expect(conditionHolds('deal.custom.budget.currency == "USD"', scope)).toBe(true);
    expect(conditionHolds('deal.custom.missing.amount > 1', scope)).toBe(false);
  });
});
