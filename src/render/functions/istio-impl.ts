/** Implementations of Istio's injection functions (pkg/kube/inject/template.go) for JSON data. */
import { formatValue } from '../../gotemplate/index.js';
import { goTrimSpace } from '../../istio/annotations/go-parse.js';
import { isMap, setOwn, type JsonMap } from '../../model/values.js';
import { stringArg, strMap } from './convert.js';

const GO_TRIM = /^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/g;

export function excludeInboundPort(port: unknown, excluded: unknown): string {
  const portStr = formatValue(port === undefined ? null : port).replace(GO_TRIM, '');
  const ex = stringArg(excluded);
  if (portStr.length === 0 || portStr === '0') return ex;
  const out: string[] = [];
  for (const p of ex.split(',')) {
    if (p === portStr) return ex;
    const t = p.replace(GO_TRIM, '');
    if (t.length > 0) out.push(t);
  }
  out.push(portStr);
  return out.join(',');
}

export function containerPorts(containers: unknown, include: (c: JsonMap) => boolean): string {
  const parts: string[] = [];
  for (const c of Array.isArray(containers) ? containers : []) {
    if (!isMap(c) || !include(c)) continue;
    for (const p of Array.isArray(c['ports']) ? c['ports'] : []) {
      if (!isMap(p)) continue;
      if (p['protocol'] === 'UDP' || p['protocol'] === 'SCTP') continue;
      parts.push(formatValue(p['containerPort'] ?? 0n));
    }
  }
  return parts.join(',');
}

export function appendMultusNetwork(existing: unknown, network: unknown): string {
  const ex = stringArg(existing);
  const net = stringArg(network);
  if (ex === '') return net;
  const i = ex.lastIndexOf(']');
  if (i !== -1) {
    let networks: unknown;
    try {
      networks = JSON.parse(ex);
    } catch {
      return ex;
    }
    if (!Array.isArray(networks)) return ex;
    const slash = net.indexOf('/');
    const ns = slash >= 0 ? net.slice(0, slash) : '';
    const name = slash >= 0 ? net.slice(slash + 1) : net;
    for (const n of networks) {
      if (isMap(n) && n['name'] === name && (n['namespace'] ?? '') === ns) return ex;
    }
    const add = ns === '' ? `, {"name": "${name}"}` : `, {"name": "${name}", "namespace": "${ns}"}`;
    return ex.slice(0, i) + add + ex.slice(i);
  }
  for (const n of ex.split(',')) if (goTrimSpace(n) === net) return ex;
  return ex + ', ' + net;
}

export function mergeMaps(...maps: unknown[]): Record<string, string> | null {
  if (maps.length === 0) return null;
  const out: Record<string, string> = {};
  for (const m of maps.map(strMap)) for (const [k, v] of Object.entries(m)) setOwn(out, k, v);
  return out;
}

/** Recursively drop nils from maps and lists; a collection left empty becomes nil. */
export function omitNil(v: unknown): unknown {
  return omitNilInner(v)[0];
}

function omitNilInner(v: unknown): [unknown, boolean] {
  if (v === null || v === undefined) return [null, true];
  if (Array.isArray(v)) {
    if (!v.some((x) => omitNilInner(x)[1])) return [v, false];
    const out = v.map(omitNil).filter((x) => x !== null);
    return [out.length === 0 ? null : out, true];
  }
  if (isMap(v)) {
    if (!Object.values(v).some((x) => omitNilInner(x)[1])) return [v, false];
    const out: JsonMap = {};
    for (const [k, x] of Object.entries(v)) {
      const f = omitNil(x);
      if (f !== null) setOwn(out, k, f);
    }
    return [Object.keys(out).length === 0 ? null : out, true];
  }
  return [v, false];
}

