/**
 * Every documented install path, end to end, with the real clients: pre-commit (Debian's, with
 * `language: node`) and `npm install --global` from git, each fed exactly what README.md shows.
 *
 * Not part of `npm test`: it installs pre-commit with apt when missing, downloads what pre-commit's
 * npm install wants, and takes a while. Run it with `npm run test:e2e` (`.ci/run` does).
 *
 * What is installed is this checkout as it is in the working tree (uncommitted and untracked,
 * not ignored, files included): it is committed to a temporary clone, tagged as README's `rev`.
 * HOME, PRE_COMMIT_HOME and npm's cache point into a temporary directory, so the user's caches
 * and configuration are neither used nor touched. KUBE_INJECT_E2E_KEEP=1 keeps that directory.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

// ---------------------------------------------------------------------------------------------
// Running commands

interface Run {
  readonly command: string;
  readonly cwd: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Everything about a run, for assertion messages: a failure shows what the command printed. */
function show(r: Run): string {
  return `\n$ ${r.command}   (in ${r.cwd}; exit ${r.code}; ${r.seconds.toFixed(1)}s)\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}\n`;
}

function exec(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Run> {
  const started = Date.now();
  const command = [cmd, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const done = (code: number | null, extra = '') => resolve({ command, cwd, code, stdout, stderr: stderr + extra, seconds: (Date.now() - started) / 1000 });
    child.on('error', (e) => done(null, `\n(could not start: ${e.message})`));
    child.on('close', (code) => done(code));
  });
}

/** Runs and requires exit 0. */
async function ok(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Run> {
  const r = await exec(cmd, args, cwd, env);
  expect(r.code, show(r)).toBe(0);
  return r;
}

/** What a step of a GitHub Actions job runs: `bash --noprofile --norc -eo pipefail {0}`. */
function actionsStep(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], cwd, env);
}

// ---------------------------------------------------------------------------------------------
// The environment every client runs in

const ROOT = mkdtempSync(join(tmpdir(), 'kube-inject-e2e-'));
const HOME = join(ROOT, 'home');
const PRE_COMMIT_HOME = join(ROOT, 'pre-commit-home');
const HOOK_REPO = join(ROOT, 'kube-inject'); // the hook repository: this working tree, committed
const SCRATCH = join(ROOT, 'manifests'); // a user's repository of manifests
const GLOBAL = join(ROOT, 'global'); // npm install --global --prefix
for (const d of [HOME, PRE_COMMIT_HOME, GLOBAL]) mkdirSync(d, { recursive: true });

/**
 * A user's shell, not ours: no GIT_* (a test run from a git hook would leak GIT_DIR), no npm_*
 * (`npm run` exports its own cache and prefix), no NODE_ENV, no node_modules/.bin on PATH; the
 * network settings are kept.
 */
