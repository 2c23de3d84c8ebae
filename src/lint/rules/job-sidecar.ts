import { NATIVE_SIDECAR_ANNOTATION } from '../../istio/keys.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { containersOf, optOutReason, podMetaPointer } from '../pod.js';
import type { Rule } from '../types.js';

const JOB_KINDS = new Set(['Job', 'CronJob']);

export const jobSidecar: Rule = {
  meta: {
    id: 'job-sidecar',
    severity: 'warning',
    description: 'Jobs and CronJobs get the sidecar as a native sidecar, so that their pods can complete.',
    help:
      'A classic sidecar is a regular container that keeps running after the job\'s own containers finish, so the pod never ' +
      'completes. Inject with `--native-sidecars` (istio-proxy becomes an init container with restartPolicy: Always, which ' +
      'Kubernetes stops when the job is done), or annotate the pod template with `sidecar.istio.io/nativeSidecar: "true"`.',
    docs: 'https://istio.io/latest/blog/2023/native-sidecars/',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (!JOB_KINDS.has(w.kind) || optOutReason(w) !== undefined) continue;
      const base = { doc: w.doc, object: w.located };
      const advice = `inject with --native-sidecars, or annotate the pod template with ${NATIVE_SIDECAR_ANNOTATION}: "true"`;
      if (ctx.settings.expectInjected) {
        const proxy = containersOf(w).find((c) => c.name === PROXY_CONTAINER && !c.init);
        if (proxy) {
          ctx.report({ ...base, pointer: proxy.pointer, message: `the ${w.kind}'s ${PROXY_CONTAINER} is a regular container, so its pods never complete; ${advice}` });
        }
        continue;
      }
      const raw = w.podAnnotations[NATIVE_SIDECAR_ANNOTATION];
      const set = typeof raw === 'string' && raw !== '';
      // As the injection template decides: any value but "false" asks for a native sidecar.
      const native = set ? raw !== 'false' : ctx.settings.nativeSidecars;
      if (native) continue;
      ctx.report({
        ...base,
        pointer: set ? podMetaPointer(w, 'annotations', NATIVE_SIDECAR_ANNOTATION) : podMetaPointer(w, 'annotations'),
        message: `the ${w.kind} would get a classic sidecar, which keeps its pods from ever completing; ${advice}`,
      });
    }
  },
};
