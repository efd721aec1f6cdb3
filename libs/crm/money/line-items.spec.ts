import { computeRow, computeTotals, type RowInput } from './line-items';
import { fitsCurrency, formatAmount, money, minorUnits } from './money';

describe('money', () => {
  it('keeps exact decimals where floats would not', () => {
    expect(formatAmount(money('0.1').plus('0.2'), 'USD')).toBe('0.30');
    expect(formatAmount(money('1.005'), 'USD')).toBe('1.01'); // a float rounds this to 1.00
    expect(formatAmount(money('-1.005'), 'USD')).toBe('-1.01'); // half away from zero
    expect(formatAmount(money('1234.5'), 'JPY')).toBe('1235');
    expect(formatAmount(money('1.2345'), 'KWD')).toBe('1.235');
    expect(minorUnits('EUR')).toBe(2);
    expect(fitsCurrency('10.5', 'USD')).toBe(true);
    expect(fitsCurrency('10.505', 'USD')).toBe(false);
    expect(fitsCurrency('10.5', 'JPY')).toBe(false);
  });
});

describe('product rows and document totals', () => {
  it('adds tax on top when the price excludes it', () => {
    expect(computeRow({ quantity: '3', unitPrice: '19.99', taxRate: '20' }, 'EUR')).toEqual({
      gross: '59.97',
      discount: '0.00',
      net: '59.97',
      tax: '11.99', // 11.994 rounds down
      total: '71.96',
    });
  });

  it('takes tax out when the price includes it', () => {
    expect(
      computeRow({ quantity: '1', unitPrice: '120.00', taxRate: '20', taxIncluded: true }, 'EUR'),
    ).toEqual({
      gross: '120.00',
      discount: '0.00',
      net: '100.00',
      tax: '20.00',
      total: '120.00',
    });
    // 10.00 incl. 19 %: tax = 10 × 19 / 119 = 1.5966… → 1.60, net = 8.40.
    expect(
      computeRow({ quantity: '1', unitPrice: '10', taxRate: '19', taxIncluded: true }, 'EUR'),
    ).toMatchObject({
      net: '8.40',
      tax: '1.60',
      total: '10.00',
    });
  });

  it('applies the discount before tax, rounding half-up', () => {
    // 7 × 1.15 = 8.05; 15 % off = 1.2075 → 1.21; net 6.84; tax 7 % = 0.4788 → 0.48.
    expect(
      computeRow({ quantity: '7', unitPrice: '1.15', discountPercent: '15', taxRate: '7' }, 'USD'),
    ).toEqual({
      gross: '8.05',
      discount: '1.21',
      net: '6.84',
      tax: '0.48',
      total: '7.32',
    });
    expect(
      computeRow({ quantity: '2', unitPrice: '50', discountPercent: '100', taxRate: '20' }, 'USD'),
    ).toMatchObject({ net: '0.00', total: '0.00' });
  });

  it('handles fractional quantities and currencies without cents', () => {
    expect(computeRow({ quantity: '2.5', unitPrice: '1999', taxRate: '10' }, 'JPY')).toEqual({
      gross: '4998', // 4997.5 rounds half-up
      discount: '0',
      net: '4998',
      tax: '500', // 499.8
      total: '5498',
    });
  });

  it('sums rounded rows, so the rows always add up to the totals', () => {
    const inputs: RowInput[] = [
      { quantity: '1', unitPrice: '0.333', taxRate: '20' },
      { quantity: '1', unitPrice: '0.333', taxRate: '20' },
      { quantity: '1', unitPrice: '0.334', taxRate: '10', discountPercent: '50' },
    ];
    const rows = inputs.map((input) => ({ input, amounts: computeRow(input, 'EUR') }));
    const totals = computeTotals(rows, 'EUR');
    expect(rows.map((r) => r.amounts.total)).toEqual(['0.40', '0.40', '0.18']);
    // Each row rounds 0.333 to 0.33 first: the totals are those of the rows as printed.
    expect(totals).toEqual({
      gross: '0.99',
      discount: '0.17',
      net: '0.82',
      tax: '0.16',
      total: '0.98',
      taxes: [
        { rate: '10', net: '0.16', tax: '0.02' },
        { rate: '20', net: '0.66', tax: '0.14' },
      ],
    });
    expect(money(totals.net).plus(totals.tax).toFixed(2)).toBe(totals.total);
  });
});