function userEnv(): NodeJS.ProcessEnv {
  const keep = /^(PATH|LANG|LC_\w+|TERM|TMPDIR|TZ|SSL_CERT_\w+|NODE_EXTRA_CA_CERTS|(https?|no|all)_proxy|(HTTPS?|NO|ALL)_PROXY|NPM_CONFIG_REGISTRY)$/;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (keep.test(k) && v !== undefined) env[k] = v;
  env['PATH'] = (env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin')
    .split(delimiter)
    .filter((p) => !p.includes(`node_modules${'/'}.bin`))
    .join(delimiter);
  return { ...env, HOME, PRE_COMMIT_HOME, PRE_COMMIT_COLOR: 'never', GIT_CONFIG_NOSYSTEM: '1' };
}
const ENV = userEnv();

afterAll(() => {
  if (process.env['KUBE_INJECT_E2E_KEEP']) console.log(`e2e: kept ${ROOT}`);
  else rmSync(ROOT, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What the README says

const PKG = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const LINT_DOC = readFileSync(join(REPO_ROOT, 'docs/lint.md'), 'utf8');

/** The first ```yaml block under the heading that starts with `heading`. */
function yamlBlock(markdown: string, heading: string, file: string): string {
  const at = markdown.split('\n').findIndex((l) => l.startsWith(heading));
  if (at < 0) throw new Error(`${file} has no heading "${heading}"`);
  const rest = markdown.split('\n').slice(at + 1).join('\n');
  const m = /^```yaml\n([\s\S]*?)^```$/m.exec(rest);
  if (!m) throw new Error(`${file}: no \`\`\`yaml block under "${heading}"`);
  return m[1]!;
}

const README_PRE_COMMIT = yamlBlock(README, '### pre-commit', 'README.md');
const README_ACTIONS = yamlBlock(README, '### GitHub Actions', 'README.md');

interface PreCommitConfig {
  repos: Array<{ repo: string; rev: string; hooks: Array<Record<string, unknown> & { id: string }> }>;
}
const PRE_COMMIT_CONFIG = load(README_PRE_COMMIT) as PreCommitConfig;
/** The tag the README's example pins; the hook repository gets it. */
const REV = PRE_COMMIT_CONFIG.repos[0]!.rev;

/** The `run:` lines of a workflow's steps, in order. */
function runLines(workflowYaml: string): string[] {
  const wf = load(workflowYaml) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
  return Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run === undefined ? [] : [s.run.trim()])));
}
const README_RUNS = runLines(README_ACTIONS);

// ---------------------------------------------------------------------------------------------
// The scratch repository's manifests

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 8080
`;

function deployment({ image = 'ghcr.io/example/web:1.0.0', extraPort = '' } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        version: v1
    spec:
      containers:
      - name: web
        image: ${image}
        ports:
        - containerPort: 8080
${extraPort}`;
}

/** A JSON manifest: a Deployment and its Service as a List. */
function workerJson(runAsUser: number): string {
  const labels = { app: 'worker', version: 'v1' };
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'worker', namespace: 'shop' },
        spec: { selector: { app: 'worker' }, ports: [{ name: 'grpc', port: 9090 }] },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'worker', namespace: 'shop' },
        spec: {
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              securityContext: { runAsUser },
              containers: [{ name: 'worker', image: 'ghcr.io/example/worker:2.0.0', ports: [{ containerPort: 9090 }] }],
            },
          },
        },
      },
    ],
  };
  return JSON.stringify(list, null, 2) + '\n';
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" not in the manifest`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(SCRATCH, rel)), { recursive: true });
  writeFileSync(join(SCRATCH, rel), text);
}

const git = (args: readonly string[], cwd = SCRATCH) => exec('git', args, cwd);
const head = async () => (await ok('git', ['rev-parse', 'HEAD'], SCRATCH)).stdout.trim();

/** Back to the last commit: no staged, unstaged or untracked changes. */
async function resetScratch(): Promise<void> {
  await ok('git', ['reset', '-q', '--hard', 'HEAD'], SCRATCH);
  await ok('git', ['clean', '-qfdx'], SCRATCH);
}

/** `git commit` with pre-commit installed as the hook; the hook's report is in the output. */
async function commit(message: string): Promise<Run & { output: string }> {
  const r = await git(['commit', '-m', message]);
  return { ...r, output: r.stdout + r.stderr };
}

// ---------------------------------------------------------------------------------------------
// Set-up: pre-commit, the hook repository, the scratch repository

async function ensurePreCommit(): Promise<string> {
  const which = await exec('bash', ['-c', 'command -v pre-commit'], REPO_ROOT);
  if (which.code === 0) return which.stdout.trim();
  if (process.getuid?.() !== 0) {
    throw new Error(
      'pre-commit is not installed, and this run is not root so it cannot install it. ' +
        'Install it (`sudo apt-get install -y pre-commit`) and run again; the install-path tests never skip.',
    );
  }
  // apt with the real environment: it is a system install, not part of the user's sandbox.
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await ok('apt-get', ['update'], REPO_ROOT, aptEnv);
  await ok('apt-get', ['install', '-y', 'pre-commit'], REPO_ROOT, aptEnv);
  return (await ok('bash', ['-c', 'command -v pre-commit'], REPO_ROOT)).stdout.trim();
}

