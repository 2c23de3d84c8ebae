/** Nulls in values, compliance policy, OpenShift, typed JSON: with the built-in templates. */
import { fidelitySuite } from './fidelity-suite.js';

fidelitySuite('built-in');
