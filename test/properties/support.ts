/** Shared by the property tests: run sizes, document identities, pod templates. */
import type { Obj } from './arbitraries.js';

/** Runs per property: bounded, every run is an in-memory `main`. */
export const RUNS = 60;

/** Settings the properties run kube-inject with: classic (the default) and native sidecars. */
export const MODES: ReadonlyArray<{ readonly label: string; readonly flags: readonly string[] }> = [
  { label: 'classic sidecars (default)', flags: [] },
  { label: '--native-sidecars', flags: ['--native-sidecars'] },
];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a document is, independent of what injection does to it: kind, namespace, name (List: its items). */
export function identity(doc: unknown): unknown {
  if (doc === null || doc === undefined) return null;
  if (!isObj(doc)) return { scalar: doc };
  const meta = isObj(doc['metadata']) ? doc['metadata'] : {};
  const id = { apiVersion: doc['apiVersion'], kind: doc['kind'], namespace: meta['namespace'], name: meta['name'] };
  if (doc['kind'] === 'List' && Array.isArray(doc['items'])) return { ...id, items: (doc['items'] as unknown[]).map(identity) };
  return id;
}

export interface PodTemplateRef {
  readonly where: string;
  readonly template: { metadata?: Obj; spec?: Obj };
}

/** The pod templates of a document (Deployment, Pod, CronJob, and those inside a List). */
export function podTemplates(doc: unknown, where = 'document'): PodTemplateRef[] {
  if (!isObj(doc)) return [];
  const name = `${String(doc['kind'])} "${String((doc['metadata'] as Obj | undefined)?.['name'])}"`;
  const spec = isObj(doc['spec']) ? doc['spec'] : {};
  switch (doc['kind']) {
    case 'List':
      return (Array.isArray(doc['items']) ? doc['items'] : []).flatMap((item, i) => podTemplates(item, `${where} items[${i}]`));
    case 'Pod':
      return [{ where: `${where} ${name}`, template: { metadata: doc['metadata'] as Obj, spec } }];
    case 'Deployment':
      return [{ where: `${where} ${name}`, template: (spec['template'] ?? {}) as PodTemplateRef['template'] }];
    case 'CronJob': {
      const job = isObj(spec['jobTemplate']) && isObj(spec['jobTemplate']['spec']) ? spec['jobTemplate']['spec'] : {};
      return [{ where: `${where} ${name}`, template: (job['template'] ?? {}) as PodTemplateRef['template'] }];
    }
    default:
      return [];
  }
}

export function containerNames(t: PodTemplateRef['template']): string[] {
  const names = (list: unknown): string[] => (Array.isArray(list) ? list.map((c) => String((c as Obj)['name'])) : []);
  return [...names(t.spec?.['initContainers']), ...names(t.spec?.['containers'])];
}

export function optsOut(t: PodTemplateRef['template']): boolean {
  const a = t.metadata?.['annotations'];
  return isObj(a) && a['sidecar.istio.io/inject'] === 'false';
}

/** Drops one final line break (`\n` or `\r\n`): the writer may add one where the input had none. */
export function withoutFinalBreak(s: string): string {
  return s.replace(/\r?\n$/, '');
}
