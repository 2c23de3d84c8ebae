/**
 * Uninjecting one pod template: the inverse of the engine, found with the engine.
 *
 * 1. `stripInjection` removes what `sidecar.istio.io/status` records (containers, init
 *    containers, volumes, image pull secrets), restores the probes from `ISTIO_KUBE_APP_PROBERS`
 *    and the app's Prometheus annotations from `ISTIO_PROMETHEUS_ANNOTATIONS`.
 * 2. The labels and annotations injection added are not recorded anywhere, so each one left is
 *    put to the engine: a key is injection's when injecting the pod without it writes it back with
 *    the same value. The user's own keys (an `app` label, a `canonical-name` of their own that
 *    differs from the one injection derives) are kept. No list of keys is restated here: what
 *    the templates write, under the configuration in use, decides.
 *
 * What cannot be undone exactly is named (`UninjectNote`): a key injection writes whatever the
 * pod had (`istio.io/rev`), whose earlier value, if any, is lost; a probe port Istio recorded
 * as a number where the container names that port.
 */
import { STATUS_ANNOTATION } from '../../istio/keys.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { KubeInjectError } from '../../model/errors.js';
import { containersOf, type Container } from '../../model/pod.js';
import { asMap, isMap, stringMap, type JsonMap } from '../../model/values.js';
import { proberUrls } from '../probes/types.js';
import { annotationsFromProxyEnv, stripInjection } from '../status/strip.js';
import type { PodInjectionRequest, PodInjectionResult } from '../types.js';

/** What uninjection could not restore exactly, by name (documented in the README). */
export type UninjectNoteCode = 'overwritten-by-injection' | 'probe-port-number' | 'zero-fields-dropped';

export interface UninjectNote {
  readonly code: UninjectNoteCode;
  /** `label`/`annotation` and its key, or `container/probe` for a probe port. */
  readonly subject: string;
  readonly message: string;
}

/** What uninjection changed in a pod, and what it has to say about it. */
export interface UninjectChanges {
  /** Labels and annotations removed as injection's own, sorted. */
  readonly removedLabels: readonly string[];
  readonly removedAnnotations: readonly string[];
  /** Pod spec fields (`securityContext.sysctls`) removed as injection's own. */
  readonly removedSpec: readonly string[];
  /** Labels and annotations given back the value the pod had before injection changed it. */
  readonly restoredLabels: readonly string[];
  readonly restoredAnnotations: readonly string[];
  readonly notes: readonly UninjectNote[];
}

export type PodUninjectionResult =
  | { readonly outcome: 'unchanged' }
  | (UninjectChanges & {
      readonly outcome: 'uninjected';
      readonly podTemplate: { metadata?: object; spec: object };
    });

/** What uninjection needs of the engine: the injection of a pod template. */
export type InjectFn = (req: PodInjectionRequest) => PodInjectionResult;

type Field = 'labels' | 'annotations';
const FIELDS: readonly Field[] = ['labels', 'annotations'];

function metaOf(pod: { metadata?: object }): JsonMap {
  return asMap(pod.metadata);
}

function withMetadata(pod: { metadata: object; spec: object }, metadata: JsonMap): { metadata: object; spec: object } {
  return { ...pod, metadata };
}

/** `pod` with `field[key]` removed (the map dropped when it ends up empty). */
function withoutKey(pod: { metadata: object; spec: object }, field: Field, key: string): { metadata: object; spec: object } {
  const meta = { ...metaOf(pod) };
  const map = { ...asMap(meta[field]) };
  delete map[key];
  if (Object.keys(map).length === 0) delete meta[field];
  else meta[field] = map;
  return withMetadata(pod, meta);
}

function withValue(pod: { metadata: object; spec: object }, field: Field, key: string, value: string): { metadata: object; spec: object } {
  const meta = { ...metaOf(pod) };
  meta[field] = { ...asMap(meta[field]), [key]: value };
  return withMetadata(pod, meta);
}

/**
 * The value injection gives `field[key]` for `pod`; undefined when it gives none, skips the pod,
 * or refuses it (a candidate value an annotation may not have: then it was not the pod's).
 */
