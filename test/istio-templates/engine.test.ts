/** The engine against every Istio golden, with Istio's own templates (from ../shared). */
import { engineConformance } from '../inject/engine-conformance.js';

engineConformance('istio');
