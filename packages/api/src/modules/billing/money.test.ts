import { describe, expect, it } from 'vitest';
import { formatMinor, parseMoney } from './money';

describe('money in minor units', () => {
  it('reads prices in currencies with zero, two and three decimals', () => {
    expect(parseMoney('12.50', 'eur')).toEqual({ ok: true, money: { amountMinor: 1250, currency: 'EUR' } });
    expect(parseMoney('12,5', 'EUR')).toEqual({ ok: true, money: { amountMinor: 1250, currency: 'EUR' } });
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, money: { amountMinor: 1500, currency: 'JPY' } });
    expect(parseMoney('3.250', 'KWD')).toEqual({ ok: true, money: { amountMinor: 3250, currency: 'KWD' } });
    expect(parseMoney('0.10', 'USD')).toEqual({ ok: true, money: { amountMinor: 10, currency: 'USD' } });
  });

  it('refuses amounts the currency cannot express, and currencies Stripe does not support', () => {
    expect(parseMoney('12.345', 'EUR')).toEqual({ ok: false, reason: 'TOO_PRECISE' });
    expect(parseMoney('1500.5', 'JPY')).toEqual({ ok: false, reason: 'TOO_PRECISE' });
    expect(parseMoney('3.255', 'KWD')).toEqual({ ok: false, reason: 'TOO_PRECISE' });
    expect(parseMoney('4990.50', 'HUF')).toEqual({ ok: false, reason: 'TOO_PRECISE' });
    expect(parseMoney('12', 'XYZ')).toEqual({ ok: false, reason: 'UNSUPPORTED_CURRENCY' });
    expect(parseMoney('-3', 'EUR')).toEqual({ ok: false, reason: 'INVALID_AMOUNT' });
    expect(parseMoney('1e3', 'EUR')).toEqual({ ok: false, reason: 'INVALID_AMOUNT' });
  });

  it('writes amounts back with the currency’s digits', () => {
    expect(formatMinor({ amountMinor: 1250, currency: 'EUR' })).toBe('12.50');
    expect(formatMinor({ amountMinor: 5, currency: 'USD' })).toBe('0.05');
    expect(formatMinor({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
    expect(formatMinor({ amountMinor: 3250, currency: 'KWD' })).toBe('3.250');
  });
});
