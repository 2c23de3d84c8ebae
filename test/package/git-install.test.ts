/**
 * `npm install --global github:…` (README) installs from git. npm's git fetcher (pacote) treats a
 * package whose package.json has any of these scripts as one to prepare: it installs its
 * devDependencies in a temporary clone, and npm 11 then links the global install to that clone,
 * which it deletes — a `kube-inject` command that points nowhere (npm/cli#6984, #9406). dist/ is
 * committed, so there is nothing to prepare: none of these scripts may exist. test/e2e runs the
 * real install.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

const PREPARED_BY_GIT_INSTALLS = ['build', 'preinstall', 'install', 'postinstall', 'prepack', 'prepare'];

describe('package.json, for installs from git', () => {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; workspaces?: unknown; dependencies?: Record<string, string> };

  it('has no script that makes npm prepare a git dependency (the build is `build:dist`)', () => {
    expect(Object.keys(pkg.scripts ?? {}).filter((s) => PREPARED_BY_GIT_INSTALLS.includes(s))).toEqual([]);
    expect(pkg.workspaces, 'workspaces make npm prepare it too').toBeUndefined();
  });

  it('has no runtime dependencies: the bundle carries them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