function injectedValue(inject: InjectFn, req: PodInjectionRequest, pod: { metadata: object; spec: object }, field: Field, key: string): string | null | undefined {
  let r: PodInjectionResult;
  try {
    r = inject({ ...req, podTemplate: pod });
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
  if (r.outcome !== 'injected') return null;
  return stringMap(metaOf(r.podTemplate)[field])[key];
}

/** A value of the same kind as `value` but different (a boolean flipped, a number changed). */
function otherValue(value: string): string {
  if (value === 'true' || value === 'false') return value === 'true' ? 'false' : 'true';
  if (/^[0-9]+$/.test(value)) return String(Number(value) + 1);
  return `${value}-other`;
}

/** `value` without its last list element (JSON list or comma-separated), shortest last. */
function shorterForms(value: string): string[] {
  const json = /^(.*\S)\s*,\s*\{[^{}]*\}(\s*\])\s*$/s.exec(value);
  if (json) return [json[1]! + json[2]!];
  const i = value.lastIndexOf(',');
  return i > 0 ? [value.slice(0, i)] : [];
}

const SINGULAR: Record<Field, string> = { labels: 'label', annotations: 'annotation' };

/**
 * Uninjects `req.podTemplate` (never modified). `inject` is the engine under the configuration
 * the pod was injected with; a pod without a readable status annotation is `unchanged`.
 */
export function uninjectPod(inject: InjectFn, req: PodInjectionRequest): PodUninjectionResult {
  const annotations = stringMap(metaOf(req.podTemplate).annotations);
  if (annotations[STATUS_ANNOTATION] === undefined || !isStatusJson(annotations[STATUS_ANNOTATION]!)) return { outcome: 'unchanged' };
  const stripped = stripInjection(req.podTemplate);
  let pod = withMetadata(stripped, { ...metaOf(stripped) });
  const notes: UninjectNote[] = [...probePortNotes(asMap(req.podTemplate).spec, stripped.spec)];
  const recorded = new Set(annotationsFromProxyEnv(asMap(req.podTemplate) as { spec: object }));
  const meta = metadataByBatch(inject, req, stripped, recorded) ?? metadataByKey(inject, req, stripped, recorded);
  pod = meta.pod;
  notes.push(...meta.notes);
  const { removed, restored } = meta;
  const spec = specAddedByInjection(inject, req, pod);
  // Injection always writes a pod template's metadata; left empty, it came with the injection
  // (a template written with `metadata: {}` loses it: README, uninject).
  const { metadata, ...rest } = spec.pod;
  return {
    outcome: 'uninjected',
    podTemplate: Object.keys(asMap(metadata)).length === 0 ? rest : spec.pod,
    removedSpec: spec.removed,
    removedLabels: removed.labels.sort(),
    removedAnnotations: removed.annotations.sort(),
    restoredLabels: restored.labels.sort(),
    restoredAnnotations: restored.annotations.sort(),
    notes,
  };
}

function isStatusJson(text: string): boolean {
  try {
    return isMap(JSON.parse(text));
  } catch {
    return false;
  }
}

const PROBES = ['readinessProbe', 'livenessProbe', 'startupProbe'] as const;

function rewrittenPath(container: string, field: (typeof PROBES)[number]): string {
  const urls = proberUrls(container);
  return field === 'readinessProbe' ? urls.readyz : field === 'livenessProbe' ? urls.livez : urls.startupz;
}

/**
 * Istio records a probe's named port as its number; the restored probe has the number. When the
 * container names that port, the original may have used the name: said, not guessed.
 */
