/**
 * What a workload's istio-iptables configuration captures, in words a user reads: the same
 * parsed configuration `kube-inject iptables` turns into rules.
 */
import { HBONE_PORT } from '../istio/ports.js';
import { INIT_CONTAINER } from '../istio/sidecar.js';
import { separateV4V6, split, type IptablesConfig } from '../iptables/index.js';
import type { CaptureCommand } from '../iptables/from-pod.js';
import type { CaptureSummary, PortRule } from './types.js';

/** No capture at all (not injected, or interception mode NONE). */
export function noCapture(mode: string): CaptureSummary {
  return {
    appliedBy: 'none',
    mode,
    envoyInboundPort: '',
    envoyOutboundPort: '',
    inboundCaptured: 'none',
    inboundBypassed: [],
    outboundCaptured: 'none',
    outboundRangesBypassed: [],
    outboundPortsCaptured: [],
    outboundPortsBypassed: [],
    exemptUids: [],
    exemptGids: [],
    dnsCaptured: false,
    excludedInterfaces: [],
    loopback: '',
    args: [],
  };
}

export function captureSummary(cfg: IptablesConfig, command: CaptureCommand, dnsCaptured: boolean): CaptureSummary {
  const inboundBypassed: PortRule[] = [{ port: cfg.inboundTunnelPort, why: cfg.inboundTunnelPort === String(HBONE_PORT) ? 'HBONE tunnel, always' : 'tunnel port, always' }];
  if (cfg.inboundPortsInclude === '*') for (const port of split(cfg.inboundPortsExclude)) inboundBypassed.push({ port, why: 'excluded (-d)' });
  const include = cfg.outboundIPRangesInclude;
  const exclude = separateV4V6(cfg.outboundIPRangesExclude, '-x');
  const included = separateV4V6(include, '-i');
  return {
    appliedBy: command.container === INIT_CONTAINER ? 'init-container' : 'cni',
    mode: cfg.inboundInterceptionMode || 'REDIRECT',
    envoyInboundPort: cfg.inboundCapturePort,
    envoyOutboundPort: cfg.proxyPort,
    inboundCaptured: cfg.inboundPortsInclude === '*' ? 'all' : cfg.inboundPortsInclude === '' ? 'none' : split(cfg.inboundPortsInclude),
    inboundBypassed,
    outboundCaptured: include === '*' ? 'all' : include === '' ? 'none' : [...included.v4.cidrs, ...included.v6.cidrs],
    outboundRangesBypassed: [...exclude.v4.cidrs, ...exclude.v6.cidrs],
    outboundPortsCaptured: split(cfg.outboundPortsInclude),
    outboundPortsBypassed: split(cfg.outboundPortsExclude),
    exemptUids: split(cfg.proxyUID),
    exemptGids: split(cfg.proxyGID),
    dnsCaptured,
    excludedInterfaces: split(cfg.excludeInterfaces),
    loopback: cfg.hostIPv4LoopbackCidr,
    args: command.args,
  };
}

/** Whether inbound traffic to `port` goes to Envoy, and why not. */
export function inboundCaptured(c: CaptureSummary, port: number): { captured: boolean; note?: string } {
  const p = String(port);
  const bypass = c.inboundBypassed.find((b) => b.port === p);
  if (c.inboundCaptured === 'none') return { captured: false, note: 'inbound capture is off (-b is empty)' };
  if (bypass) return { captured: false, note: `port ${p} bypasses Envoy: ${bypass.why}` };
  if (c.inboundCaptured === 'all' || c.inboundCaptured.includes(p)) return { captured: true };
  return { captured: false, note: `port ${p} is not among the captured inbound ports (-b ${c.inboundCaptured.join(',')})` };
}

/** Whether outbound traffic to a Service port goes to Envoy (its cluster IP is not known offline). */
export function outboundCaptured(c: CaptureSummary, port: number): { captured: boolean; note?: string } {
  const p = String(port);
  if (c.outboundPortsBypassed.includes(p)) return { captured: false, note: `port ${p} bypasses Envoy: excluded (-o)` };
  if (c.outboundPortsCaptured.includes(p)) return { captured: true };
  if (c.outboundCaptured === 'none') return { captured: false, note: 'outbound capture is off (-i is empty)' };
  if (c.outboundCaptured === 'all') {
    return c.outboundRangesBypassed.length > 0 ? { captured: true, note: `unless the Service's cluster IP is in ${c.outboundRangesBypassed.join(', ')} (-x)` } : { captured: true };
  }
  return { captured: true, note: `only if the Service's cluster IP is in ${c.outboundCaptured.join(', ')} (-i)` };
}
