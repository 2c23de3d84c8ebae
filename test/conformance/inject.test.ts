/** `kube-inject inject` against every Istio golden, with the built-in templates. */
import { injectConformance } from './inject-suite.js';

injectConformance(['built-in']);
