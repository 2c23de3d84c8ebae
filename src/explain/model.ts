/**
 * One workload's traffic, explained from what the injector made of it: its istio-init command
 * (parsed by the same code as `kube-inject iptables`), its rewritten probes, the lint findings
 * about it, and the paths through Envoy for the Services of the input.
 */
import { parseIptablesArgs } from '../iptables/index.js';
import { captureCommand } from '../iptables/from-pod.js';
import type { Finding } from '../lint/types.js';
import { labelMap } from '../lint/selector.js';
import { asMap } from '../model/values.js';
import { captureSummary, noCapture } from './capture.js';
import { inboundPaths, outboundPaths } from './paths.js';
import { probeRewrites } from './probes.js';
import type { ServiceInfo } from './services.js';
import type { CaptureSummary, TrafficPath, WorkloadExplanation } from './types.js';

export interface ExplainInput {
  readonly label: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly outcome: 'injected' | 'skipped';
  readonly reason?: string;
  /** The pod template as injection leaves it. */
  readonly podTemplate: unknown;
  /** Every Service of the input. */
  readonly services: readonly ServiceInfo[];
  /** The lint findings about this workload. */
  readonly findings: readonly Finding[];
  /**
   * Outbound paths depend only on the capture and the Services, so workloads that capture alike
   * share them (pass one map for the whole input; the output grows with workloads × Service ports).
   */
  readonly outboundCache?: Map<string, readonly TrafficPath[]>;
}

export function explainWorkload(w: ExplainInput): WorkloadExplanation {
  const meta = asMap(asMap(w.podTemplate).metadata);
  const spec = asMap(asMap(w.podTemplate).spec);
  const command = w.outcome === 'injected' ? captureCommand(w.podTemplate) : undefined;
  let capture = noCapture(w.outcome === 'injected' ? 'NONE' : 'not injected');
  if (command) {
    // The pod's name servers are unknown offline; in the pod, --redirect-dns captures DNS to them.
    const cfg = parseIptablesArgs(command.args, command.env);
    capture = captureSummary(cfg, command, cfg.redirectDNS);
  }
  return {
    workload: w.label,
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    injected: w.outcome === 'injected',
    ...(w.reason ? { reason: w.reason } : {}),
    capture,
    probes: probeRewrites(spec),
    findings: w.findings.map((f) => ({ severity: f.severity, rule: f.ruleId, message: f.message, line: f.line })),
    inbound: inboundPaths(capture, w.services, w.namespace, labelMap(meta.labels), spec),
    outbound: cachedOutbound(capture, w),
  };
}

function cachedOutbound(capture: CaptureSummary, w: ExplainInput): readonly TrafficPath[] {
  if (!w.outboundCache) return outboundPaths(capture, w.services);
  const key = JSON.stringify(capture);
  let paths = w.outboundCache.get(key);
  if (!paths) w.outboundCache.set(key, (paths = outboundPaths(capture, w.services)));
  return paths;
}
