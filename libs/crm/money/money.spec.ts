import { atScale, fitsStoredAmount, formatAmount, formatMoney, money, SCALES } from './money';

describe('formatMoney', () => {
  it("shows the currency's minor units, in the reader's locale", () => {
    expect(formatMoney('12000.0000', 'USD', 'en-US')).toBe('$12,000.00');
    expect(formatMoney('12000.0000', 'EUR', 'de-DE')).toBe('12.000,00\u00a0€');
    expect(formatMoney('12000.0000', 'JPY', 'en-US')).toBe('¥12,000');
    expect(formatMoney('1.2345', 'KWD', 'en-US')).toBe('KWD\u00a01.235');
    expect(formatMoney('1234.5', 'RUB', 'ru-RU')).toBe('1\u00a0234,50\u00a0₽');
  });

  it('rounds half-up from the exact decimal, beyond what a float holds', () => {
    expect(formatMoney('0.125', 'USD', 'en-US')).toBe('$0.13');
    expect(formatMoney('-0.125', 'USD', 'en-US')).toBe('-$0.13');
    expect(formatMoney('123456789012345.675', 'USD', 'en-US')).toBe('$123,456,789,012,345.68');
    expect(formatMoney('2.5', 'JPY', 'ja-JP')).toBe('￥3');
  });

  it('can name the currency by its code (documents in a font without every symbol)', () => {
    expect(formatMoney('1440', 'USD', 'en-US', 'code')).toBe('USD\u00a01,440.00');
  });

  it('shows what is not an amount as it came', () => {
    expect(formatMoney('', 'USD', 'en-US')).toBe('USD');
    expect(formatMoney('12 apples', 'USD', 'en-US')).toBe('12 apples USD');
    expect(formatMoney('10.00', 'dollars', 'en-US')).toBe('10.00 dollars');
  });
});

describe('amounts and decimals at their scale', () => {
  it("gives an amount the currency's minor units, trailing zeros kept", () => {
    expect(formatAmount(money('12000'), 'USD')).toBe('12000.00');
    expect(formatAmount(money('1500.0000'), 'JPY')).toBe('1500');
    expect(formatAmount(money('2.75'), 'KWD')).toBe('2.750');
  });

  it('gives other decimals their fixed scale, never trimmed', () => {
    expect(atScale('100.5', SCALES.unitPrice)).toBe('100.5000');
    expect(atScale('2.5000', SCALES.quantity)).toBe('2.500');
    expect(atScale('20', SCALES.percent)).toBe('20.00');
  });
});

describe('fitsStoredAmount', () => {
  it('takes what a numeric(19, 4) column holds: under 10^15 either side of zero', () => {
    expect(fitsStoredAmount('999999999999999.9999')).toBe(true);
    expect(fitsStoredAmount('-999999999999999.9999')).toBe(true);
    expect(fitsStoredAmount('1000000000000000')).toBe(false);
    expect(fitsStoredAmount('-1000000000000000.0000')).toBe(false);
    expect(fitsStoredAmount(money('123456789012345678'))).toBe(false);
  });
});
