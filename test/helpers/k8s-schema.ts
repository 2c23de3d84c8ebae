/**
 * Validates manifests against the Kubernetes OpenAPI schemas, through `kubernetes-models`
 * (one model class per apiVersion/kind; `new Model(obj).validate()` throws on invalid).
 *
 * - Every kind `kubernetes-models` knows is validated (all groups and versions it ships).
 * - `v1 List` has no model: its `items` must be an array and every item is validated.
 * - Kinds it does not know (OpenShift, Istio CRDs) are NOT validated only if listed in
 *   `UNVALIDATED_KINDS` below; any other unknown kind is a failure ("no schema"), so a typo in
 *   a kind or apiVersion written by the tool cannot pass silently.
 * - `null` values are removed before validating: the API server decodes a JSON `null` as "not
 *   set" (Go writes `creationTimestamp: null` in every golden), so they are not schema errors.
 */
import * as models from 'kubernetes-models';
import { parseManifests } from './normalize.js';

interface ModelClass {
  new (data: Record<string, unknown>): { validate(): void };
  readonly apiVersion: string;
  readonly kind: string;
}

/** Kinds whose documents are checked only for `apiVersion`/`kind`/`metadata` shape, with why. */
export const UNVALIDATED_KINDS: ReadonlyArray<{ readonly apiVersion: string; readonly kind: string; readonly why: string }> = [
  { apiVersion: 'apps.openshift.io/v1', kind: 'DeploymentConfig', why: 'OpenShift API; kubernetes-models has no schema for it' },
  { apiVersion: 'v1', kind: 'DeploymentConfig', why: 'legacy group-less OpenShift API (oapi/v1); no schema' },
  { apiVersion: 'install.istio.io/v1alpha1', kind: 'IstioOperator', why: 'Istio CRD; no schema in kubernetes-models' },
];

function isModelClass(v: unknown): v is ModelClass {
  return (
    typeof v === 'function' &&
    typeof (v as { apiVersion?: unknown }).apiVersion === 'string' &&
    typeof (v as { kind?: unknown }).kind === 'string' &&
    typeof (v as { prototype?: { validate?: unknown } }).prototype?.validate === 'function'
  );
}

let registry: Map<string, ModelClass> | null = null;

/** `apiVersion kind` → model class, built by walking every group the package exports. */
export function modelRegistry(): ReadonlyMap<string, ModelClass> {
  if (registry) return registry;
  const found = new Map<string, ModelClass>();
  const seen = new Set<unknown>();
  const visit = (ns: unknown, depth: number): void => {
    if (ns === null || typeof ns !== 'object' || seen.has(ns) || depth > 4) return;
    seen.add(ns);
    for (const value of Object.values(ns as Record<string, unknown>)) {
      if (isModelClass(value)) found.set(`${value.apiVersion} ${value.kind}`, value);
      else visit(value, depth + 1);
    }
  };
  visit(models, 0);
  registry = found;
  return found;
}

export interface ValidationReport {
  /** Documents (and List items) validated against a schema. */
  readonly validated: number;
  /** Objects not validated because their kind is in `UNVALIDATED_KINDS`, as `apiVersion kind "name"`. */
  readonly unvalidated: string[];
  /** Empty documents seen (not manifests; nothing to validate). */
  readonly empty: number;
  /** Every problem found; empty when all is valid. */
  readonly problems: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(v)) if (child !== null && child !== undefined) out[k] = withoutNulls(child);
  return out;
}

function describe(obj: Record<string, unknown>): string {
  const meta = isPlainObject(obj['metadata']) ? obj['metadata'] : {};
  const ns = typeof meta['namespace'] === 'string' ? `${meta['namespace']}/` : '';
  const name = typeof meta['name'] === 'string' ? meta['name'] : '<unnamed>';
  return `${String(obj['apiVersion'])} ${String(obj['kind'])} "${ns}${name}"`;
}

/** Validates one object (a document or a List item); problems are pushed with `where`. */
export function validateObject(value: unknown, where: string, report: { validated: number; unvalidated: string[]; problems: string[] }): void {
  if (!isPlainObject(value)) {
    report.problems.push(`${where}: not a mapping (a manifest must be an object with apiVersion and kind), got ${JSON.stringify(value)?.slice(0, 80)}`);
    return;
  }
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || apiVersion === '' || typeof kind !== 'string' || kind === '') {
    report.problems.push(`${where}: apiVersion and kind must be non-empty strings (apiVersion=${JSON.stringify(apiVersion)}, kind=${JSON.stringify(kind)})`);
    return;
  }
  if (value['metadata'] !== undefined && value['metadata'] !== null && !isPlainObject(value['metadata'])) {
    report.problems.push(`${where} (${describe(value)}): metadata must be a mapping`);
    return;
  }
  const label = `${where} (${describe(value)})`;
  if (apiVersion === 'v1' && kind === 'List') {
    const items = value['items'];
    if (!Array.isArray(items)) {
      report.problems.push(`${label}: a List must have an items array`);
      return;
    }
    items.forEach((item, i) => validateObject(item, `${where} items[${i}]`, report));
    return;
  }
  if (UNVALIDATED_KINDS.some((u) => u.apiVersion === apiVersion && u.kind === kind)) {
    report.unvalidated.push(describe(value));
    return;
  }
  const Model = modelRegistry().get(`${apiVersion} ${kind}`);
  if (!Model) {
    report.problems.push(`${label}: no schema for apiVersion "${apiVersion}" kind "${kind}" (not in kubernetes-models and not listed in UNVALIDATED_KINDS)`);
    return;
  }
  try {
    new Model(withoutNulls(value) as Record<string, unknown>).validate();
    report.validated++;
  } catch (e) {
    report.problems.push(`${label}: ${(e as Error).message}`);
  }
}

/** Validates every document of a YAML stream. Throws nothing; see `assertValidManifests`. */
export function validateManifests(yamlText: string, source = '<output>'): ValidationReport {
  const report = { validated: 0, unvalidated: [] as string[], empty: 0, problems: [] as string[] };
  let docs: unknown[];
  try {
    docs = parseManifests(yamlText, source);
  } catch (e) {
    report.problems.push(`${source}: not valid YAML: ${(e as Error).message}`);
    return report;
  }
  docs.forEach((doc, i) => {
    if (doc === null || doc === undefined) {
      report.empty++;
      return;
    }
    validateObject(doc, `${source} document ${i}`, report);
  });
  return report;
}

/**
 * Throws an Error listing every invalid document of the stream; returns the report when all
 * documents are valid (or not validatable by the table above).
 */
export function assertValidManifests(yamlText: string, source = '<output>'): ValidationReport {
  const report = validateManifests(yamlText, source);
  if (report.problems.length > 0) {
    throw new Error(`${report.problems.length} invalid manifest(s) in ${source}:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return report;
}
