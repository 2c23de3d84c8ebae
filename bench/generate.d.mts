// Types of bench/generate.mjs, for the tests that use its deterministic streams.
/** A stream of `apps` applications (Deployment or another workload, Service, ServiceAccount each). */
export function generateStream(apps: number): string;
/** One Deployment and its Service. */
export function generateOne(): string;
