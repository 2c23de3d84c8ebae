/**
 * Test support for the built-in templates: builds the injector's template data (the JSON form of
 * Istio's SidecarTemplateData) from the conformance inputs, and normalises rendered overlays for
 * comparison.
 *
 * Deliberately independent of src/inject: the data is built here the way Istio's injector builds
 * it (IntoObject + RunTemplate), closely enough that Istio's own templates render with it as they
 * would in Go.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, loadAll, YAML11_SCHEMA } from 'js-yaml';

import { ISTIO_DATA_DIR, istioInjectorConfigFile } from '../helpers/shared.js';

export const CONFORMANCE = ISTIO_DATA_DIR;
export const INJECT_DIR = join(CONFORMANCE, 'inject');

type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Recursive merge of plain objects: `over` wins; arrays and scalars replace. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return clone(over);
  const out: Obj = clone(base);
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : clone(v);
  return out;
}

export function parseYaml(text: string): unknown {
  return load(text, { schema: YAML11_SCHEMA });
}

/**
 * Parses an overlay rendered by one of Istio's templates. Istio's "sidecar" and "grpc-agent"
 * templates write the pod annotations as a flow mapping whose closing brace sits at the
 * indentation of its key, which Go's YAML library accepts and js-yaml rejects ("deficient
 * indentation"); such a lone closing brace is indented one step further first.
 */
export function parseIstioOverlay(text: string): unknown {
  let inFlowAnnotations = false;
  const lines = text.split('\n').map((line) => {
    if (/^ *annotations: \{\s*$/.test(line)) inFlowAnnotations = true;
    else if (inFlowAnnotations && /^ *\}\s*$/.test(line)) {
      inFlowAnnotations = false;
      return `  ${line}`;
    }
    return line;
  });
  return parseYaml(lines.join('\n'));
}

export function parseYamlAll(text: string): unknown[] {
  return loadAll(text, { schema: YAML11_SCHEMA });
}

// ---------------------------------------------------------------------------------------------
// Istio's own configuration (test data)

export function istioTemplates(): Record<string, string> {
  const cfg = parseYaml(readFileSync(istioInjectorConfigFile(), 'utf8'));
  if (!isObj(cfg) || !isObj(cfg.templates)) throw new Error('bad injector config');
  return cfg.templates as Record<string, string>;
}

export function testDefaultValues(): Obj {
  return JSON.parse(readFileSync(join(CONFORMANCE, 'config/test-default.values.json'), 'utf8')) as Obj;
}

export function testDefaultMesh(): Obj {
  return parseYaml(readFileSync(join(CONFORMANCE, 'config/test-default.mesh.yaml'), 'utf8')) as Obj;
}

