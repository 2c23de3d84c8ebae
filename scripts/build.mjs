// Builds dist/: the executable's bundle (one CommonJS file, whose compiled code is cached
// between runs: src/cli/start.ts), the library and worker entries as ES modules, and the
// template files they read.
//
//   node scripts/build.mjs              build into dist/ (committed: installs from git need no build)
//                                       and the library's type declarations (dist/index.d.ts, dist/types/)
//   node scripts/build.mjs --outdir D   build into D instead (the freshness test compares D with dist/)
//
// The bundle carries its dependencies (commander, chalk, js-yaml, ajv's runtime), so an installed
// kube-inject needs no node_modules at all; their licences go to dist/THIRD-PARTY-LICENSES.txt.
// It prints nothing on success: `npm pack` and pre-commit read npm's stdout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist');

// Schemas are compiled to validation code first (Ajv standalone): nothing compiles at run time.
await import('./build-schemas.mjs');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const version = JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
// The library entry and the worker threads' entries: ES modules, split into chunks.
const result = await build({
  absWorkingDir: root,
  // The workers are entries of their own: worker threads load them by file (src/parallel/pool.ts,
  // src/cli/serve's --workers).
  entryPoints: { index: 'src/index.ts', 'inject-worker': 'src/parallel/worker.ts', 'webhook-worker': 'src/cli/webhook-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code that only some runs need (schema validators, the injection engine) goes into chunks
  // loaded on first use, so start-up reads little.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  // No source maps: they would double the package (users run the bundle; developers run src/).
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { __KUBE_INJECT_VERSION__: version },
  // Bundled CommonJS dependencies (ajv) need a require in ESM output.
  banner: { js: "import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);" },
  plugins: [startUpLight()],
});
// The executable's bundle: one CommonJS file (dist/cjs/cli.cjs), because V8 can cache the code
// it compiles for a script between runs and Node 20 offers no such cache for ES modules
// (src/cli/start.ts). It lies one directory down, as the chunks do, so the paths it finds the
// templates and the worker entries by (../templates/, ../inject-worker.js) are the chunks' own.
// Whitespace and syntax are minified (names are kept): a smaller file is read and checked faster.
const cli = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: join(outdir, 'cjs'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { __KUBE_INJECT_VERSION__: version, 'import.meta.url': '__kiModuleUrl' },
  banner: { js: "const __kiModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [startUpLight()],
});
const cliFile = join(outdir, 'cjs', 'cli.cjs');
if (!existsSync(cliFile)) throw new Error('the build wrote no cjs/cli.cjs');
// The executable's first step, which runs that bundle with its cached code; it names cache files
// by the bundle's hash.
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/start.ts'],
  outfile: join(outdir, 'start.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __KUBE_INJECT_BUNDLE_HASH__: JSON.stringify(createHash('sha256').update(readFileSync(cliFile)).digest('hex').slice(0, 16)) },
});
cpSync(join(root, 'src/templates'), join(outdir, 'templates'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
await writeTemplateTrees(join(outdir, 'templates'));
writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences([result.metafile, cli.metafile]));

// The library entry's type declarations: dist/index.d.ts re-exports dist/types/index.d.ts.
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json'), '--outDir', join(outdir, 'types')], { cwd: root, stdio: 'inherit' });
writeFileSync(join(outdir, 'index.d.ts'), "// kube-inject's library entry (dist/index.js): its types.\nexport * from './types/index.js';\n");

/**
 * Start-up loads only what every run needs. Node's built-in modules cost milliseconds each to
 * load, and a run reaches a few of them only inside functions it may never call:
 *  - node:child_process (commander's executable subcommands, which kube-inject has none of),
 *    node:crypto (SARIF fingerprints, sprig's hash functions, -o's temporary name), node:net
 *    (IP address checks of annotations) and node:v8 (compiler flags of a long run, which load
 *    Node's stream stack) are loaded on first use;
 *  - chalk's colour detection (node:tty, node:os, which loads node:net) is left out: kube-inject
 *    always gives chalk its colour level (src/emit/findings/reporter.ts, colorLevelFor);
 *  - node:fs is taken through require(): an ES import of it reads every export, and its
 *    ReadStream/WriteStream getters load Node's stream stack (the names src/ imports are read).
 */
function startUpLight() {
  const lazy = {
    'node:child_process': null,
    'node:crypto': ['createHash', 'randomBytes'],
    'node:net': ['isIP', 'isIPv4', 'isIPv6'],
    'node:v8': ['setFlagsFromString'],
  };
  return {
    name: 'start-up-light',
    setup(b) {
      b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'start-up-light' }));
      b.onResolve({ filter: /^node:fs$/ }, (args) => (args.namespace === 'start-up-light' ? { path: args.path, external: true } : { path: 'node:fs', namespace: 'start-up-light' }));
      b.onResolve({ filter: /^node:(child_process|crypto|net|v8)$/ }, (args) =>
        args.namespace === 'start-up-light' ? { path: args.path, external: true } : { path: args.path, namespace: 'start-up-light' },
      );
      b.onLoad({ filter: /.*/, namespace: 'start-up-light' }, (args) => {
        if (args.path === 'supports-color') {
          return { contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n', loader: 'js' };
        }
        if (args.path === 'node:fs') {
          const names = [...fsNamesImported()];
          return { contents: `import { createRequire } from 'node:module';\nconst fs = createRequire(import.meta.url)('node:fs');\n${names.map((n) => `export const ${n} = fs.${n};`).join('\n')}\n`, loader: 'js' };
        }
        const names = lazy[args.path];
        // What commander require()s: an object whose properties load the module when read.
        if (names === null) return { contents: `module.exports = new Proxy({}, { get: (_, k) => require(${JSON.stringify(args.path)})[k] });\n`, loader: 'js' };
        const load = `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nlet m;\nconst load = () => (m ??= require(${JSON.stringify(args.path)}));\n`;
        return { contents: load + names.map((n) => `export function ${n}(...a) { return load().${n}(...a); }\n`).join(''), loader: 'js' };
      });
    },
  };
}

/** The built-in templates' parse trees beside them (scripts/template-trees.ts): start-up does not parse them. */
async function writeTemplateTrees(dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-trees-'));
  try {
    const script = join(tmp, 'template-trees.mjs');
    await build({ absWorkingDir: root, entryPoints: ['scripts/template-trees.ts'], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
    execFileSync(process.execPath, [script, dir], { stdio: 'inherit' });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Every name src/ imports from node:fs (type-only names left out). */
function fsNamesImported() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'node:fs'/g)) {
          for (const part of m[1].split(',')) {
            const name = part.trim().split(/\s+as\s+/)[0].trim();
            if (name && !name.startsWith('type ')) names.add(name);
          }
        }
      }
    }
  };
  walk(join(root, 'src'));
  return [...names].sort();
}

/** The licence text of every npm package the bundle took code from, sorted by package name. */
function thirdPartyLicences(metafiles) {
  const packages = new Set();
  for (const input of metafiles.flatMap((m) => Object.keys(m.inputs))) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const parts = [];
  for (const name of [...packages].sort()) {
    const dir = join(root, 'node_modules', name);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.|$)/i.test(f));
    if (!file) throw new Error(`${name} ships no LICENSE file: its licence cannot go into the bundle's notices`);
    parts.push(`${name}@${meta.version} (${meta.license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`);
  }
  return `kube-inject's dist/ bundles code from these packages, under these licences.\n\n${parts.join('\n' + '-'.repeat(72) + '\n\n')}`;
}
