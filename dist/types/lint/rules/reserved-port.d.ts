import type { Rule } from '../types.js';
/** Ports the sidecar and its agent listen on (istio.io "Ports used by Istio"). */
export declare const RESERVED_PORTS: ReadonlyMap<number, string>;
export declare const reservedPort: Rule;