function probePortNotes(injectedSpec: unknown, spec: object): UninjectNote[] {
  const s = asMap(spec);
  const before = [...containersOf(asMap(injectedSpec).initContainers), ...containersOf(asMap(injectedSpec).containers)];
  const out: UninjectNote[] = [];
  for (const c of [...containersOf(s.initContainers), ...containersOf(s.containers)] as Container[]) {
    if (c.name === PROXY_CONTAINER) continue;
    const named = new Map<number, string>();
    for (const p of Array.isArray(c.ports) ? c.ports : []) if (isMap(p) && typeof p.name === 'string' && p.name !== '' && typeof p.containerPort === 'number') named.set(p.containerPort, p.name);
    for (const field of PROBES) {
      const probe = asMap(c[field]);
      const was = asMap(asMap(before.find((x) => x.name === c.name)?.[field]).httpGet).path;
      if (was !== rewrittenPath(String(c.name), field)) continue; // not a rewritten probe
      const handler = isMap(probe.httpGet) ? probe.httpGet : isMap(probe.tcpSocket) ? probe.tcpSocket : undefined;
      const port = handler?.port;
      if (typeof port !== 'number' || !named.has(port)) continue;
      out.push({
        code: 'probe-port-number',
        subject: `${String(c.name)}/${field}`,
        message: `container ${JSON.stringify(c.name)}: ${field} restored with port ${port}; Istio records a probe's port as a number, so if it named the port (${JSON.stringify(named.get(port))}) write the name back`,
      });
    }
  }
  return out;
}

