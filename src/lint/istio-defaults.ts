/**
 * What `istioctl analyze` adds on its own when it reads files without a cluster
 * (`AddDefaultResources`, istio/istio `pkg/config/analysis/local/defaults.go`): Istio's default
 * ingress gateway, a Pod labelled `istio: ingressgateway` and the Service `istio-ingressgateway`
 * in istio-system (ports 80, 443, 31400 and 15443, each to the same target port), named after the
 * mesh config's `ingressService` (none with `ingressControllerMode: OFF`). Gateways that
 * select `istio: ingressgateway` are judged against it unless the input (or `--context`) has its
 * own object of the same kind, namespace and name.
 */
import type { ManifestDocument } from '../model/document.js';
import { splitStream } from '../read/split.js';
import { DEFAULT_NAMESPACE } from './mesh-index.js';
import { isMap, str } from '../model/values.js';

export const ISTIO_DEFAULTS_SOURCE = '<istioctl analyze defaults>';

const defaults = (service: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${service}-dummypod
  namespace: istio-system
  labels:
    istio: ingressgateway
spec:
  containers:
  - name: istio-proxy
---
apiVersion: v1
kind: Service
metadata:
  name: ${service}
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  ports:
  - {name: http2, port: 80, protocol: TCP, targetPort: 80}
  - {name: https, port: 443, protocol: TCP, targetPort: 443}
  - {name: tcp, port: 31400, protocol: TCP, targetPort: 31400}
  - {name: tls, port: 15443, protocol: TCP, targetPort: 15443}
`;

function key(value: unknown): string {
  const o = isMap(value) ? value : {};
  const m = isMap(o.metadata) ? o.metadata : {};
  return JSON.stringify([str(o.kind), str(m.namespace) || DEFAULT_NAMESPACE, str(m.name)]);
}

/** The default objects that nothing in `docs` replaces (same kind, namespace and name). */
export function istioAnalyzeDefaults(docs: readonly ManifestDocument[], service = 'istio-ingressgateway'): ManifestDocument[] {
  const present = new Set(docs.map((d) => key(d.value)));
  return splitStream({ name: ISTIO_DEFAULTS_SOURCE, text: defaults(service) }).filter((d) => !present.has(key(d.value)));
}
