/** Counting what template appends copy, for test/hostile and test/istio-templates. */
import { goJsonFieldResolver, parseTemplate, type FuncMap, type TemplateFunction } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import { templateData, testDefaultMesh, testDefaultValues } from '../templates/support.js';

/** The function table with every list-copying append counted: elements copied, in total. */
export function countingCopies(funcs: FuncMap): { funcs: FuncMap; copied: () => number } {
  let copied = 0;
  const out: Record<string, TemplateFunction> = { ...funcs };
  for (const name of ['append', 'push', 'mustAppend']) {
    const orig = funcs[name]!;
    out[name] = Object.assign((l: unknown, v: unknown) => {
      if (Array.isArray(l)) copied += l.length;
      return orig(l, v);
    }, orig);
  }
  return { funcs: out, copied: () => copied };
}

export function bigPod(ports: number, containers: number): { metadata: Record<string, unknown>; spec: Record<string, unknown> } {
  const list = [{ name: 'app', image: 'app:1', ports: Array.from({ length: ports }, (_, i) => ({ containerPort: i + 1, name: `p${i}` })) }];
  for (let i = 1; i < containers; i++) list.push({ name: `c${i}`, image: 'x', ports: [] });
  return { metadata: { name: 'p', namespace: 'ns' }, spec: { containers: list } };
}

/** Renders a sidecar template on 5,000 ports and 2,000 containers; the output and the elements copied. */
export function renderBigPod(text: string): { out: string; copied: number } {
  const pod = bigPod(5000, 2000);
  const data = templateData(
    { label: 'big', typeMeta: { apiVersion: 'v1', kind: 'Pod' }, deploymentMeta: { name: 'p', namespace: 'ns' }, metadata: pod.metadata, spec: pod.spec },
    { values: testDefaultValues(), mesh: testDefaultMesh(), nativeSidecars: false },
  );
  const { funcs, copied } = countingCopies(injectionFunctions({ getEnv: () => undefined }));
  const out = parseTemplate('sidecar', text, { funcs, fieldResolver: goJsonFieldResolver }).execute(data);
  return { out, copied: copied() };
}
