import { type IptablesConfig } from '../iptables/index.js';
import type { CaptureCommand } from '../iptables/from-pod.js';
import type { CaptureSummary } from './types.js';
/** No capture at all (not injected, or interception mode NONE). */
export declare function noCapture(mode: string): CaptureSummary;
export declare function captureSummary(cfg: IptablesConfig, command: CaptureCommand, dnsCaptured: boolean): CaptureSummary;
/** Whether inbound traffic to `port` goes to Envoy, and why not. */
export declare function inboundCaptured(c: CaptureSummary, port: number): {
    captured: boolean;
    note?: string;
};
/** Whether outbound traffic to a Service port goes to Envoy (its cluster IP is not known offline). */
export declare function outboundCaptured(c: CaptureSummary, port: number): {
    captured: boolean;
    note?: string;
};
