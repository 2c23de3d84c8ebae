/**
 * The comparison rules for Istio's goldens (test/data/istio/README.md): two outputs
 * are the same when, document by document and in order, they are deep-equal after
 *   1. key order of mappings is ignored (vitest's `toEqual` does that; sequences keep order);
 *   2. keys whose value is `null` or `{}` are dropped (bottom-up, so `{a: {b: null}}` → `{}`);
 *   3. resource quantities compare by value (`"2"` = `2000m`, `1Gi` = `1024Mi`);
 *   4. the `sidecar.istio.io/status` annotation and the env values holding JSON (`PROXY_CONFIG`,
 *      `ISTIO_META_POD_PORTS`, `ISTIO_KUBE_APP_PROBERS`, `ISTIO_PROMETHEUS_ANNOTATIONS`) compare
 *      as parsed JSON;
 *   5. (goldens only) a CronJob's pod labels/annotations that Istio wrote to
 *      `spec.jobTemplate.metadata` are moved to `spec.jobTemplate.spec.template.metadata`.
 * Nothing else is forgiven: a different string, number, boolean, list order or an extra or
 * missing non-empty key stays a difference.
 */
import { Schema, YAML11_SCHEMA, loadAll } from 'js-yaml';
import { parseQuantity } from '../../src/model/quantity.js';

/**
 * How Kubernetes reads YAML (go-yaml v2 under sigs.k8s.io/yaml): YAML 1.1 scalars (`0755` is
 * octal, `on` is a boolean), timestamps kept as strings. Defined here, independently of the
 * project's reader, so the judge does not share the code it judges.
 */
export const K8S_YAML_SCHEMA = new Schema(YAML11_SCHEMA.tags.filter((t) => t.tagName !== 'tag:yaml.org,2002:timestamp'));

/** Every document of a stream, empty ones as `null`, read as Kubernetes reads them. */
export function parseManifests(text: string, filename = '<text>'): unknown[] {
  return loadAll(text, { schema: K8S_YAML_SCHEMA, filename });
}

/** The documents that have content (a `null` document is an empty or comment-only one). */
export function contentDocuments(docs: readonly unknown[]): unknown[] {
  return docs.filter((d) => d !== null && d !== undefined);
}

/** Env vars whose value is JSON text. */
export const JSON_ENV_VARS: ReadonlySet<string> = new Set(['PROXY_CONFIG', 'ISTIO_META_POD_PORTS', 'ISTIO_KUBE_APP_PROBERS', 'ISTIO_PROMETHEUS_ANNOTATIONS']);
/** Annotations whose value is JSON text. */
export const JSON_ANNOTATIONS: ReadonlySet<string> = new Set(['sidecar.istio.io/status']);

