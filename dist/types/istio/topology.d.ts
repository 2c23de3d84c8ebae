/**
 * The locality labels Istio's service registry adds to a pod's labels (`AugmentLabels`, istio/istio
 * `pilot/pkg/serviceregistry/util/label`): from its Node, region, zone and subzone, and the node's
 * name as the hostname. DestinationRule subsets may select them.
 */
export declare const HOSTNAME_LABEL = "kubernetes.io/hostname";
export declare const LOCALITY_LABELS: readonly ['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone'];
