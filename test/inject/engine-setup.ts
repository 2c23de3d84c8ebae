/**
 * Builds engine configurations for the conformance cases from Istio's test data: the
 * test-default values and mesh config, the per-case overlays of `test/conformance/cases.ts`, and
 * the templates of one source: kube-inject's built-in ones, or Istio's own injector ConfigMap
 * (`../shared`, for `test/istio-templates/` only). Independent of the CLI's config loading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goJsonFieldResolver, parseTemplate, type Template } from '../../src/gotemplate/index.js';
import { prepareInjector, type Injector, type InjectorConfig, type LabelSelector } from '../../src/inject/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import type { InjectCase } from '../conformance/cases.js';
import { parseManifests } from '../helpers/normalize.js';
import { istioInjectorConfigFile } from '../helpers/shared.js';
import { builtinInjectorFile } from '../../src/templates/index.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Later wins; maps merge key by key, everything else is replaced. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return structuredClone(over);
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = Object.hasOwn(out, k) ? deepMerge(out[k], v) : structuredClone(v);
  return out;
}

function yamlDoc(path: string): unknown {
  return parseManifests(readFileSync(path, 'utf8'), path)[0];
}

/**
 * Install-time values as the injector sees them: Istio's chart copies the top-level `cni`
 * values into `pilot.cni` of the injector ConfigMap's values (`pick .Values "cni" "env"`).
 */
function istioValues(overlay: Record<string, unknown>): Record<string, unknown> {
  if (!isObj(overlay.cni)) return overlay;
  const { cni, ...rest } = overlay;
  return deepMerge(rest, { pilot: { cni } }) as Record<string, unknown>;
}

export interface IstioSetup {
  injectDir: string;
  /** An injector for a case (cached per distinct settings). */
  injectorFor(c: InjectCase): Injector;
}

/** Where the templates come from: kube-inject's own, or Istio's injector ConfigMap. */
export type TemplateSource = 'built-in' | 'istio';

/** @param wrap applied to every template parsed (a test may watch what they render). */
export function istioSetup(sharedDir: string, source: TemplateSource, wrap: (t: Template) => Template = (t) => t): IstioSetup {
  const injectDir = join(sharedDir, 'inject');
  const cfg = (source === 'istio' ? yamlDoc(istioInjectorConfigFile()) : builtinInjectorFile()) as unknown as Obj;
  const values = JSON.parse(readFileSync(join(sharedDir, 'config', 'test-default.values.json'), 'utf8')) as Obj;
  const mesh = yamlDoc(join(sharedDir, 'config', 'test-default.mesh.yaml')) as Obj;
  const funcs = injectionFunctions({ getEnv: () => undefined });
  const parse = (name: string, text: string): Template => wrap(parseTemplate(name, text, { funcs, fieldResolver: goJsonFieldResolver }));
  const templates: Record<string, Template> = {};
  for (const [name, text] of Object.entries(cfg.templates as Obj)) templates[name] = parse(name, String(text));

  const cache = new Map<string, Injector>();
  return {
    injectDir,
    injectorFor(c: InjectCase): Injector {
      const key = JSON.stringify([c.values?.data, c.mesh, c.operatorFile, c.native]);
      let injector = cache.get(key);
      if (injector) return injector;
      let v: unknown = c.values ? deepMerge(values, istioValues(c.values.data)) : values;
      let m: unknown = c.mesh ? deepMerge(mesh, c.mesh) : mesh;
      let tpls = templates;
      if (c.operatorFile) {
        const spec = ((yamlDoc(join(injectDir, c.operatorFile)) as Obj).spec ?? {}) as Obj;
        if (spec.values !== undefined) v = deepMerge(v, spec.values);
        if (spec.meshConfig !== undefined) m = deepMerge(m, spec.meshConfig);
        const hook = ((spec.values as Obj | undefined)?.sidecarInjectorWebhook ?? {}) as Obj;
        tpls = { ...templates };
        for (const [name, text] of Object.entries((hook.templates ?? {}) as Obj)) tpls[name] = parse(name, String(text));
      }
      const config: InjectorConfig = {
        values: v as Obj,
        meshConfig: m as Obj,
        templates: tpls,
        defaultTemplates: (cfg.defaultTemplates as string[] | undefined) ?? ['sidecar'],
        aliases: (cfg.aliases as Record<string, string[]> | undefined) ?? {},
        policy: cfg.policy === 'disabled' ? 'disabled' : 'enabled',
        alwaysInjectSelector: (cfg.alwaysInjectSelector as LabelSelector[] | null) ?? [],
        neverInjectSelector: (cfg.neverInjectSelector as LabelSelector[] | null) ?? [],
        injectedAnnotations: (cfg.injectedAnnotations as Record<string, string> | null) ?? {},
        nativeSidecars: c.native,
        revision: '',
      };
      injector = prepareInjector(config);
      cache.set(key, injector);
      return injector;
    },
  };
}
