import { describe, it, expect } from 'vitest';
import { compareQuantities, isValidQuantity, milliValue, parseQuantity, quantitiesEqual } from '../../src/model/quantity.js';

describe('parseQuantity', () => {
  it.each([
    ['0', 0n, 'DecimalSI'],
    ['2', 2_000_000_000n, 'DecimalSI'],
    ['100m', 100_000_000n, 'DecimalSI'],
    ['1.5', 1_500_000_000n, 'DecimalSI'],
    ['.5', 500_000_000n, 'DecimalSI'],
    ['1.', 1_000_000_000n, 'DecimalSI'],
    ['+3k', 3_000_000_000_000n, 'DecimalSI'],
    ['-10m', -10_000_000n, 'DecimalSI'],
    ['5n', 5n, 'DecimalSI'],
    ['7u', 7_000n, 'DecimalSI'],
    ['1M', 10n ** 15n, 'DecimalSI'],
    ['1G', 10n ** 18n, 'DecimalSI'],
    ['1E', 10n ** 27n, 'DecimalSI'],
    ['1Ki', 1024n * 10n ** 9n, 'BinarySI'],
    ['1.5Gi', 3n * 2n ** 29n * 10n ** 9n, 'BinarySI'],
    ['128Mi', 128n * 2n ** 20n * 10n ** 9n, 'BinarySI'],
    ['0.0001Ki', 102_400_000n, 'DecimalSI'], // a binary value below 1 is reformatted as DecimalSI
    ['1e3', 1000n * 10n ** 9n, 'DecimalExponent'],
    ['1E3', 1000n * 10n ** 9n, 'DecimalExponent'],
    ['2e-3', 2_000_000n, 'DecimalExponent'],
    ['1e+2', 100n * 10n ** 9n, 'DecimalExponent'],
    ['0.1n', 1n, 'DecimalSI'], // rounded up to a nano
    ['-0.1n', -1n, 'DecimalSI'], // away from zero
    ['1e-2000', 1n, 'DecimalExponent'],
  ] as const)('%s', (s, nanos, format) => {
    expect(parseQuantity(s)).toEqual({ nanos, format });
  });

  it('accepts numbers as YAML gives them', () => {
    expect(parseQuantity(2)?.nanos).toBe(2_000_000_000n);
    expect(parseQuantity(0.5)?.nanos).toBe(500_000_000n);
    expect(parseQuantity(1e21)?.nanos).toBe(10n ** 30n);
    expect(parseQuantity(Number.NaN)).toBeNull();
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it.each(['', ' 1', '1 ', '1K', '1k ', 'Mi', '1e', '1e3.5', '1Mii', '1.2.3', '-', '+', '.', '1i', '1mi', 'abc', '1e99999', '0x10'])(
    'rejects %j',
    (s) => {
      expect(parseQuantity(s)).toBeNull();
      expect(isValidQuantity(s)).toBe(false);
    },
  );

  it('isValidQuantity rejects non-strings', () => {
    expect(isValidQuantity(null)).toBe(false);
    expect(isValidQuantity({})).toBe(false);
    expect(isValidQuantity('100m')).toBe(true);
    expect(isValidQuantity(1)).toBe(true);
  });
});

describe('comparing quantities', () => {
  it.each([
    ['2', '2000m'],
    ['1Gi', '1024Mi'],
    ['1k', '1000'],
    ['1e3', '1k'],
    ['0.5', '500m'],
    [1, '1000m'],
    ['1Mi', '1048576'],
  ] as const)('%s = %s', (a, b) => {
    expect(quantitiesEqual(a, b)).toBe(true);
    expect(compareQuantities(a, b)).toBe(0);
  });

  it('orders and rejects', () => {
    expect(quantitiesEqual('1G', '1Gi')).toBe(false);
    expect(compareQuantities('1G', '1Gi')).toBe(-1);
    expect(compareQuantities('100m', '0.05')).toBe(1);
    expect(quantitiesEqual('x', 'x')).toBe(false);
    expect(compareQuantities('1', 'x')).toBeNull();
  });

  it('milliValue rounds away from zero', () => {
    expect(milliValue(parseQuantity('1.5')!)).toBe(1500n);
    expect(milliValue(parseQuantity('1n')!)).toBe(1n);
    expect(milliValue(parseQuantity('-1n')!)).toBe(-1n);
  });
});
