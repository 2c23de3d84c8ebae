import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFloat, formatValue, quoteGo, sprintf } from '../../src/gotemplate/index.js';

describe('Go number formatting', () => {
  it('%v of float64 follows strconv.FormatFloat(f, g, -1, 64)', () => {
    const cases: [number, string][] = [
      [15020, '15020'],
      [1e6, '1e+06'],
      [123456, '123456'],
      [1234567, '1.234567e+06'],
      [0.5, '0.5'],
      [0.0001, '0.0001'],
      [0.00001, '1e-05'],
      [-2.5e-7, '-2.5e-07'],
      [1e21, '1e+21'],
      [0, '0'],
      [-0, '-0'],
      [NaN, 'NaN'],
      [Infinity, '+Inf'],
      [-Infinity, '-Inf'],
      [100, '100'],
      [3.14159, '3.14159'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
    ];
    for (const [f, s] of cases) expect(formatValue(f)).toBe(s);
  });

  it('shortest formatting round-trips', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (f) => {
        const s = formatFloat(f, 'g');
        expect(Object.is(Number(s), f)).toBe(true);
      }),
    );
  });

  it('formats with precision like fmt', () => {
    expect(sprintf('%.2f %.0f %e %.3e %g %.3g %8.3f|%-8.2f|', [3.14159, 2.5, 1234.5678, 0.000123456, 1e-7, 1234567.0, 3.14159, 1.5])).toBe(
      '3.14 2 1.234568e+03 1.235e-04 1e-07 1.23e+06    3.142|1.50    |',
    );
    expect(sprintf('%d %5d %-5d| %+d %x %X %o %b %c %q %U', [42n, 42n, 42n, 42n, 255n, 255n, 8n, 5n, 65n, 65n, 0x1f600n])).toBe(
      '42    42 42   | +42 ff FF 10 101 A \'A\' U+1F600',
    );
    expect(sprintf('%T %T %T %T %T %T', ['s', 1n, 1.5, true, [], {}])).toBe('string int float64 bool []interface {} map[string]interface {}');
    expect(sprintf('%5s|%-5s|%.2s|%q|%x', ['ab', 'ab', 'abc', 'a"b\n', 'hi'])).toBe('   ab|ab   |ab|"a\\"b\\n"|6869');
    expect(sprintf('%v %d', [null, null])).toBe('<nil> %!d(<nil>)');
    expect(sprintf('100%%', [])).toBe('100%');
  });

  it('%v of collections', () => {
    expect(formatValue({ b: [1, 'x', null], a: { z: true } })).toBe('map[a:map[z:true] b:[1 x <nil>]]');
    expect(formatValue([])).toBe('[]');
    expect(formatValue({})).toBe('map[]');
  });

  it('quotes strings like strconv.Quote', () => {
    expect(quoteGo('a"b\\c\n\t\x01é😀\u200b')).toBe('"a\\"b\\\\c\\n\\t\\x01é😀\\u200b"');
  });
});
