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
export declare const ISTIO_DEFAULTS_SOURCE = "<istioctl analyze defaults>";
/** The default objects that nothing in `docs` replaces (same kind, namespace and name). */
export declare function istioAnalyzeDefaults(docs: readonly ManifestDocument[], service?: string): ManifestDocument[];
