/**
 * `kube-inject inject --inject-config <Istio's injector config>` against every Istio golden, and
 * byte for byte the same stdout as with the built-in templates.
 */
import { injectConformance } from '../conformance/inject-suite.js';

injectConformance(['istio']);
