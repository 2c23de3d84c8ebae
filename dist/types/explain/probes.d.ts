import type { ProbeRewrite } from './types.js';
export declare function probeRewrites(podSpec: unknown): ProbeRewrite[];
