/**
 * The library entry as a TypeScript user gets it: the packed package installed into a project
 * of its own, imported by name, type-checked strictly (without skipLibCheck: the declarations
 * must stand on their own, with no types of the bundled dependencies), and run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

const CONSUMER = `import { injectDocuments, loadInjectorConfig, makeSource, prepareInjector, splitStream, writeStream, type Injector, type ManifestDocument } from 'kube-inject';

const pod = 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: p\\nspec:\\n  containers:\\n  - name: app\\n    image: app:1\\n';
const injector: Injector = prepareInjector(await loadInjectorConfig({}, {}));
const docs: ManifestDocument[] = splitStream(makeSource('pod.yaml', pod));
const run = injectDocuments(docs, injector);
const names: string[] = run.outcomes.map((o) => o.outcome);
process.stdout.write(JSON.stringify({ names, proxy: writeStream(run.output).includes('name: istio-proxy') }));
`;

describe('the library package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kube-inject-consumer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs, type-checks strictly from its own declarations, and runs', () => {
    const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    run('npm', ['pack', '--pack-destination', dir, '--silent'], REPO_ROOT);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], app);
    writeFileSync(join(app, 'main.ts'), CONSUMER);
    // Only what a user's project would have: Node's own types for `process`.
    mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
    execFileSync('cp', ['-r', join(REPO_ROOT, 'node_modules', '@types', 'node'), join(app, 'node_modules', '@types', 'node')]);
    execFileSync('cp', ['-r', join(REPO_ROOT, 'node_modules', 'undici-types'), join(app, 'node_modules', 'undici-types')]);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, outDir: 'out', rootDir: '.', types: ['node'] }, files: ['main.ts'] }),
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`the consumer does not type-check against the package's declarations:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    const out = JSON.parse(run(process.execPath, [join(app, 'out', 'main.js')], app)) as { names: string[]; proxy: boolean };
    expect(out).toEqual({ names: ['injected'], proxy: true });
  }, 60_000);
});
