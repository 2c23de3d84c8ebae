/**
 * Undoing app-probe rewriting (for `uninject`): a probe or lifecycle hook that points at its
 * status-port URL gets back the handler recorded for that URL in `ISTIO_KUBE_APP_PROBERS`.
 */
import type { Container } from '../../model/pod.js';
import { type JsonMap } from '../../model/values.js';
/** `c` with its rewritten probes and hooks restored from `probers` (the parsed env value). */
export declare function restoreAppProbes(c: Container, probers: JsonMap): Container;
