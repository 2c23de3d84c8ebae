/**
 * The `admission.k8s.io/v1` AdmissionReview as the API server sends it to a mutating webhook,
 * checked field by field: what the webhook may rely on, or the reason the request is refused
 * (HTTP 400). Pure: text in, a request or a message out.
 */
import { MAX_NESTING_DEPTH, jsonNestingDepth } from '../model/limits.js';
import { isMap, type JsonMap } from '../model/values.js';

export const ADMISSION_API_VERSION = 'admission.k8s.io/v1';
export const ADMISSION_KIND = 'AdmissionReview';
/** The most a review may weigh (the API server caps request bodies at 3 MiB; a margin over it). */
export const MAX_REVIEW_BYTES = 5 * 1024 * 1024;

/** What the webhook reads of `request`. */
export interface AdmissionRequest {
  readonly uid: string;
  /** `request.operation`: CREATE, UPDATE, DELETE, CONNECT. */
  readonly operation: string;
  /** `request.namespace`: where the pod is created ('' when the API server gave none). */
  readonly namespace: string;
  /** `request.object`: the Pod. */
  readonly object: JsonMap & { spec: JsonMap };
  readonly dryRun: boolean;
}

export type ParsedReview = { readonly ok: true; readonly request: AdmissionRequest } | { readonly ok: false; readonly message: string };

const bad = (message: string): ParsedReview => ({ ok: false, message });
const typeName = (v: unknown): string => (v === undefined ? 'missing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** Checks a request body; a message says what is wrong, for the 400 answer. */
export function parseAdmissionReview(body: string): ParsedReview {
  if (body.trim() === '') return bad('empty body: expected an admission.k8s.io/v1 AdmissionReview (JSON)');
  // Checked before parsing, so no walk below (nor the engine's) can run out of stack.
  if (jsonNestingDepth(body) > MAX_NESTING_DEPTH) return bad(`the body nests deeper than ${MAX_NESTING_DEPTH} levels`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return bad(`the body is not valid JSON: ${(e as Error).message}`);
  }
  if (!isMap(value)) return bad(`the body is ${typeName(value)}, not an AdmissionReview object`);
  if (value.kind !== ADMISSION_KIND) return bad(`kind is ${JSON.stringify(value.kind ?? null)}, expected "${ADMISSION_KIND}"`);
  if (value.apiVersion !== ADMISSION_API_VERSION) {
    return bad(`apiVersion is ${JSON.stringify(value.apiVersion ?? null)}, expected "${ADMISSION_API_VERSION}" (set admissionReviewVersions: [v1] in the webhook configuration)`);
  }
  const req = value.request;
  if (!isMap(req)) return bad(`request is ${typeName(req)}, expected an object`);
  if (typeof req.uid !== 'string' || req.uid === '') return bad('request.uid is missing: the answer must carry it');
  if (req.operation !== undefined && typeof req.operation !== 'string') return bad(`request.operation is ${typeName(req.operation)}, expected a string`);
  if (req.namespace !== undefined && typeof req.namespace !== 'string') return bad(`request.namespace is ${typeName(req.namespace)}, expected a string`);
  if (isMap(req.kind) && (req.kind.kind !== 'Pod' || (req.kind.group ?? '') !== '')) {
    return bad(`request.kind is ${JSON.stringify(`${req.kind.group ? `${String(req.kind.group)}/` : ''}${String(req.kind.kind)}`)}: this webhook injects Pods only (check the rules of the webhook configuration)`);
  }
  const obj = req.object;
  if (!isMap(obj)) return bad(`request.object is ${typeName(obj)}, expected the Pod`);
  if (obj.kind !== undefined && obj.kind !== 'Pod') return bad(`request.object.kind is ${JSON.stringify(obj.kind)}, expected "Pod"`);
  if (obj.metadata !== undefined && !isMap(obj.metadata)) return bad(`request.object.metadata is ${typeName(obj.metadata)}, expected an object`);
  if (!isMap(obj.spec)) return bad(`request.object.spec is ${typeName(obj.spec)}, expected the PodSpec object`);
  return {
    ok: true,
    request: {
      uid: req.uid,
      operation: typeof req.operation === 'string' ? req.operation : 'CREATE',
      namespace: typeof req.namespace === 'string' ? req.namespace : '',
      object: obj as JsonMap & { spec: JsonMap },
      dryRun: req.dryRun === true,
    },
  };
}
