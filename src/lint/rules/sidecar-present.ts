import { joinPointer } from '../../model/pointer.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { containersOf, optOutReason } from '../pod.js';
import type { Rule } from '../types.js';

export const sidecarPresent: Rule = {
  meta: {
    id: 'sidecar-present',
    severity: 'error',
    istioCode: 'IST0103',
    description: 'With `lint --expect-injected`: every pod that is not opted out carries the istio-proxy container.',
    help:
      'For manifests that should already be injected (the output of `kube-inject`, or of `istioctl kube-inject`). A pod without ' +
      'an istio-proxy container (in containers, or in initContainers as a native sidecar) is outside the mesh. Inject it again, or ' +
      'opt it out explicitly with the label `sidecar.istio.io/inject: "false"`. Only checked with --expect-injected.',
    docs: 'https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/',
  },
  check(ctx) {
    if (!ctx.settings.expectInjected) return;
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== undefined) continue;
      if (containersOf(w).some((c) => c.name === PROXY_CONTAINER)) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, 'spec', 'containers'),
        message: `the pods have no ${PROXY_CONTAINER} container; inject them, or opt them out with the label sidecar.istio.io/inject: "false"`,
      });
    }
  },
};