/** A JSON value that did not parse keeps its text, marked, so it still compares (and shows). */
export interface UnparsedJson {
  readonly unparsedJson: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmptyObject(v: unknown): boolean {
  return isPlainObject(v) && Object.keys(v).length === 0;
}

/**
 * A quantity in one canonical spelling: its exact value in decimal (`"2000m"` → `"2"`,
 * `"1Gi"` → `"1073741824"`, `"100m"` → `"0.1"`). A value that is not a quantity is kept as is,
 * so it still differs from anything but itself.
 */
export function canonicalQuantity(v: unknown): unknown {
  if (typeof v !== 'string' && typeof v !== 'number') return v;
  const q = parseQuantity(v);
  if (q === null) return v;
  const neg = q.nanos < 0n;
  const abs = neg ? -q.nanos : q.nanos;
  const whole = abs / 1_000_000_000n;
  const frac = (abs % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `quantity(${neg ? '-' : ''}${whole}${frac ? '.' + frac : ''})`;
}

/** Fields that hold one quantity. */
const QUANTITY_FIELDS = new Set(['sizeLimit', 'divisor']);
/** Fields that hold a map of resource name → quantity. */
const QUANTITY_MAPS = new Set(['limits', 'requests', 'overhead', 'hard', 'used', 'capacity', 'allocatable']);

/** `resources.limits`/`resources.requests` (containers, pods, PVCs), and the other resource-name → quantity maps. */
function isQuantityMap(key: string | undefined, parent: string | undefined): boolean {
  if (key === undefined || !QUANTITY_MAPS.has(key)) return false;
  return key === 'limits' || key === 'requests' ? parent === 'resources' : true;
}

function parseJsonValue(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return { unparsedJson: text } satisfies UnparsedJson;
  }
}

/**
 * Rules 1–4 on one document (rule 1 is `toEqual`'s). Returns a new value; the input is not
 * touched. `path` is the chain of mapping keys from the root (sequence steps are `[]`).
 */
export function normalizeManifest(doc: unknown): unknown {
  return walk(doc, []);
}

function walk(v: unknown, path: readonly string[]): unknown {
  if (Array.isArray(v)) {
    const parentKey = path[path.length - 1];
    return v.map((item) => {
      const n = walk(item, [...path, '[]']);
      if (parentKey === 'env' && isPlainObject(n) && typeof n['name'] === 'string' && JSON_ENV_VARS.has(n['name']) && 'value' in n) {
        return { ...n, value: parseJsonValue(n['value']) };
      }
      return n;
    });
  }
  if (!isPlainObject(v)) return v;
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(v)) {
    let n: unknown;
    if (QUANTITY_FIELDS.has(k)) n = canonicalQuantity(child);
    else if (isQuantityMap(key, parent)) n = canonicalQuantity(child);
    else if (key === 'annotations' && parent === 'metadata' && JSON_ANNOTATIONS.has(k)) n = parseJsonValue(child);
    else n = walk(child, [...path, k]);
    if (n === null || n === undefined || isEmptyObject(n)) continue;
    out[k] = n;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 5: Istio's CronJob defect, undone in the golden.

function getObj(v: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let cur: unknown = v;
  for (const k of keys) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[k];
  }
  return isPlainObject(cur) ? cur : undefined;
}

/**
 * Istio (kube-inject) treats a CronJob's `spec.jobTemplate.metadata` as the pod's metadata, so
 * the labels and annotations it adds land there, where the pod never sees them. Moves them to
 * `spec.jobTemplate.spec.template.metadata`, where kube-inject writes them. Labels/annotations
 * that the input itself had at `spec.jobTemplate.metadata` (same key, same value) belong to the
 * Job and stay. Applies to CronJobs at the top level and inside a `List`. Returns a new value.
 */
export function fixIstioCronJob(golden: unknown, input?: unknown): unknown {
  if (!isPlainObject(golden)) return golden;
  if (golden['kind'] === 'List' && Array.isArray(golden['items'])) {
    const inItems = isPlainObject(input) && Array.isArray(input['items']) ? (input['items'] as unknown[]) : [];
    return { ...golden, items: (golden['items'] as unknown[]).map((item, i) => fixIstioCronJob(item, inItems[i])) };
  }
  if (golden['kind'] !== 'CronJob') return golden;
  const copy = structuredClone(golden) as Record<string, unknown>;
  const jobMeta = getObj(copy, 'spec', 'jobTemplate', 'metadata');
  if (!jobMeta) return copy;
  const jobSpec = getObj(copy, 'spec', 'jobTemplate', 'spec');
  if (!jobSpec) return copy;
  const template = (isPlainObject(jobSpec['template']) ? jobSpec['template'] : (jobSpec['template'] = {})) as Record<string, unknown>;
  const podMeta = (isPlainObject(template['metadata']) ? template['metadata'] : (template['metadata'] = {})) as Record<string, unknown>;
  const inputJobMeta = getObj(input, 'spec', 'jobTemplate', 'metadata');
  for (const field of ['labels', 'annotations'] as const) {
    const from = jobMeta[field];
    if (!isPlainObject(from)) continue;
    const keep = getObj(inputJobMeta, field) ?? {};
    const to = (isPlainObject(podMeta[field]) ? podMeta[field] : (podMeta[field] = {})) as Record<string, unknown>;
    for (const [k, val] of Object.entries(from)) {
      if (Object.hasOwn(keep, k) && keep[k] === val) continue;
      to[k] = val;
      delete from[k];
    }
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------

export interface NormalizeStreamOptions {
  /** The text is an Istio golden: apply rule 5 (with the input's documents, when known). */
  readonly golden?: boolean;
  /** The input stream's content documents, aligned with the golden's, for rule 5. */
  readonly inputDocs?: readonly unknown[];
  readonly filename?: string;
}

/** Parses a stream and normalises its content documents (empty documents are left out). */
export function normalizeStream(text: string, options: NormalizeStreamOptions = {}): unknown[] {
  const docs = contentDocuments(parseManifests(text, options.filename));
  return docs.map((d, i) => normalizeManifest(options.golden ? fixIstioCronJob(d, options.inputDocs?.[i]) : d));
}