/** The input manifests of the conformance suite (not the goldens, not the IstioOperator). */
export function inputManifests(): string[] {
  return readdirSync(INJECT_DIR)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.iop.yaml'))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Workloads -> pod templates

export interface Workload {
  /** Where it came from, for messages. */
  label: string;
  typeMeta: { apiVersion?: string; kind?: string };
  deploymentMeta: { name?: string; namespace?: string };
  metadata: Obj;
  spec: Obj;
}

const TEMPLATE_KINDS = new Set([
  'Deployment',
  'DaemonSet',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'DeploymentConfig',
]);

/** The pod templates of a manifest, as Istio's IntoObject finds them. */
export function workloadsOf(doc: unknown, label: string): Workload[] {
  if (!isObj(doc)) return [];
  const kind = doc.kind as string | undefined;
  const meta = isObj(doc.metadata) ? doc.metadata : {};
  const typeMeta = { apiVersion: doc.apiVersion as string | undefined, kind };
  const deploymentMeta = { name: meta.name as string | undefined, namespace: meta.namespace as string | undefined };
  const spec = isObj(doc.spec) ? doc.spec : {};
  if (kind === 'List') {
    return ((doc.items as unknown[]) ?? []).flatMap((item, i) => workloadsOf(item, `${label}[${i}]`));
  }
  if (kind === 'Pod') {
    return [{ label, typeMeta: { apiVersion: 'v1', kind: 'Pod' }, deploymentMeta, metadata: meta, spec }];
  }
  if (kind === 'CronJob') {
    const job = isObj(spec.jobTemplate) ? spec.jobTemplate : {};
    const jobSpec = isObj(job.spec) ? job.spec : {};
    const tpl = isObj(jobSpec.template) ? jobSpec.template : {};
    return [{ label, typeMeta, deploymentMeta, metadata: isObj(tpl.metadata) ? tpl.metadata : {}, spec: isObj(tpl.spec) ? tpl.spec : {} }];
  }
  if (kind !== undefined && TEMPLATE_KINDS.has(kind)) {
    const tpl = isObj(spec.template) ? spec.template : {};
    return [{ label, typeMeta, deploymentMeta, metadata: isObj(tpl.metadata) ? tpl.metadata : {}, spec: isObj(tpl.spec) ? tpl.spec : {} }];
  }
  return [];
}

export function workloadsInFile(file: string): Workload[] {
  const docs = parseYamlAll(readFileSync(join(INJECT_DIR, file), 'utf8'));
  return docs.flatMap((d, i) => workloadsOf(d, docs.length > 1 ? `${file}#${i}` : file));
}

// ---------------------------------------------------------------------------------------------
// Template data

/** Istio's DefaultProxyConfig (pkg/config/mesh), JSON form. */
export function defaultProxyConfig(): Obj {
  return {
    configPath: './etc/istio/proxy',
    serviceCluster: 'istio-proxy',
    drainDuration: '45s',
    terminationDrainDuration: '5s',
    proxyAdminPort: 15000,
    controlPlaneAuthPolicy: 'MUTUAL_TLS',
    discoveryAddress: 'istiod.istio-system.svc:15012',
    binaryPath: '/usr/local/bin/envoy',
    statNameLength: 189,
    statusPort: 15020,
  };
}

/** A proxy config overlay: fields replace, proxyMetadata merges key by key (mesh.MergeProxyConfig). */
export function mergeProxyConfig(base: Obj, over: Obj): Obj {
  const out: Obj = { ...clone(base), ...clone(over) };
  if (isObj(base.proxyMetadata) || isObj(over.proxyMetadata)) {
    out.proxyMetadata = { ...(base.proxyMetadata as Obj | undefined), ...(over.proxyMetadata as Obj | undefined) };
  }
  return out;
}

/** Mesh config as Istio applies a user mesh config over its defaults. */
export function meshConfigFrom(defaults: Obj, user: Obj): Obj {
  const out: Obj = { ...clone(defaults), ...clone(user) };
  out.defaultConfig = mergeProxyConfig(
    isObj(defaults.defaultConfig) ? defaults.defaultConfig : {},
    isObj(user.defaultConfig) ? user.defaultConfig : {},
  );
  return out;
}

const KNOWN_IMAGE_TYPES = ['distroless', 'debug'];

/** Istio's imageURL: hub/name:tag, with the image type (variant) replacing a known suffix. */
export function imageURL(hub: unknown, name: string, tag: unknown, imageType: string): string {
  let t = String(tag ?? '');
  if (imageType !== '') {
    for (const k of KNOWN_IMAGE_TYPES) {
      if (t.endsWith(`-${k}`)) {
        t = t.slice(0, -(k.length + 1));
        break;
      }
    }
    if (imageType !== 'default') t = `${t}-${imageType}`;
  }
  return `${String(hub ?? '')}/${name}:${t}`;
}

export interface DataOptions {
  values: Obj;
  mesh: Obj;
  nativeSidecars: boolean;
  revision?: string;
  inboundTrafficPolicyMode?: string;
  compliancePolicy?: string;
  proxyUID?: number;
  proxyGID?: number;
}

/** The template data (JSON form of SidecarTemplateData) for one workload. */
export function templateData(w: Workload, o: DataOptions): Obj {
  const meta = clone(w.metadata);
  const annotations = (isObj(meta.annotations) ? meta.annotations : {}) as Record<string, string>;
  let proxyConfig = clone((o.mesh.defaultConfig as Obj | undefined) ?? {});
  const podProxyConfig = annotations['proxy.istio.io/config'];
  if (podProxyConfig !== undefined) proxyConfig = mergeProxyConfig(proxyConfig, parseYaml(podProxyConfig) as Obj);
  // An unset enum is its zero value in Go: interception mode REDIRECT.
  if (proxyConfig.interceptionMode === undefined) proxyConfig.interceptionMode = 'REDIRECT';

  const global = (o.values.global ?? {}) as Obj;
  const proxyValues = (global.proxy ?? {}) as Obj;
  const initValues = (global.proxy_init ?? {}) as Obj;
  const imageTypeOf = (fromProxyConfig: string): string => {
    let t = fromProxyConfig || String(global.variant ?? '');
    if (annotations['sidecar.istio.io/proxyImageType'] !== undefined) t = annotations['sidecar.istio.io/proxyImageType'];
    return t;
  };
  const proxyImageType = isObj(proxyConfig.image) ? String(proxyConfig.image.imageType ?? '') : '';

  return {
    TypeMeta: w.typeMeta,
    DeploymentMeta: w.deploymentMeta,
    ObjectMeta: meta,
    Spec: clone(w.spec),
    ProxyConfig: proxyConfig,
    MeshConfig: o.mesh,
    Values: o.values,
    Revision: o.revision ?? '',
    NativeSidecars: o.nativeSidecars,
    ProxyImage: imageURL(global.hub, String(proxyValues.image || 'proxyv2'), global.tag, imageTypeOf(proxyImageType)),
    ProxyInitImage: imageURL(global.hub, String(initValues.image || 'proxyv2'), global.tag, imageTypeOf('')),
    ProxyUID: o.proxyUID ?? 1337,
    ProxyGID: o.proxyGID ?? 1337,
    InboundTrafficPolicyMode: o.inboundTrafficPolicyMode ?? 'passthrough',
    CompliancePolicy: o.compliancePolicy ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** Drops keys whose value is null (README rule 2: Go's overlay treats them as absent). */
export function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = dropNulls(x);
    return out;
  }
  return v;
}

/**
 * One change in Istio's master template after the shared injector config was rendered, carried
 * by our templates: with compliance policy fips-140-3, GODEBUG=fips140=only follows
 * COMPLIANCE_POLICY. This applies it to an overlay rendered from the shared config's templates.
 */
export function alignWithIstioMaster(overlay: unknown, compliancePolicy: string): unknown {
  const fix = (c: unknown): void => {
    if (!isObj(c) || c.name !== 'istio-proxy' || !Array.isArray(c.env)) return;
    const env = [...(c.env as Obj[])];
    if (compliancePolicy === 'fips-140-3') {
      const i = env.findIndex((e) => e.name === 'COMPLIANCE_POLICY');
      if (i >= 0) env.splice(i + 1, 0, { name: 'GODEBUG', value: 'fips140=only' });
    }
    c.env = env;
  };
  if (isObj(overlay) && isObj(overlay.spec)) {
    for (const key of ['containers', 'initContainers']) {
      const list = overlay.spec[key];
      if (Array.isArray(list)) list.forEach(fix);
    }
  }
  return overlay;
}
