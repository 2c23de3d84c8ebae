/**
 * What Istio's analyzers read from the mesh config, taken from a MeshConfig object (`lint
 * --mesh-config`, over Istio's defaults): the root namespace (mesh-wide policies), whether DNS
 * capture allocates ServiceEntry addresses, whether a default access-log provider exists, and the
 * ingress gateway `istioctl analyze` assumes when it reads files (none with ingressControllerMode OFF).
 */
import { MESH_DEFAULTS } from '../istio/mesh-defaults.js';
import { DNS_AUTO_ALLOCATE, DNS_CAPTURE, PILOT_IP_AUTOALLOCATE } from '../istio/proxy-metadata.js';
import { isMap, str } from '../model/values.js';

export interface MeshFacts {
  readonly rootNamespace: string;
  readonly allocatesAddresses: boolean;
  readonly defaultAccessLogProviders: boolean;
  /** The Service name of the default ingress gateway, or null when the mesh has none (mode OFF). */
  readonly ingressService: string | null;
}

export function meshFacts(mesh: Readonly<Record<string, unknown>> = {}): MeshFacts {
  const m: Record<string, unknown> = { ...MESH_DEFAULTS, ...mesh };
  const metadata = isMap(m.defaultConfig) && isMap(m.defaultConfig.proxyMetadata) ? m.defaultConfig.proxyMetadata : {};
  const providers = isMap(m.defaultProviders) ? m.defaultProviders : {};
  return {
    rootNamespace: str(m.rootNamespace) || 'istio-system',
    allocatesAddresses: metadata[DNS_CAPTURE] === 'true' && (metadata[DNS_AUTO_ALLOCATE] === 'true' || metadata[PILOT_IP_AUTOALLOCATE] === 'true'),
    defaultAccessLogProviders: Array.isArray(providers.accessLogging) && providers.accessLogging.length > 0,
    ingressService: str(m.ingressControllerMode) === 'OFF' ? null : str(m.ingressService) || 'istio-ingressgateway',
  };
}

export const DEFAULT_MESH_FACTS: MeshFacts = meshFacts();
