/**
 * `explain --format mermaid`: the paths as a Mermaid flowchart (pod, iptables chains, listeners,
 * routes, clusters, Services), which GitHub renders in Markdown. One subgraph per workload;
 * a node shared by several paths (a chain, a listener) is drawn once.
 */
import type { Hop, TrafficPath, WorkloadExplanation } from './types.js';

const SHAPE: Record<Hop['kind'] | 'pod', [string, string]> = {
  pod: ['([', '])'],
  chain: ['[/', '/]'],
  port: ['((', '))'],
  listener: ['[', ']'],
  'filter-chain': ['[', ']'],
  route: ['{{', '}}'],
  cluster: ['[(', ')]'],
  service: ['([', '])'],
  app: ['([', '])'],
};

/** Mermaid label text: quoted, with the characters that end a quoted label escaped. */
function label(text: string): string {
  return `"${text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\|/g, '#124;')}"`;
}

function hopLabel(h: Hop): string {
  if (h.kind === 'port') return `Envoy :${h.name}`;
  if (h.kind === 'filter-chain') return `filter chain: ${h.name}`;
  if (h.kind === 'chain') return `iptables ${h.name}`;
  return h.kind === 'listener' || h.kind === 'route' || h.kind === 'cluster' ? `${h.kind} ${h.name}` : h.name;
}

export function renderMermaid(workloads: readonly WorkloadExplanation[]): string {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const declared = new Set<string>();
  const edges = new Set<string>();
  const node = (key: string, kind: Hop['kind'] | 'pod', text: string, into: string[]): string => {
    let id = ids.get(key);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(key, id);
    }
    if (!declared.has(id)) {
      declared.add(id);
      const [open, close] = SHAPE[kind];
      into.push(`    ${id}${open}${label(text)}${close}`);
    }
    return id;
  };
  const services: string[] = [];
  workloads.forEach((w, i) => {
    const body: string[] = [];
    const pod = node(`pod:${w.workload}`, 'pod', `${w.workload}${w.injected ? '' : ' (not injected)'}`, body);
    const chain = (p: TrafficPath): void => {
      // Sidecar-internal hops belong to the workload; Services are shared across workloads.
      const ext = (h: Hop) => h.kind === 'service';
      let prev = p.direction === 'inbound' ? node(`svc:${p.service}`, 'service', p.service, services) : pod;
      for (const h of p.hops) {
        const id = h.kind === 'app' ? pod : ext(h) ? node(`svc:${p.service}`, 'service', p.service, services) : node(`${w.workload}:${h.kind}:${h.name}`, h.kind, hopLabel(h), body);
        const edge = `    ${prev} -->${p.captured ? '' : '|not captured|'} ${id}`;
        if (prev !== id && !edges.has(edge)) {
          edges.add(edge);
          body.push(edge);
        }
        prev = id;
      }
    };
    for (const p of [...w.inbound, ...w.outbound]) chain(p);
    lines.push(`  subgraph w${i}[${label(w.workload)}]`, ...body, '  end');
  });
  lines.push(...services.map((s) => s.replace(/^ {4}/, '  ')));
  return lines.join('\n') + '\n';
}
