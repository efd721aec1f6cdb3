import { formatMoney } from './money';

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