/** The pod spec's lists the status annotation accounts for. */
const RECORDED_LISTS = new Set(['containers', 'initContainers', 'volumes', 'imagePullSecrets']);

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (isMap(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}

/**
 * Pod spec fields injection writes by itself (a gateway's `securityContext.sysctls`): a field, or
 * a field of a mapping field, that injecting the pod without it writes back the same. The status
 * annotation does not record them, so the engine decides, as for labels.
 */
function specAddedByInjection(inject: InjectFn, req: PodInjectionRequest, pod: { metadata: object; spec: object }): { pod: { metadata: object; spec: object }; removed: string[] } {
  const spec = asMap(pod.spec);
  const removed: string[] = [];
  const specOf = (candidate: JsonMap): JsonMap | undefined => {
    try {
      const r = inject({ ...req, podTemplate: { ...pod, spec: candidate } });
      return r.outcome === 'injected' ? asMap(asMap(r.podTemplate).spec) : undefined;
    } catch (e) {
      if (e instanceof KubeInjectError) return undefined;
      throw e;
    }
  };
  // One injection without every field proposes injection's; each is then confirmed alone.
  const own = Object.keys(spec).filter((k) => !RECORDED_LISTS.has(k));
  const bare = specOf(Object.fromEntries(Object.entries(spec).filter(([k]) => RECORDED_LISTS.has(k))));
  if (!bare) return { pod, removed };
  let out: JsonMap = { ...spec };
  for (const key of own) {
    const value = spec[key];
    if (canonical(bare[key]) === canonical(value)) {
      const { [key]: _drop, ...without } = spec;
      if (canonical(specOf(without)?.[key]) !== canonical(value)) continue;
      const { [key]: _gone, ...rest } = out;
      out = rest;
      removed.push(key);
      continue;
    }
    if (!isMap(value) || !isMap(bare[key])) continue;
    for (const [sub, subValue] of Object.entries(value)) {
      if (canonical(asMap(bare[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _s, ...inner } = value;
      const again = specOf({ ...spec, [key]: inner });
      if (!again || canonical(asMap(again[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _g, ...kept } = asMap(out[key]);
      out = { ...out, [key]: kept };
      if (Object.keys(kept).length === 0) {
        const { [key]: _e, ...rest } = out;
        out = rest;
      }
      removed.push(`${key}.${sub}`);
    }
  }
  return { pod: { ...pod, spec: out }, removed };
}

interface MetadataResult {
  pod: { metadata: object; spec: object };
  removed: Record<Field, string[]>;
  restored: Record<Field, string[]>;
  notes: UninjectNote[];
}

type Pod = { metadata: object; spec: object };

function overwrittenNote(field: Field, key: string, value: string): UninjectNote {
  return {
    code: 'overwritten-by-injection',
    subject: `${SINGULAR[field]} ${key}`,
    message: `${SINGULAR[field]} ${key} removed: injection sets it to ${JSON.stringify(value)} whatever the pod had, so a value of the pod's own from before injection cannot be restored`,
  };
}

/** The labels and annotations injection gives `pod`; null when it skips or refuses it. */
function injectedMeta(inject: InjectFn, req: PodInjectionRequest, pod: Pod): Record<Field, Record<string, string>> | null {
  try {
    const r = inject({ ...req, podTemplate: pod });
    if (r.outcome !== 'injected') return null;
    const m = metaOf(r.podTemplate);
    return { labels: stringMap(m.labels), annotations: stringMap(m.annotations) };
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
}

/** The keys of `field` of the stripped pod that uninjection decides about. */
function candidates(stripped: Pod, field: Field, recorded: ReadonlySet<string>): Array<[string, string]> {
  return Object.entries(stringMap(metaOf(stripped)[field])).filter(([key]) => field !== 'annotations' || !recorded.has(key));
}

/**
 * The same answer as `metadataByKey` in a few injections, for the common pod: one injection
 * without every candidate key proposes injection's keys; each other key is checked alone (it
 * must not come back by itself); one injection of the result must give back the injected
 * labels and annotations. When that fails (a key the first injection proposed only because
 * another was missing too), undefined: the caller asks key by key.
 */
function metadataByBatch(inject: InjectFn, req: PodInjectionRequest, stripped: Pod, recorded: ReadonlySet<string>): MetadataResult | undefined {
  let bare: Pod = stripped;
  for (const field of FIELDS) for (const [key] of candidates(stripped, field, recorded)) bare = withoutKey(bare, field, key);
  const batch = injectedMeta(inject, req, bare);
  if (!batch) return undefined;
  const removed: Record<Field, string[]> = { labels: [], annotations: [] };
  const restored: Record<Field, string[]> = { labels: [], annotations: [] };
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      if (batch[field][key] === value) {
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const alone = injectedMeta(inject, req, withoutKey(stripped, field, key));
      if (alone === null) return undefined;
      if (alone[field][key] === value) {
        // Derived from another key (canonical-name from app): injection's all the same.
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const before = shorterForms(value).find((c) => injectedMeta(inject, req, withValue(stripped, field, key, c))?.[field][key] === value);
      if (before !== undefined) {
        restored[field].push(key);
        pod = withValue(pod, field, key, before);
      }
    }
  }
  const again = injectedMeta(inject, req, pod);
  if (!again) return undefined;
  for (const field of FIELDS) for (const [key, value] of candidates(stripped, field, recorded)) if (again[field][key] !== value) return undefined;
  // Which removed keys injection writes whatever the pod had: all given another value at once.
  let other: Pod = stripped;
  for (const field of FIELDS) for (const key of removed[field]) other = withValue(other, field, key, otherValue(stringMap(metaOf(stripped)[field])[key]!));
  const overwritten = injectedMeta(inject, req, other);
  const notes: UninjectNote[] = [];
  for (const field of FIELDS) {
    for (const key of removed[field]) {
      const value = stringMap(metaOf(stripped)[field])[key]!;
      const back = overwritten ? overwritten[field][key] : injectedValue(inject, req, withValue(stripped, field, key, otherValue(value)), field, key);
      if (back === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}

/** Key by key: a key is injection's when injecting the pod without it writes it back the same. */
function metadataByKey(inject: InjectFn, req: PodInjectionRequest, stripped: Pod, recorded: ReadonlySet<string>): MetadataResult {
  const removed: Record<Field, string[]> = { labels: [], annotations: [] };
  const restored: Record<Field, string[]> = { labels: [], annotations: [] };
  const notes: UninjectNote[] = [];
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      const gives = (candidate: string | undefined) => {
        const base = candidate === undefined ? withoutKey(stripped, field, key) : withValue(stripped, field, key, candidate);
        return injectedValue(inject, req, base, field, key);
      };
      if (gives(undefined) !== value) {
        // The pod's own value, when injection derives the one it writes from it (Multus
        // networks get Istio's appended): the shorter value that injection turns into this one.
        const before = shorterForms(value).find((candidate) => gives(candidate) === value);
        if (before !== undefined) {
          restored[field].push(key);
          pod = withValue(pod, field, key, before);
        }
        continue;
      }
      removed[field].push(key);
      pod = withoutKey(pod, field, key);
      // Written whatever the pod had: an earlier value of the pod's own is not recoverable.
      if (gives(otherValue(value)) === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}
