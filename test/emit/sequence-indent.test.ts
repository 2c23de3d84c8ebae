/**
 * sequenceIndent replaced two regular expressions that backtracked quadratically on long lines
 * (a 640 KB annotation of `a b: c` and U+2028 took 45 s). It must decide as they did on every
 * text with YAML's usual line endings (\n, \r\n).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceIndent } from '../../src/emit/manifests.js';

const ZERO = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m;
const INDENTED = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1 +- /m;
const before = (t: string) => (INDENTED.test(t) ? 'indented' : ZERO.test(t) ? 'zero' : 'none');

describe('sequenceIndent', () => {
  it('decides as the regular expressions did', () => {
    const piece = fc.constantFrom(' ', 'a', ':', '-', '#', '\t', 'b: ', '- ', '  - ', 'x:', 'k: v');
    const line = fc.array(piece, { maxLength: 8 }).map((a) => a.join(''));
    const text = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ls.join(eol));
    fc.assert(fc.property(text, (t) => {
      expect(sequenceIndent(t), JSON.stringify(t)).toBe(before(t));
    }), { numRuns: 20_000 });
  });

  it('reads the usual cases', () => {
    expect(sequenceIndent('spec:\n  containers:\n  - name: a\n')).toBe('zero');
    expect(sequenceIndent('spec:\n  containers:\n    - name: a\n')).toBe('indented');
    expect(sequenceIndent('a: 1\n')).toBe('none');
  });
});
