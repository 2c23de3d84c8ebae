/**
 * The version of package.json. The bundler (scripts/build.mjs) and the test runner
 * (vitest.config.ts) define it from package.json, so nothing is read at run time and the
 * bundle does not carry the rest of package.json.
 */
declare const __KUBE_INJECT_VERSION__: string;

export const VERSION: string = __KUBE_INJECT_VERSION__;
