/**
 * Reading inputs at scale, in a real process (its main thread has node's default stack): a
 * stream of more documents than a call can take as arguments is read whole.
 */
import { describe, expect, test } from 'vitest';
import { assertBuilt, runBin } from '../helpers/run-cli.js';

describe('readInputs', () => {
  test('a stream of 150,000 documents is linted, not an internal error', async () => {
    assertBuilt();
    const r = await runBin(['lint', '-f', '-'], { stdin: '---\na: 1\n'.repeat(150_000) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
