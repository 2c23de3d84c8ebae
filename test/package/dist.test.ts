/**
 * dist/ is committed, so that `npm install -g git+…`, pre-commit and every other install from git
 * need no build step (and none of the build's devDependencies). This pins it to the source: a
 * fresh build of src/ must give exactly the committed files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

describe('the committed dist/', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'kube-inject-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what `npm run build:dist` makes of src/ (run it and commit dist/ when this fails)', () => {
    const printed = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--outdir', fresh], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(printed, 'the build prints nothing (npm pack and pre-commit read stdout)').toBe('');
    const committed = join(REPO_ROOT, 'dist');
    expect(files(committed), 'the same files').toEqual(files(fresh));
    const stale = files(fresh).filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
    expect(stale, 'files whose content differs from a fresh build').toEqual([]);
  });
});
