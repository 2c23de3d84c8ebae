/** One review against the engine, in memory: what the answer holds and what the patch leaves alone. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInjectorConfig } from '../../src/config/load-injection.js';
import { prepareInjector, type Injector } from '../../src/inject/index.js';
import { parseAdmissionReview, type AdmissionRequest } from '../../src/webhook/admission.js';
import { answerReview, reviewAnswerer } from '../../src/webhook/answer.js';
import { reviewPod } from '../../src/webhook/review.js';
import { applyJsonPatch, type PatchOp } from '../helpers/json-patch-apply.js';
import { admissionReview } from '../helpers/webhook-server.js';

let injector: Injector;
beforeAll(async () => {
  injector = prepareInjector(await loadInjectorConfig({}, {}));
});

const managedFields = [{ manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': {} } }];
const pod = () => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { generateName: 'api-7c9d-', labels: { app: 'api' }, managedFields, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'api', uid: 'u', controller: true }] },
  spec: { containers: [{ name: 'api', image: 'api:1' }] },
});

function request(object: unknown, namespace = 'payments'): AdmissionRequest {
  const parsed = parseAdmissionReview(JSON.stringify(admissionReview(object, namespace, 'uid-1')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.request;
}

describe('reviewPod', () => {
  it('takes the namespace from the request, and the patch leaves namespace and managedFields alone', () => {
    const out = reviewPod(injector, request(pod()), { failClosed: false });
    expect(out.decision).toBe('injected');
    expect(out.namespace).toBe('payments');
    expect(out.pod).toBe('api-7c9d-***');
    const ops = JSON.parse(Buffer.from(out.response.patch!, 'base64').toString('utf8')) as PatchOp[];
    expect(ops.filter((o) => /^\/metadata\/(namespace|managedFields)/.test(o.path))).toEqual([]);
    const patched = applyJsonPatch(pod(), ops) as { metadata: Record<string, unknown>; spec: { containers: Array<{ name: string; env?: Array<{ name: string; value?: string }> }> } };
    expect(patched.metadata.managedFields).toEqual(managedFields);
    expect(patched.metadata.namespace).toBeUndefined();
    const proxy = [...patched.spec.containers].find((c) => c.name === 'istio-proxy');
    expect(proxy, 'the sidecar').toBeDefined();
    // The owner as Istio derives it for a StatefulSet's pod, in the namespace of the request.
    expect(proxy!.env!.find((e) => e.name === 'ISTIO_META_OWNER')?.value).toBe('kubernetes://apis/apps/v1/namespaces/payments/statefulsets/api');
  });

  it('admits an already injected pod as it is', () => {
    const p = pod();
    const out = reviewPod(injector, request({ ...p, metadata: { ...p.metadata, annotations: { 'sidecar.istio.io/status': '{}' } } }), { failClosed: false });
    expect(out.response).toEqual({ uid: 'uid-1', allowed: true });
    expect(out.decision).toMatch(/already injected/);
  });

  it('answers an engine that throws with a warning (fail open) or a refusal (fail closed), never by throwing', () => {
    const broken = { inject: () => { throw new Error('boom'); } };
    const open = reviewPod(broken, request(pod()), { failClosed: false });
    expect(open.response.allowed).toBe(true);
    expect(open.response.warnings?.[0]).toMatch(/Pod "payments\/api-7c9d-\*\*\*": internal error: boom; the pod was admitted without a sidecar/);
    const closed = reviewPod(broken, request(pod()), { failClosed: true });
    expect(closed.response).toMatchObject({ allowed: false, status: { code: 400 } });
    expect(closed.response.status?.message).toMatch(/boom/);
  });
});

describe('answerReview', () => {
  it('answers 200 with an AdmissionReview carrying the uid, or 400 with the reason', () => {
    const ok = answerReview(injector, JSON.stringify(admissionReview(pod(), 'payments', 'u-7')), { failClosed: false });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', response: { uid: 'u-7', allowed: true, patchType: 'JSONPatch' } });
    const bad = answerReview(injector, '{"kind":"AdmissionReview","apiVersion":"admission.k8s.io/v1","request":{"uid":""}}', { failClosed: false });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/request\.uid is missing/);
  });
});

describe('reviewAnswerer', () => {
  it('answers the replicas of one ReplicaSet (the same pod, another uid) without running the engine again', () => {
    let calls = 0;
    const counting = { inject: (req: Parameters<Injector['inject']>[0]) => (calls++, injector.inject(req)) };
    const answer = reviewAnswerer(counting, { failClosed: false }, 2);
    const body = (uid: string, ns = 'payments', p: unknown = pod()) => JSON.stringify(admissionReview(p, ns, uid));
    const first = JSON.parse(answer(body('r-1')).body).response;
    const second = answer(body('r-2'));
    expect(calls).toBe(1);
    expect(JSON.parse(second.body).response).toEqual({ ...first, uid: 'r-2' });
    expect(second.log).toMatch(/uid "r-2": injected \(same pod as a previous review\)/);
    // Another namespace is another pod (its owner differs), and so is another spec.
    answer(body('r-3', 'other'));
    expect(calls).toBe(2);
    answer(body('r-4', 'payments', { ...pod(), spec: { containers: [{ name: 'api', image: 'api:2' }] } }));
    expect(calls).toBe(3);
    // Two remembered at most: the first pod was the least recently used, and is gone.
    answer(body('r-5'));
    expect(calls).toBe(4);
  });
});