/** Go's time.Duration.String() of a proto-JSON duration ("1.5s") or seconds number. */
export function formatDuration(d: unknown): string {
  let nanos: bigint;
  if (typeof d === 'string' && /^-?\d+(\.\d{1,9})?s$/.test(d)) {
    const neg = d.startsWith('-');
    const [w, f = ''] = d.replace(/^-/, '').slice(0, -1).split('.');
    nanos = BigInt(w!) * 1_000_000_000n + BigInt(f.padEnd(9, '0'));
    if (neg) nanos = -nanos;
  } else if (typeof d === 'number' || typeof d === 'bigint') {
    nanos = BigInt(Math.round(Number(d) * 1e9));
  } else if (isMap(d)) {
    nanos = BigInt(Number(d['seconds'] ?? 0)) * 1_000_000_000n + BigInt(Number(d['nanos'] ?? 0));
  } else nanos = 0n;
  return goDurationString(nanos);
}

function goDurationString(n: bigint): string {
  if (n === 0n) return '0s';
  const neg = n < 0n;
  let u = neg ? -n : n;
  let out: string;
  const frac = (v: bigint, digits: number): string => {
    const s = v.toString().padStart(digits, '0').replace(/0+$/, '');
    return s === '' ? '' : '.' + s;
  };
  if (u < 1_000_000_000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1_000_000n) out = `${u / 1000n}${frac(u % 1000n, 3)}µs`;
    else out = `${u / 1_000_000n}${frac(u % 1_000_000n, 6)}ms`;
  } else {
    const secs = u / 1_000_000_000n;
    const fs = frac(u % 1_000_000_000n, 9);
    u = secs;
    const h = u / 3600n;
    const m = (u % 3600n) / 60n;
    const s = u % 60n;
    out = h > 0n ? `${h}h${m}m${s}${fs}s` : m > 0n ? `${m}m${s}${fs}s` : `${s}${fs}s`;
  }
  return neg ? '-' + out : out;
}

function imageTagDigest(image: string): [string, string] {
  let digest = '';
  let img = image;
  const at = img.indexOf('@');
  if (at >= 0) {
    digest = img.slice(at + 1);
    img = img.slice(0, at);
  }
  const slash = img.lastIndexOf('/');
  const colon = img.lastIndexOf(':');
  return [colon > slash ? img.slice(colon + 1) : '', digest];
}

export function otelResourceAttributes(mc: unknown, annotations: unknown, labels: unknown, namespace: unknown, containers: unknown): string {
  const providers = isMap(mc) && Array.isArray(mc['extensionProviders']) ? mc['extensionProviders'] : [];
  const enabled = providers.some(
    (p) => isMap(p) && isMap(p['opentelemetry']) && p['opentelemetry']['serviceAttributeEnrichment'] === 'OTEL_SEMANTIC_CONVENTIONS',
  );
  if (!enabled) return '';
  const ann = strMap(annotations);
  const lab = strMap(labels);
  const ns = stringArg(namespace);
  const cs = Array.isArray(containers) ? containers.filter(isMap) : [];
  const attrs: string[] = [];
  const a = (k: string): string => ann[`resource.opentelemetry.io/${k}`] ?? '';
  if (a('service.namespace')) attrs.push('service.namespace=' + a('service.namespace'));
  else if (ns !== '') attrs.push('service.namespace=' + ns);
  if (a('service.version')) attrs.push('service.version=' + a('service.version'));
  else if (lab['app.kubernetes.io/version']) attrs.push('service.version=' + lab['app.kubernetes.io/version']);
  else if (cs.length === 1) {
    const [tag, digest] = imageTagDigest(typeof cs[0]!['image'] === 'string' ? cs[0]!['image'] : '');
    if (tag && digest) attrs.push(`service.version=${tag}@${digest}`);
    else if (digest) attrs.push('service.version=' + digest);
    else if (tag) attrs.push('service.version=' + tag);
  }
  if (a('service.instance.id')) attrs.push('service.instance.id=' + a('service.instance.id'));
  else if (cs.length > 0) attrs.push(`service.instance.id=${ns}.$(POD_NAME).${typeof cs[0]!['name'] === 'string' ? cs[0]!['name'] : ''}`);
  return attrs.join(',');
}