/**
 * The hook repository: a clone of this checkout whose files are replaced by the working tree's
 * tracked and untracked-but-not-ignored files (node_modules never), committed and tagged REV.
 */
async function makeHookRepo(): Promise<void> {
  await ok('git', ['clone', '-q', '--no-checkout', REPO_ROOT, HOOK_REPO], ROOT);
  const listed = (await ok('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO_ROOT)).stdout.split('\0').filter(Boolean);
  const files = [...new Set(listed)].filter((f) => !f.split('/').includes('node_modules') && existsSync(join(REPO_ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(HOOK_REPO, f)), { recursive: true });
    cpSync(join(REPO_ROOT, f), join(HOOK_REPO, f), { verbatimSymlinks: true }); // keeps the mode: bin/ stays executable
  }
  await ok('git', ['add', '-A'], HOOK_REPO);
  const id = ['-c', 'user.name=kube-inject e2e', '-c', 'user.email=e2e@kube-inject.invalid', '-c', 'commit.gpgsign=false'];
  await ok('git', [...id, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'the working tree under test'], HOOK_REPO);
  await ok('git', [...id, 'tag', '-f', REV], HOOK_REPO);
}

let preCommit = '';

beforeAll(async () => {
  preCommit = await ensurePreCommit();
  console.log(`e2e: ${(await ok(preCommit, ['--version'], ROOT)).stdout.trim()} (${preCommit}); node ${process.version}; npm ${(await ok('npm', ['--version'], ROOT)).stdout.trim()}; in ${ROOT}`);
  await makeHookRepo();

  mkdirSync(SCRATCH);
  await ok('git', ['init', '-q', '-b', 'main'], SCRATCH);
  await ok('git', ['config', 'user.name', 'Manifest Author'], SCRATCH);
  await ok('git', ['config', 'user.email', 'author@example.invalid'], SCRATCH);
  await ok('git', ['config', 'commit.gpgsign', 'false'], SCRATCH);
}, 600_000);

// ---------------------------------------------------------------------------------------------

describe('the README', () => {
  it("pins the package's version, and docs/lint.md shows the same set-up", () => {
    expect(REV, "the pre-commit example's rev is the release tag of package.json's version").toBe(`v${PKG.version}`);
    expect(PRE_COMMIT_CONFIG.repos).toHaveLength(1);
    expect(PRE_COMMIT_CONFIG.repos[0]!.hooks.map((h) => h.id)).toEqual(['kube-inject-lint']);
    expect(load(yamlBlock(LINT_DOC, '## pre-commit', 'docs/lint.md')), 'docs/lint.md and README.md: the same .pre-commit-config.yaml').toEqual(PRE_COMMIT_CONFIG);
    expect(runLines(yamlBlock(LINT_DOC, '## GitHub Actions', 'docs/lint.md')), 'docs/lint.md and README.md: the same commands').toEqual(README_RUNS);
    expect(README_RUNS[0]).toMatch(new RegExp(`^npm install --global github:\\S+#${REV}$`));
  });
});

describe('pre-commit, configured as the README shows', () => {
  beforeAll(async () => {
    // README's block, byte for byte, but for the repo URL.
    const urls = README_PRE_COMMIT.match(/^(\s*-\s*repo:\s*)\S+/gm) ?? [];
    expect(urls, README_PRE_COMMIT).toHaveLength(1);
    write('.pre-commit-config.yaml', README_PRE_COMMIT.replace(/^(\s*-\s*repo:\s*)\S+/m, `$1${HOOK_REPO}`));
    write('k8s/svc.yaml', SERVICE);
    write('k8s/deploy.yaml', deployment());
    // Not YAML until Helm renders it, and outside the README's `files:`: neither linted nor in the way.
    write('charts/web/templates/deployment.yaml', '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n');
    // The repository as it was before the hook: committed without it.
    await ok('git', ['add', '-A'], SCRATCH);
    await ok('git', ['commit', '-q', '--no-verify', '-m', 'web: Deployment and Service'], SCRATCH);
  });

  it('sets up: install, install-hooks, run --all-files', async () => {
    await ok(preCommit, ['install'], SCRATCH);
    const setUp = await ok(preCommit, ['install-hooks'], SCRATCH);
    const size = await ok('du', ['-sh', PRE_COMMIT_HOME, join(HOME, '.npm')], ROOT);
    console.log(`e2e: pre-commit install-hooks took ${setUp.seconds.toFixed(1)}s; du -sh:\n${size.stdout.trim()}`);
    const all = await ok(preCommit, ['run', '--all-files'], SCRATCH);
    expect(all.stdout, show(all)).toMatch(/^kube-inject lint\.+Passed$/m);
  }, 600_000);

  it('lets a clean commit through', async () => {
    await resetScratch();
    const before = await head();
    write('k8s/orders.yaml', `${SERVICE.replaceAll('web', 'orders')}---\n${deployment().replaceAll('web', 'orders')}`);
    await ok('git', ['add', 'k8s/orders.yaml'], SCRATCH);
    const c = await commit('orders: Deployment and Service');
    expect(c.code, show(c)).toBe(0);
    expect(c.output, show(c)).toMatch(/^kube-inject lint\.+Passed$/m);
    expect(await head(), 'committed').not.toBe(before);
  });

  it('blocks a commit with a reserved port, naming file and line', async () => {
    await resetScratch();
    const before = await head();
    const bad = deployment({ extraPort: '        - containerPort: 15090\n          name: metrics\n' });
    write('k8s/deploy.yaml', bad);
    await ok('git', ['add', 'k8s/deploy.yaml'], SCRATCH);
    const c = await commit('web: expose metrics');
    expect(c.code, show(c)).not.toBe(0);
    expect(c.output, show(c)).toMatch(/^kube-inject lint\.+Failed$/m);
    const { line, column } = position(bad, 'containerPort: 15090');
    expect(c.output, show(c)).toMatch(new RegExp(`^k8s/deploy\\.yaml\\n(?:  \\d.*\\n)*?\\s+${line}:${column}\\s+error\\s+Deployment "shop/web": .*15090.*reserved-port`, 'm'));
    expect(await head(), 'nothing committed').toBe(before);
  });

  it('checks JSON manifests: blocks UID 1337 in a .json file, then lets the fixed file through', async () => {
    await resetScratch();
    const before = await head();
    const bad = workerJson(1337);
    write('k8s/worker.json', bad);
    await ok('git', ['add', 'k8s/worker.json'], SCRATCH);
    const blocked = await commit('worker');
    expect(blocked.code, show(blocked)).not.toBe(0);
    const { line, column } = position(bad, '"runAsUser": 1337');
    expect(blocked.output, show(blocked)).toMatch(new RegExp(`^k8s/worker\\.json\\n(?:  \\d.*\\n)*?\\s+${line}:${column}\\s+error\\s+Deployment "shop/worker": .*1337.*proxy-uid`, 'm'));
    expect(await head(), 'nothing committed').toBe(before);

    write('k8s/worker.json', workerJson(1000));
    await ok('git', ['add', 'k8s/worker.json'], SCRATCH);
    const c = await commit('worker, as UID 1000');
    expect(c.code, show(c)).toBe(0);
    expect(c.output, show(c)).toMatch(/^kube-inject lint\.+Passed$/m);
  });

  it('judges a partial commit against the rest of the repository: a Deployment alone, its Service unchanged', async () => {
    await resetScratch();
    const before = await head();
    write('k8s/deploy.yaml', deployment({ image: 'ghcr.io/example/web:1.1.0' }));
    await ok('git', ['add', 'k8s/deploy.yaml'], SCRATCH);

    // Not vacuous: the staged file alone, without --context, is a finding at --fail-on warning.
    const alone = await exec('node', [join(REPO_ROOT, 'bin/kube-inject.js'), 'lint', '--fail-on', 'warning', 'k8s/deploy.yaml'], SCRATCH);
    expect(alone.code, show(alone)).toBe(1);
    expect(alone.stdout, show(alone)).toContain('no Service in the input selects the pods');

    // An unstaged edit that would break the Service: pre-commit stashes it, the commit is judged
    // as it will be committed.
    write('k8s/svc.yaml', SERVICE.replace('app: web', 'app: web-renamed'));
    const c = await commit('web 1.1.0');
    expect(c.code, show(c)).toBe(0);
    expect(c.output, show(c)).toMatch(/^kube-inject lint\.+Passed$/m);
    expect(c.output, show(c)).not.toContain('no Service');
    expect(await head()).not.toBe(before);
    expect((await ok('git', ['show', '--name-only', '--format=', 'HEAD'], SCRATCH)).stdout.trim()).toBe('k8s/deploy.yaml');
    expect(readFileSync(join(SCRATCH, 'k8s/svc.yaml'), 'utf8'), 'the unstaged edit is back').toContain('web-renamed');
  });
});

describe('npm install --global from git, as the README shows', () => {
  const bin = join(GLOBAL, 'bin', 'kube-inject');
  const env = { ...ENV, PATH: `${join(GLOBAL, 'bin')}${delimiter}${ENV['PATH']}` };
  const url = `git+file://${HOOK_REPO}`;

  it("installs with the README's own command", async () => {
    const install = README_RUNS[0]!.replace(/github:[^\s#]+/, url) + ` --prefix ${GLOBAL}`;
    expect(install).toContain(`${url}#${REV} --prefix`);
    const r = await actionsStep(install, ROOT, env);
    expect(r.code, show(r)).toBe(0);
    console.log(`e2e: ${install} took ${r.seconds.toFixed(1)}s`);
  }, 300_000);

  it('runs: --version, and injects the bundled example', async () => {
    const v = await ok(bin, ['--version'], ROOT, env);
    expect(v.stdout.trim()).toBe(PKG.version);
    const inject = await ok(bin, ['-f', join(REPO_ROOT, 'fixtures/bookshop.yaml')], ROOT, env);
    expect(inject.stdout, show(inject)).toContain('name: istio-proxy');
    expect(inject.stdout, show(inject)).toContain('name: istio-init');
  });

  it('pulls in no dependencies', () => {
    const installed = join(GLOBAL, 'lib', 'node_modules');
    expect(readdirSync(installed)).toEqual([PKG.name]);
    expect(existsSync(join(installed, PKG.name, 'node_modules')), 'the package has a node_modules/').toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, PKG.name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies'] ?? {}).toEqual({});
  });

  it("runs the README's GitHub Actions lint step: a SARIF file, with the findings where they are", async () => {
    const step = README_RUNS[1]!;
    expect(step).toBe('kube-inject lint -f k8s/ --format sarif > kube-inject.sarif');
    await resetScratch();
    const sarif = () => JSON.parse(readFileSync(join(SCRATCH, 'kube-inject.sarif'), 'utf8')) as {
      version: string;
      $schema: string;
      runs: Array<{ tool: { driver: { name: string; version: string } }; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };

    const clean = await actionsStep(step, SCRATCH, env);
    expect(clean.code, show(clean)).toBe(0);
    let log = sarif();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif.*2\.1\.0/);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'kube-inject', version: PKG.version });
    expect(log.runs[0]!.results).toEqual([]);

    // With a finding the step fails (exit 1: the job's upload step runs `if: !cancelled()`).
    const bad = deployment({ extraPort: '        - containerPort: 15090\n' });
    write('k8s/deploy.yaml', bad);
    const failing = await actionsStep(step, SCRATCH, env);
    expect(failing.code, show(failing)).toBe(1);
    log = sarif();
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['reserved-port', 'k8s/deploy.yaml', position(bad, 'containerPort: 15090').line],
    ]);
    await resetScratch();
  });
});
