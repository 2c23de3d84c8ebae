/** `explain --format text`: a short account per workload, then its paths through Envoy. */
import { INIT_CONTAINER, VALIDATION_CONTAINER } from '../istio/sidecar.js';
import type { CaptureSummary, Hop, TrafficPath, WorkloadExplanation } from './types.js';

const list = (xs: readonly string[]) => xs.join(', ');

function inboundLine(c: CaptureSummary): string {
  const bypass = c.inboundBypassed.map((b) => `${b.port} (${b.why})`);
  if (c.inboundCaptured === 'none') return 'nothing is captured (-b is empty): inbound traffic reaches the app directly';
  const what = c.inboundCaptured === 'all' ? 'every TCP port' : `TCP ports ${list(c.inboundCaptured)}`;
  return `${what} → Envoy on ${c.envoyInboundPort}${bypass.length > 0 ? `; bypassing Envoy: ${list(bypass)}` : ''}`;
}

function outboundLine(c: CaptureSummary): string {
  const parts: string[] = [];
  if (c.outboundCaptured === 'all') parts.push(`every IP range → Envoy on ${c.envoyOutboundPort}`);
  else if (c.outboundCaptured === 'none') parts.push('no IP range (-i is empty)');
  else parts.push(`IP ranges ${list(c.outboundCaptured)} → Envoy on ${c.envoyOutboundPort}`);
  if (c.outboundPortsCaptured.length > 0) parts.push(`and TCP ports ${list(c.outboundPortsCaptured)} to any address`);
  const bypass = [...c.outboundRangesBypassed.map((r) => `range ${r} (-x)`), ...c.outboundPortsBypassed.map((p) => `port ${p} (-o)`), `loopback (${c.loopback})`];
  return `${parts.join(' ')}; bypassing Envoy: ${list(bypass)}`;
}

function hopText(h: Hop): string {
  if (h.kind === 'port') return `:${h.name}`;
  if (h.kind === 'chain' || h.kind === 'app' || h.kind === 'service') return h.name;
  return `${h.kind === 'filter-chain' ? 'filter chain' : h.kind} ${h.name}`;
}

function pathLines(p: TrafficPath): string[] {
  const head = `    ${p.direction.padEnd(8)} ${p.via} [${p.protocol}]${p.captured ? '' : ' — not captured'}${p.note ? ` (${p.note})` : ''}`;
  return [head, `      ${p.hops.map(hopText).join(' → ')}`];
}

/** One block per workload, separated by a blank line. */
export function renderText(workloads: readonly WorkloadExplanation[]): string {
  return workloads.map((w) => block(w).join('\n') + '\n').join('\n');
}

function block(w: WorkloadExplanation): string[] {
  const out: string[] = [];
  {
    const c = w.capture;
    if (!w.injected) {
      out.push(`${w.workload}: not injected (${w.reason ?? ''}): no sidecar, no traffic capture`);
      return out;
    }
    const by = c.appliedBy === 'init-container' ? INIT_CONTAINER : c.appliedBy === 'cni' ? `the Istio CNI plugin (${VALIDATION_CONTAINER} checks)` : 'nothing';
    out.push(`${w.workload}: injected; traffic capture by ${by}, interception mode ${c.mode}`);
    if (c.appliedBy === 'none') {
      out.push('  Capture:  none (no istio-init container): traffic reaches the app directly');
    } else {
      out.push(`  Inbound:  ${inboundLine(c)}`);
      out.push(`  Outbound: ${outboundLine(c)}`);
      out.push(`  Exempt:   traffic of UID ${list(c.exemptUids)} and GID ${list(c.exemptGids)} (the proxy's own) is never captured`);
      out.push(`  DNS:      ${c.dnsCaptured ? 'port 53 to the pod\'s name servers → istio-agent\'s DNS proxy' : 'not captured'}`);
      if (c.excludedInterfaces.length > 0) out.push(`  Interfaces not captured: ${list(c.excludedInterfaces)}`);
    }
    if (w.probes.length === 0) out.push('  Probes:   none rewritten');
    for (const p of w.probes) out.push(`  Probe:    ${p.container} ${p.probe}: the kubelet calls ${p.now}; pilot-agent calls ${p.forwardsTo}`);
    if (w.findings.length === 0) out.push('  Lint:     no problems found');
    for (const f of w.findings) out.push(`  Lint:     line ${f.line} ${f.severity} ${f.rule}: ${f.message}`);
    const paths = [...w.inbound, ...w.outbound];
    if (paths.length > 0) out.push('  Paths:');
    if (w.inbound.length === 0) out.push('    inbound  no Service of the input selects this workload');
    for (const p of paths) out.push(...pathLines(p));
  }
  return out;
}
