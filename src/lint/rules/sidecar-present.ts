import { joinPointer } from '../../model/pointer.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { REVISION_LABEL } from '../../istio/keys.js';
import { INJECTION_LABEL, namespaceLabel } from '../in-mesh.js';
import type { IndexedWorkload, LintIndex } from '../mesh-index.js';
import { containersOf, optOutReason } from '../pod.js';
import type { Rule } from '../types.js';

/**
 * Whether the pods of `w` are expected to carry the sidecar, and whether Istio would say so with
 * IST0103: `'istio'` (a Pod in a Namespace of the input labelled istio-injection=enabled),
 * `'ours'` (expected, but Istio's analyzer does not check it), or undefined (not expected).
 */
function expectation(w: IndexedWorkload, index: LintIndex): 'istio' | 'ours' | undefined {
  const ns = index.namespaces.get(w.namespace);
  if (!ns) return 'ours'; // --expect-injected says every pod is; nothing in the input says otherwise
  const injection = namespaceLabel(ns, INJECTION_LABEL);
  if (injection === 'enabled') return w.kind === 'Pod' && w.namespace !== 'istio-system' ? 'istio' : 'ours';
  // An explicit istio-injection value other than "enabled" (disabled) opts the namespace out,
  // and wins over a revision label, as in Istio's webhook selectors.
  if (injection !== undefined) return undefined;
  const revision = namespaceLabel(ns, REVISION_LABEL);
  return revision !== undefined && revision !== '' ? 'ours' : undefined;
}

export const sidecarPresent: Rule = {
  meta: {
    id: 'sidecar-present',
    severity: 'error',
    istioCode: 'IST0103',
    description: 'With `lint --expect-injected`: every pod that is expected to be injected carries the istio-proxy container.',
    help:
      'For manifests that should already be injected (the output of `kube-inject`, or of `istioctl kube-inject`). A pod without ' +
      'an istio-proxy container (in containers, or in initContainers as a native sidecar) is outside the mesh. Which pods are ' +
      'expected: those in a Namespace of the input labelled `istio-injection=enabled` or with an `istio.io/rev` revision label; ' +
      'a Namespace labelled `istio-injection` with any other value (`disabled`), or with neither label, expects none; when the ' +
      'Namespace is not in the input, every pod is expected (that is what --expect-injected says). A pod opted out with the label ' +
      '(or annotation) `sidecar.istio.io/inject: "false"`, on the host network, or in kube-system, kube-public, kube-node-lease ' +
      'or local-path-storage is never expected. Only a Pod in an `istio-injection=enabled` Namespace gets Istio\'s code IST0103, ' +
      'as istioctl analyze checks Pods only and only there; the other findings are kube-inject\'s own. Inject the pods again, ' +
      'or opt them out explicitly. Only checked with --expect-injected.',
    docs: 'https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/',
  },
  check(ctx) {
    if (!ctx.settings.expectInjected) return;
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== undefined) continue;
      const expected = expectation(w, ctx.index);
      if (!expected) continue;
      if (containersOf(w).some((c) => c.name === PROXY_CONTAINER)) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, 'spec', 'containers'),
        istioCode: expected === 'istio' ? 'IST0103' : null,
        message: `the pods have no ${PROXY_CONTAINER} container; inject them, or opt them out with the label sidecar.istio.io/inject: "false"`,
      });
    }
  },
};
