/** Nulls in values, compliance policy, OpenShift, typed JSON: with Istio's own templates, and the same bytes as ours. */
import { fidelityEquivalence, fidelitySuite } from '../inject/fidelity-suite.js';

fidelitySuite('istio');
fidelityEquivalence();
