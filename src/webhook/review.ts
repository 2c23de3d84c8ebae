/**
 * One admission review, as Istio's injector answers it (`pkg/kube/inject/webhook.go`, `inject`):
 * the Pod gets the request's namespace when it has none and loses its `managedFields` (they never
 * change the injection), goes through the same engine as `kube-inject -f`, and the answer is the
 * JSON Patch from that pod to the injected one. The engine decides everything about the pod
 * (policy, owner from `generateName` and owner references, templates); this module only adapts
 * the request to it and its result to an AdmissionResponse. Pure: no clock, no I/O.
 */
import { STATUS_ANNOTATION } from '../istio/keys.js';
import { describeObject } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import { isMap, str, type JsonMap } from '../model/values.js';
import type { Injector } from '../inject/types.js';
import { ADMISSION_API_VERSION, ADMISSION_KIND, type AdmissionRequest } from './admission.js';
import { createPatch } from './json-patch.js';

export interface ReviewOptions {
  /** An injection error refuses the pod (`allowed: false`) instead of letting it through unpatched. */
  readonly failClosed: boolean;
}

/** `response` of the answering AdmissionReview. */
export interface AdmissionResponse {
  uid: string;
  allowed: boolean;
  patchType?: 'JSONPatch';
  /** Base64 of the JSON Patch text. */
  patch?: string;
  warnings?: string[];
  status?: { code: number; message: string };
}

export interface ReviewOutcome {
  readonly response: AdmissionResponse;
  /** For the request log. */
  readonly namespace: string;
  readonly pod: string;
  /** `injected`, `unchanged` (already injected, the same again), `skipped: <reason>`, `error: <message>`. */
  readonly decision: string;
}

/** The pod's name for messages: its name, or `generateName***` before the API server picks one (as Istio logs it). */
export function potentialPodName(meta: JsonMap): string {
  const name = str(meta.name);
  if (name !== '') return name;
  const generated = str(meta.generateName);
  return generated !== '' ? `${generated}***` : '';
}

export function reviewPod(injector: Pick<Injector, 'inject'>, request: AdmissionRequest, options: ReviewOptions): ReviewOutcome {
  const uid = request.uid;
  const given = request.object;
  const metaIn = isMap(given.metadata) ? given.metadata : {};
  const namespace = str(metaIn.namespace) || request.namespace;
  const podName = potentialPodName(metaIn);
  const done = (response: AdmissionResponse, decision: string): ReviewOutcome => ({ response, namespace, pod: podName, decision });

  if (request.operation !== 'CREATE') return done({ uid, allowed: true }, `skipped: operation ${request.operation}`);
  // A pod created from manifests that `kube-inject -f` already injected keeps the sidecar it was
  // given: the webhook never injects twice (`kube-inject -f` re-injects, as istioctl does).
  const annotations = isMap(metaIn.annotations) ? metaIn.annotations : {};
  if (typeof annotations[STATUS_ANNOTATION] === 'string' && annotations[STATUS_ANNOTATION] !== '') {
    return done({ uid, allowed: true }, `skipped: already injected (${STATUS_ANNOTATION} is set)`);
  }

  // The pod as Istio's webhook hands it to the injector; the patch is taken from it.
  const metadata: JsonMap = { ...metaIn };
  delete metadata.managedFields;
  if (namespace !== '') metadata.namespace = namespace;
  const pod: JsonMap & { spec: JsonMap } = { ...given, metadata };

  let result;
  try {
    result = injector.inject({ kind: 'Pod', apiVersion: 'v1', name: str(metadata.name), namespace, podTemplate: pod });
  } catch (e) {
    const message = e instanceof KubeInjectError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    const reason = `kube-inject could not inject the sidecar into ${describeObject('Pod', namespace, podName)}: ${message}`;
    if (options.failClosed) return done({ uid, allowed: false, status: { code: 400, message: reason } }, `error: ${message}`);
    return done({ uid, allowed: true, warnings: [`${reason}; the pod was admitted without a sidecar`] }, `error: ${message}`);
  }
  if (result.outcome === 'skipped') return done({ uid, allowed: true }, `skipped: ${result.reason}`);

  const ops = createPatch(given, asGiven(result.podTemplate as JsonMap, metaIn));
  const warnings = result.warnings.length > 0 ? { warnings: [...result.warnings] } : {};
  if (ops.length === 0) return done({ uid, allowed: true, ...warnings }, 'unchanged');
  const patch = Buffer.from(JSON.stringify(ops)).toString('base64');
  return done({ uid, allowed: true, patchType: 'JSONPatch', patch, ...warnings }, 'injected');
}

/**
 * The injected pod with the namespace and managed fields as the request had them, so the patch
 * applies to the request's object itself (the API server applies it there) and never touches them.
 */
function asGiven(injected: JsonMap, metaIn: JsonMap): JsonMap {
  const metadata: JsonMap = { ...(isMap(injected.metadata) ? injected.metadata : {}) };
  for (const key of ['namespace', 'managedFields']) {
    if (Object.hasOwn(metaIn, key)) metadata[key] = metaIn[key];
    else delete metadata[key];
  }
  return { ...injected, metadata };
}

/** The AdmissionReview that answers a request. */
export function reviewAnswer(response: AdmissionResponse): { apiVersion: string; kind: string; response: AdmissionResponse } {
  return { apiVersion: ADMISSION_API_VERSION, kind: ADMISSION_KIND, response };
}
