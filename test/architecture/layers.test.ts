/**
 * The house rules of src/ (issue "One house before we add floors"), checked on the source text:
 * no import goes up a floor, no import circle, only the CLI touches `process`, the tiny value
 * helpers are defined once, and messages name objects one way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `src/…` path of every file, with the `src/…` paths it imports (static, dynamic and type-only). */
const FILES: ReadonlyMap<string, readonly string[]> = new Map(
  sourceFiles(SRC).map((file) => {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
      relative('.', resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'))).split('\\').join('/'),
    );
    return [relative('.', file).split('\\').join('/'), deps] as const;
  }),
);

/** The folder of `src/` a file belongs to (`pipeline`, `index` for the files at the top). */
const floorOf = (path: string): string => path.split('/')[1]!.replace(/\.ts$/, '');

/**
 * What each folder may import (besides itself), floor by floor from the ground up:
 * model; istio, gotemplate, merge, locate, templates, schemas, read; render; inject; config and
 * lint; emit; parallel (injection on worker threads); pipeline; cli and the library entry (index).
 */
const GROUND = ['model'];
const LOW = [...GROUND, 'istio', 'gotemplate', 'merge', 'locate', 'templates', 'schemas', 'read'];
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  istio: GROUND,
  gotemplate: GROUND,
  merge: GROUND,
  locate: GROUND,
  templates: [...GROUND, 'read'],
  schemas: GROUND,
  read: GROUND,
  render: ['gotemplate', 'istio', 'model', 'read'],
  inject: ['gotemplate', 'istio', 'locate', 'merge', 'model', 'read', 'render'],
  config: [...LOW, 'inject', 'render'],
  lint: [...LOW],
  iptables: [...GROUND, 'istio'],
  explain: [...GROUND, 'istio', 'iptables', 'locate', 'lint'],
  emit: [...LOW, 'lint'],
  parallel: [...LOW, 'inject', 'config', 'emit'],
  webhook: [...GROUND, 'istio', 'inject'],
  pipeline: [...LOW, 'render', 'inject', 'config', 'lint', 'emit', 'parallel', 'iptables', 'explain'],
  index: [...LOW, 'render', 'inject', 'config', 'lint', 'emit', 'pipeline', 'webhook', 'iptables', 'explain'],
  cli: [...LOW, 'render', 'inject', 'config', 'lint', 'emit', 'pipeline', 'webhook', 'iptables', 'explain'],
};

/** Lint reads Istio's facts from src/istio/, never from the engine. */
const LINT_MAY_NOT_IMPORT = ['cli', 'config', 'inject', 'merge', 'render'];

function lines(pattern: RegExp, except: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of FILES.keys()) {
    if (except.includes(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('layers', () => {
  it('no import goes up a floor', () => {
    const up: string[] = [];
    for (const [file, deps] of FILES) {
      const from = floorOf(file);
      for (const dep of deps) {
        // The compiled schema validators (scripts/build-schemas.mjs) belong to src/schemas/.
        if (dep.startsWith('generated/') && floorOf(file) === 'schemas') continue;
        const to = floorOf(dep);
        if (to === from) continue;
        const allowed = MAY_IMPORT[from];
        if (!allowed || !allowed.includes(to) || (from === 'lint' && LINT_MAY_NOT_IMPORT.includes(to))) up.push(`${file} -> ${dep}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const dep of FILES.get(file) ?? []) {
        if (state.get(dep) === 'open') circles.push(stack.slice(stack.indexOf(dep)).sort().join(' '));
        else if (!state.has(dep) && FILES.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of FILES.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});

describe('one place for each thing', () => {
  it('only the CLI touches process', () => {
    const found = lines(/(?<![\w.-])process\./, []).filter((l) => !l.startsWith('src/cli/'));
    expect(found).toEqual([]);
  });

  it('isMap, str and friends are defined once, in src/model/values.ts', () => {
    // gotemplate keeps its own isMap: the template engine imports nothing from the project.
    const definitions = lines(
      /(?:function|const)\s+(?:isMap|isObject|isRecord|isDict|isPlainObject|asObject|asObj|asMap|str|stringMap)\b\s*[=(]/,
      ['src/model/values.ts', 'src/gotemplate/fields.ts'],
    );
    expect(definitions).toEqual([]);
  });

  it('messages name an object one way, with describeObject: Deployment "ns/web"', () => {
    expect(lines(/namespace\}\//, ['src/model/document.ts'])).toEqual([]);
  });
});
