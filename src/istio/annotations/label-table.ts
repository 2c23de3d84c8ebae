/**
 * Every Istio label (istio/api `label/labels.yaml`) and the one Istio's injection template reads
 * that istio/api does not list (origin `istio/istio`), sorted by name.
 */
import { entry, type EntryOptions } from './entry.js';
import type { AnnotationInfo, IstioResource } from './types.js';
import { oneOf } from './validators.js';

const l = (name: string, resources: readonly IstioResource[], description: string, o?: EntryOptions): AnnotationInfo =>
  entry('label', name, resources, description, o);

const GENERATED = ['ServiceAccount', 'Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler'] as const;
const WAYPOINT_USERS = ['Pod', 'WorkloadEntry', 'Service', 'ServiceEntry', 'Namespace'] as const;
const SVC_LIKE = ['Service', 'ServiceEntry', 'Namespace'] as const;
const A = 'Alpha';

export const LABELS: readonly AnnotationInfo[] = [
  l('gateway.istio.io/managed', ['ServiceAccount', 'Deployment', 'Service'], 'Added by the Istio Gateway controller to the resources it creates.', { status: 'Stable' }),
  l('gateway.networking.k8s.io/gateway-class-name', GENERATED, 'GatewayClass a generated resource was created for.', { status: 'Stable' }),
  l('gateway.networking.k8s.io/gateway-name', GENERATED, 'Gateway a generated resource was created for.', { status: 'Stable' }),
  l('istio.io/dataplane-mode', ['Pod', 'Namespace'], 'Data plane mode: ambient or none.', { status: 'Stable', validate: oneOf('ambient', 'none') }),
  l('istio.io/ingress-use-waypoint', SVC_LIKE, 'Ingress gateways route to this resource through its waypoint.', { status: 'Beta' }),
  l('istio.io/rev', ['Namespace', 'Gateway', 'Pod'], 'Control plane revision or tag the resource asks for.', { status: 'Beta' }),
  l('istio.io/tag', ['MutatingWebhookConfiguration'], 'Revision tag of an injector webhook; internal.', { status: A }),
  l('istio.io/use-waypoint', WAYPOINT_USERS, 'Name of the waypoint this resource uses.', { status: 'Stable' }),
  l('istio.io/use-waypoint-canary', SVC_LIKE, 'Name of a canary waypoint for the service.', { status: A }),
  l('istio.io/use-waypoint-canary-namespace', SVC_LIKE, 'Namespace of the canary waypoint.', { status: A }),
  l('istio.io/use-waypoint-namespace', WAYPOINT_USERS, 'Namespace of the waypoint named by istio.io/use-waypoint.', { status: 'Beta' }),
  l('istio.io/waypoint-for', ['GatewayClass', 'Gateway'], 'Traffic a waypoint handles: service, workload, all or none.', { status: 'Stable', validate: oneOf('service', 'workload', 'all', 'none') }),
  l('networking.istio.io/enable-autoallocate-ip', ['ServiceEntry'], 'Auto-allocate an IP for a ServiceEntry without addresses.', { status: 'Beta', validate: oneOf('true', 'false') }),
  l('networking.istio.io/gatewayPort', ['Service'], 'Port of a multi-network gateway (default 15443).', { status: A }),
  l('networking.istio.io/tunnel', ['Pod'], 'Tunnel protocol the workload accepts (the injection template writes "http" when unset).', { origin: 'istio/istio' }),
  l('operator.istio.io/component', ['Any'], 'Istio operator component of the resource.', { status: A, hidden: true }),
  l('operator.istio.io/managed', ['Any'], 'Reconcile when the Istio operator reconciles the resource.', { status: A, hidden: true }),
  l('operator.istio.io/version', ['Any'], 'Istio operator version that installed the resource.', { status: A, hidden: true }),
  l('security.istio.io/tlsMode', ['Pod'], 'TLS mode of the sidecar (istio or disabled); set by the injector.', { status: A, deprecated: {}, hidden: true, validate: oneOf('istio', 'disabled') }),
  l('service.istio.io/canonical-name', ['Pod'], 'Canonical service the workload belongs to.', { status: A }),
  l('service.istio.io/canonical-revision', ['Pod'], 'Revision of the canonical service the workload belongs to.', { status: A }),
  l('service.istio.io/workload-name', ['Pod', 'WorkloadEntry'], 'Workload name of the application (defaults to the owner, e.g. the Deployment).', { status: A }),
  l('sidecar.istio.io/inject', ['Pod'], 'Whether the sidecar is injected into the pod.', { status: 'Beta' }),
  l('topology.istio.io/cluster', ['Pod'], 'Cluster of the workload; set internally by Istio.', { status: A }),
  l('topology.istio.io/locality', ['Pod'], 'Locality region.zone.subzone overriding the registry.', { status: A }),
  l('topology.istio.io/network', ['Namespace', 'Pod', 'Service'], 'Network the pods belong to (multi-network meshes).', { status: 'Beta' }),
  l('topology.istio.io/subzone', ['Node'], 'Locality subzone of a node.', { status: 'Beta' }),
];
