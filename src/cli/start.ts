/**
 * The executable's first step (bin/kube-inject.js → dist/start.cjs): compile the CLI bundle
 * (dist/cjs/cli.cjs, one CommonJS file) with the code V8 compiled for it on an earlier run, run
 * it, and, when there was no usable cached code, keep what this run compiled for the next
 * (`code-cache.ts` says where and why it is safe). Without a cache the bundle runs exactly as
 * `require()` would run it.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';
import { cacheDirectory, cacheFileName, cacheGroup, openCodeCache } from './code-cache.js';

declare const __KUBE_INJECT_BUNDLE_HASH__: string;

interface CliModule {
  run(): Promise<void>;
  /** Whether the run did its command's work (see `exercised.ts`). */
  wasExercised(): boolean;
  /** Whether the run changed V8's flags (`compiler-tuning.ts`): a cache it wrote would not fit a run's start. */
  compilerTuned(): boolean;
}

/** Commands whose cache is kept only from a run that did their work (`exercised.ts`). */
const WORK_GROUPS: ReadonlySet<string> = new Set(['inject', 'lint']);

/** Only a run that ends within this long after the process started writes the cache (ms). */
export const SAVE_WITHIN_MS = 1000;

/** Runs the CLI bundle in `distDir` on this process. */
export function start(distDir: string): void {
  const file = join(distDir, 'cjs', 'cli.cjs');
  // The bundle is ASCII (esbuild escapes every other character), so latin1 reads it exactly, faster.
  const source = readFileSync(file, 'latin1');
  const st = statSync(file);
  const argv = process.argv.slice(2);
  const group = cacheGroup(argv);
  const name = cacheFileName({ buildHash: __KUBE_INJECT_BUNDLE_HASH__, size: st.size, mtimeMs: st.mtimeMs }, group, {
    version: process.version,
    arch: process.arch,
    options: [...process.execArgv, ...(process.env.NODE_OPTIONS ? [process.env.NODE_OPTIONS] : [])],
  });
  const cache = openCodeCache(cacheDirectory(process.env, process.platform), name, process.getuid?.());
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cache?.data,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cache && (cache.data === undefined || script.cachedDataRejected === true)) {
    // After the run: the code then holds every function the run compiled, not only the top level.
    process.once('exit', () => {
      // Not after a long run: V8 has by then dropped the compiled code of functions it has not
      // run for a while (those of start-up), and a cache without them makes every later short
      // run slower. A shorter run writes the file instead.
      if (performance.now() > SAVE_WITHIN_MS) return;
      if (WORK_GROUPS.has(group) && module.exports.wasExercised?.() !== true) return;
      if (module.exports.compilerTuned?.() === true) return;
      try {
        cache.save(script.createCachedData());
      } catch {
        // A cache only ever saves time: without one the next run compiles again.
      }
    });
  }
  const module = { exports: {} as CliModule };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  void module.exports.run();
}
