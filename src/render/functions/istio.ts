/**
 * The functions Istio's injector adds to its templates (istio/istio pkg/kube/inject/template.go,
 * `InjectionFuncmap`), for data in its JSON form. They override sprig's of the same name.
 */
import { formatValue, goTypeName, variadic } from '../../gotemplate/index.js';
import type { FuncMap } from '../../gotemplate/index.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { isMap, setOwn } from '../../model/values.js';
import { jsonTextWithinLimit, stringArg, strMap } from './convert.js';
import {
  appendMultusNetwork,
  containerPorts,
  excludeInboundPort,
  formatDuration,
  mergeMaps,
  omitNil,
  otelResourceAttributes,
} from './istio-impl.js';
import { marshalGoJson } from './marshal-json.js';
import { marshalGoYaml } from './go-yaml.js';

export interface IstioFunctionOptions {
  /**
   * Environment lookup for `env`. The caller decides what the templates may see (the CLI passes
   * its process environment); the engine reads none itself.
   */
  getEnv: (key: string) => string | undefined;
  /**
   * `protoToJSON` of a proxy config. Istio drops fields equal to its defaults first; the
   * default here writes the given JSON as is (compact, keys in given order, nil → `{}`).
   */
  protoToJSON?: (v: unknown) => string;
}

export function istioFunctions(options: IstioFunctionOptions): FuncMap {
  const getEnv = options.getEnv;
  const protoToJSON =
    options.protoToJSON ??
    ((v: unknown) => {
      if (v === null || v === undefined) return '{}';
      try {
        return marshalGoJson(v, { sortKeys: false, escapeHTML: false });
      } catch {
        return '{}';
      }
    });
  return {
    formatDuration: (d: unknown) => formatDuration(d),
    isset: (m: unknown, key: unknown) => isMap(m) && Object.hasOwn(m, stringArg(key)),
    excludeInboundPort: (port: unknown, excluded: unknown) => excludeInboundPort(port, excluded),
    includeInboundPorts: (containers: unknown) => containerPorts(containers, () => true),
    kubevirtInterfaces: (s: unknown) => stringArg(s),
    excludeInterfaces: (s: unknown) => stringArg(s),
    applicationPorts: (containers: unknown) => containerPorts(containers, (c) => c['name'] !== PROXY_CONTAINER),
    annotation: (meta: unknown, name: unknown, def: unknown) => {
      // `metav1.ObjectMeta.Annotations`, whose JSON name is `annotations`; a key `Annotations` is no field.
      const anns = isMap(meta) ? meta['annotations'] : undefined;
      const k = stringArg(name);
      if (isMap(anns) && Object.hasOwn(anns, k)) {
        const v = anns[k];
        if (typeof v === 'string') return v;
        if (v !== null && v !== undefined) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(anns)}`);
        return '';
      }
      return formatValue(def === undefined ? null : def);
    },
    valueOrDefault: (value: unknown, def: unknown) => (value === '' || value === null || value === undefined ? def : value),
    toJSON: (m: unknown) => (m === null || m === undefined ? '{}' : marshalGoJson(strMap(m))),
    fromJSON: (s: unknown) => {
      const text = jsonTextWithinLimit(s);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return '{}';
      }
    },
    structToJSON: (v: unknown) => {
      if (v === null || v === undefined) return '{}';
      try {
        return marshalGoJson(v, { sortKeys: false });
      } catch {
        return '{}';
      }
    },
    protoToJSON: (v: unknown) => protoToJSON(v),
    toYaml: (v: unknown) => {
      try {
        return marshalGoYaml(v);
      } catch {
        return '';
      }
    },
    // Istio's indent leaves the first line alone (unlike sprig's).
    indent: (spaces: unknown, source: unknown) => {
      if (typeof spaces !== 'bigint') throw new Error(`wrong type for value; expected int; got ${typeof spaces}`);
      const pad = ' '.repeat(Math.max(Number(spaces), 0));
      return stringArg(source).replaceAll('\n', '\n' + pad);
    },
    directory: (p: unknown) => {
      const s = stringArg(p);
      return s.slice(0, s.lastIndexOf('/') + 1);
    },
    // Same argument order as sprig's: contains SUBSTRING STRING.
    contains: (needle: unknown, haystack: unknown) => stringArg(haystack).includes(stringArg(needle)),
    toLower: (s: unknown) => stringArg(s).toLowerCase(),
    appendMultusNetwork: (existing: unknown, network: unknown) => appendMultusNetwork(existing, network),
    env: (key: unknown, def: unknown) => {
      const v = getEnv(stringArg(key));
      return v === undefined || v === '' ? stringArg(def) : v;
    },
    omit: variadic((d: unknown, ...keys: unknown[]) => {
      const drop = new Set(keys.map(stringArg));
      return Object.fromEntries(Object.entries(strMap(d)).filter(([k]) => !drop.has(k)));
    }),
    strdict: variadic((...v: unknown[]) => {
      const d: Record<string, string> = {};
      for (let i = 0; i < v.length; i += 2) setOwn(d, stringArg(v[i]), i + 1 < v.length ? stringArg(v[i + 1]) : '');
      return d;
    }),
    toJsonMap: variadic((...maps: unknown[]) => marshalGoJson(mergeMaps(...maps))),
    mergeMaps: variadic((...maps: unknown[]) => mergeMaps(...maps)),
    omitNil: (v: unknown) => omitNil(v),
    otelResourceAttributes: (mc: unknown, ann: unknown, labels: unknown, ns: unknown, containers: unknown) =>
      otelResourceAttributes(mc, ann, labels, ns, containers),
  };
}
