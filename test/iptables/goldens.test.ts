/**
 * `kube-inject iptables` against Istio's iptables goldens: for each case, the rules printed for
 * its arguments are the golden's, line by line and in order (the golden's recorded
 * `iptables-save` calls and our family headers aside). Every golden must have a case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ISTIO_DATA_DIR } from '../helpers/shared.js';
import { IPTABLES_CASES } from './cases.js';

const DIR = join(ISTIO_DATA_DIR, 'iptables');

/** The rule lines of a golden or of our output: what iptables-restore reads, comments and save calls aside. */
function ruleLines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('#') && l !== 'iptables-save' && l !== 'ip6tables-save');
}

describe('iptables goldens', () => {
  it('every golden has a case', () => {
    const files = ['capture', 'cni-plugin'].flatMap((d) => readdirSync(join(DIR, d)).map((f) => `${d}/${f}`));
    expect(files.sort()).toEqual(IPTABLES_CASES.map((c) => c.golden).sort());
  });
  for (const c of IPTABLES_CASES) {
    it(`${c.golden}: kube-inject iptables ${c.args.join(' ')}`, async () => {
      const r = await runCli(['iptables', ...c.args]);
      expect(r.code, r.stderr).toBe(0);
      const want = ruleLines(readFileSync(join(DIR, c.golden), 'utf8'));
      expect(want.length).toBeGreaterThan(10);
      expect(ruleLines(r.stdout).join('\n')).toBe(want.join('\n'));
    });
  }
});
