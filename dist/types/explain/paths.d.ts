import type { ServiceInfo } from './services.js';
import type { CaptureSummary, TrafficPath } from './types.js';
export declare function inboundPaths(c: CaptureSummary, services: readonly ServiceInfo[], namespace: string, labels: Readonly<Record<string, string>>, podSpec: Record<string, unknown>): TrafficPath[];
export declare function outboundPaths(c: CaptureSummary, services: readonly ServiceInfo[]): TrafficPath[];
