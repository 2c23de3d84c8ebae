/**
 * Prometheus metrics merging: the app's `prometheus.io/*` scrape annotations move into the
 * proxy's ISTIO_PROMETHEUS_ANNOTATIONS env, and the pod is pointed at the agent's merged
 * endpoint. Annotation names are compared the way Prometheus sanitises them
 * (`prometheus.io/port` = `prometheus-io/port` = `prometheus_io_port`).
 */
import { KubeInjectError } from '../../model/errors.js';
import { joinPointer } from '../../model/pointer.js';
import { goParseBool, goTrimSpace } from '../../istio/annotations/go-parse.js';
import { MERGE_METRICS_ANNOTATION, SCRAPE_TARGETS_ANNOTATION } from '../../istio/keys.js';
import { RESERVED_PORTS } from '../../istio/ports.js';
import { PROXY_ENV } from '../../istio/sidecar.js';

const SCRAPE = 'prometheus_io_scrape';
const PORT = 'prometheus_io_port';
const PATH = 'prometheus_io_path';
const TARGETS = 'prometheus_istio_io_scrape_targets';
const SECURE_PORT = 'prometheus_istio_io_secure_port';
const CLEARED = new Set([SCRAPE, PORT, PATH, TARGETS]);

/** Names sanitised so far: every pod asks again for the same few annotation names. */
const sanitized = new Map<string, string>();

export function sanitizeLabelName(name: string): string {
  let out = sanitized.get(name);
  if (out === undefined) {
    out = name.replace(/[^a-zA-Z0-9_]/g, '_');
    if (sanitized.size >= 4096) sanitized.clear();
    sanitized.set(name, out);
  }
  return out;
}

/** Go's `strconv.Atoi` (decimal, optional sign), or undefined. */
function atoi(v: string): number | undefined {
  return /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}

function findSanitized(annotations: Record<string, string>, name: string): [string, string] | undefined {
  for (const [k, v] of Object.entries(annotations)) if (sanitizeLabelName(k) === name) return [k, v];
  return undefined;
}

export function prometheusPort(annotations: Record<string, string>): string | undefined {
  return findSanitized(annotations, PORT)?.[1];
}

/** The annotations without any variant of the scrape, port, path and scrape-targets keys. */
export function clearPrometheusAnnotations(annotations: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(annotations)) if (!CLEARED.has(sanitizeLabelName(k))) out[k] = v;
  return out;
}

interface ScrapeTarget {
  port: string;
  path: string;
}

function parseTargets(raw: string): ScrapeTarget[] | undefined {
  const out: ScrapeTarget[] = [];
  for (let entry of raw.split(',')) {
    entry = goTrimSpace(entry);
    if (entry === '') continue;
    const i = entry.indexOf(':');
    const port = goTrimSpace(i < 0 ? entry : entry.slice(0, i));
    if (port === '') return undefined;
    const path = i < 0 ? '' : goTrimSpace(entry.slice(i + 1));
    out.push({ port, path: path === '' ? '/metrics' : path });
  }
  return out;
}

interface MergeResult {
  annotations: Record<string, string>;
  /** The value for ISTIO_PROMETHEUS_ANNOTATIONS, when there is something to pass on. */
  env?: string;
}

/** Istio's `applyPrometheusMerge`; undefined when nothing changes. Throws on unusable ports. */
export function prometheusMerge(
  annotations: Record<string, string>,
  enabledInMesh: boolean | undefined,
  statusPort: number,
): MergeResult | undefined {
  const scrapeAnno = findSanitized(annotations, SCRAPE);
  const scrapeBool = scrapeAnno ? goParseBool(scrapeAnno[1]) : null;
  if (scrapeBool === false) return undefined;
  const merge = annotations[MERGE_METRICS_ANNOTATION];
  const enabled = (merge !== undefined ? goParseBool(merge) : null) ?? enabledInMesh ?? true;
  if (!enabled) return undefined;
  const target = String(statusPort);
  if (prometheusPort(annotations) === target) return undefined;

  const cfg = { scrape: '', path: '', port: '' } as { scrape: string; path: string; port: string; targets?: ScrapeTarget[] };
  for (const [k, v] of Object.entries(annotations)) {
    const name = sanitizeLabelName(k);
    if (name === PORT) cfg.port = v;
    else if (name === SCRAPE) cfg.scrape = v;
    else if (name === PATH) cfg.path = v;
    else if (name === TARGETS) {
      const t = parseTargets(v);
      if (t !== undefined) cfg.targets = t.length > 0 ? t : undefined;
    }
  }
  const fail = (key: string, message: string) =>
    new KubeInjectError('annotation', message, { pointer: joinPointer('/metadata/annotations', key), at: 'value' });
  if (cfg.targets && cfg.targets.length > 0) {
    cfg.port = cfg.targets[0]!.port;
    cfg.path = cfg.targets[0]!.path;
    const key = findSanitized(annotations, TARGETS)?.[0] ?? SCRAPE_TARGETS_ANNOTATION;
    for (const t of cfg.targets) checkPort(t.port, target, 'invalid prometheus scrape targets: ', 'target port', (m) => fail(key, m));
  } else if (cfg.port !== '') {
    const key = findSanitized(annotations, PORT)?.[0] ?? 'prometheus.io/port';
    checkPort(cfg.port, target, 'invalid prometheus scrape configuration: ', 'port', (m) => fail(key, m));
  }
  const empty = cfg.scrape === '' && cfg.path === '' && cfg.port === '' && !cfg.targets;
  return {
    annotations: {
      ...clearPrometheusAnnotations(annotations),
      'prometheus.io/port': target,
      'prometheus.io/path': '/stats/prometheus',
      'prometheus.io/scrape': 'true',
    },
    ...(empty ? {} : { env: JSON.stringify(cfg) }),
  };
}

function checkPort(port: string, agentPort: string, prefix: string, what: string, fail: (m: string) => Error): void {
  const n = atoi(port);
  if (n === undefined || n < 1 || n > 65535) throw fail(`${prefix}invalid ${what} ${JSON.stringify(port)}`);
  const canon = String(n);
  if (canon === agentPort) throw fail(`${prefix}${what} ${port} conflicts with agent port`);
  const reason = RESERVED_PORTS.get(n);
  if (reason !== undefined) {
    throw fail(`${prefix}${what} ${port} is reserved for Istio (${reason}) and cannot be scraped`);
  }
}

/** `prometheus.istio.io/secure-port` from ENVOY_SECURE_MERGED_METRICS_PORT, unless set already. */
export function securePortAnnotation(annotations: Record<string, string>, proxyEnv: unknown): string | undefined {
  if (findSanitized(annotations, SECURE_PORT)) return undefined;
  if (!Array.isArray(proxyEnv)) return undefined;
  for (const e of proxyEnv as Array<Record<string, unknown>>) {
    if (e?.name === PROXY_ENV.secureMetricsPort && typeof e.value === 'string' && e.value !== '' && e.value !== '0') {
      return e.value;
    }
  }
  return undefined;
}
