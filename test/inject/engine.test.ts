/** The engine against every Istio golden, with kube-inject's built-in templates. */
import { engineConformance } from './engine-conformance.js';

engineConformance('built-in');
