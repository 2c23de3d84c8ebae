/**
 * The house rules of src/ (issue "One house before we add floors"), checked on the source text:
 * no import goes up a floor, no import circle, only the CLI touches `process`, the tiny value
 * helpers are defined once, and messages name objects one way. Known exceptions are listed by
 * file; they belong to the pipeline half of the refactor and should shrink to nothing.
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

/** What each folder may import (besides itself). Folders not listed are the pipeline half's. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  istio: ['model'],
  gotemplate: ['model'],
  merge: ['model'],
  locate: ['model'],
  templates: ['model'],
  render: ['gotemplate', 'istio', 'model', 'read'],
  inject: ['gotemplate', 'istio', 'merge', 'model', 'read', 'render'],
  config: ['gotemplate', 'inject', 'model', 'read', 'render', 'schemas', 'templates'],
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
        const to = floorOf(dep);
        if (to === from) continue;
        const allowed = MAY_IMPORT[from];
        if ((allowed && !allowed.includes(to)) || (from === 'lint' && LINT_MAY_NOT_IMPORT.includes(to))) up.push(`${file} -> ${dep}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('no import circle', () => {
    // Lazy `import()` of a command's run module, which imports the command's option type back.
    const known = ['src/cli/inject-command.ts src/cli/inject-run.ts', 'src/cli/lint-command.ts src/cli/lint-run.ts'];
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
    expect(circles.filter((c) => !known.includes(c))).toEqual([]);
  });
});

describe('one place for each thing', () => {
  it('only the CLI touches process', () => {
    // TODO(cli): goes once src/cli passes its env to loadInjectorConfig.
    const fallback = ['src/config/load-injection.ts'];
    const found = lines(/(?<![\w.-])process\./, fallback).filter((l) => !l.startsWith('src/cli/'));
    expect(found).toEqual([]);
  });

  it('isMap, str and friends are defined once, in src/model/values.ts', () => {
    // gotemplate keeps its own isMap: the template engine imports nothing from the project.
    const pipelineHalf = ['src/lint/mesh-index.ts', 'src/pipeline.ts'];
    const definitions = lines(
      /(?:function|const)\s+(?:isMap|isObject|isRecord|isDict|isPlainObject|asObject|asObj|asMap|str|stringMap)\b\s*[=(]/,
      ['src/model/values.ts', 'src/gotemplate/fields.ts', ...pipelineHalf],
    );
    expect(definitions).toEqual([]);
  });

  it('messages name an object one way, with describeObject: Deployment "ns/web"', () => {
    const pipelineHalf = ['src/lint/runner.ts'];
    expect(lines(/namespace\}\//, ['src/model/document.ts', ...pipelineHalf])).toEqual([]);
  });
});
