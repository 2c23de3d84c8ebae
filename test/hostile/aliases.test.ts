/** Alias amplification: a few hundred bytes of nested aliases standing for gigabytes. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** `levels` levels of `&xN [*xN-1, *xN-1]` over a string of `chars` characters. */
function amplifier(levels: number, chars: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: boom}', 'data:', `  x0: &x0 "${'a'.repeat(chars)}"`];
  for (let i = 1; i <= levels; i++) lines.push(`  x${i}: &x${i} [*x${i - 1}, *x${i - 1}]`);
  return lines.join('\n') + '\n';
}

describe('aliases', () => {
  it('are refused when they expand to more bytes than the limit, though few nodes', async () => {
    const text = amplifier(16, 1000); // 1.5 KB in, 64 MiB of strings once expanded, 131,071 nodes
    for (const args of [['-f', '-'], ['lint', '-f', '-']]) {
      const r = await runCli(args, { stdin: text });
      expect(r.code, `${args[0]}: ${r.stderr.slice(0, 300)}`).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/<stdin>:1:1: error: document expands to more than 32 MiB of scalars through aliases; refusing it/);
    }
  });

  it('are fine when what they stand for is small', async () => {
    const r = await runCli(['-q', '-f', '-'], { stdin: amplifier(4, 10) });
    expect(r.code, r.stderr).toBe(0);
  });
});
