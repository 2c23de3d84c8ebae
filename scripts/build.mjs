// Builds dist/: one bundled ES module for fast start-up, plus the template files it reads.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

// Schemas are compiled to validation code first (Ajv standalone): nothing compiles at run time.
await import('./build-schemas.mjs');

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: { cli: 'src/cli/index.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code that only some runs need (schema validators, the injection engine) goes into chunks
  // loaded on first use, so start-up reads little.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv) need a require in ESM output.
  banner: { js: "import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);" },
});
if (existsSync('src/templates')) {
  cpSync('src/templates', 'dist/templates', { recursive: true, filter: (f) => !f.endsWith('.ts') });
}
