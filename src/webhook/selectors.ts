/**
 * Which pods the API server sends to the webhook: the webhooks of a MutatingWebhookConfiguration
 * and their namespace and object selectors, as Istio's chart writes them
 * (manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml):
 *
 *   namespace label                    pod label                              sent?
 *   istio-injection=enabled            sidecar.istio.io/inject != "false"     yes (default revision)
 *   istio.io/rev=<rev> (no istio-injection)   sidecar.istio.io/inject != "false"   yes
 *   neither label                      sidecar.istio.io/inject=true, no istio.io/rev   yes (default revision)
 *   neither label                      istio.io/rev=<rev>, inject != "false"  yes
 *   anything else                                                             no
 *
 * `<rev>` is the revision, `default` for the default one. The server then applies the injection
 * policy itself (host networking, ignored namespaces, never/always selectors, already injected).
 */
import { INJECT_KEY as INJECT_LABEL, REVISION_LABEL } from '../istio/keys.js';
import type { LabelSelector } from '../model/label-selector.js';

/** The namespace label of the default revision's injection (`enabled`, `disabled`). */
export const INJECTION_NAMESPACE_LABEL = 'istio-injection';

export interface WebhookSelector {
  /** Prefix of the webhook's name (`namespace.`, `object.`, `rev.namespace.`, `rev.object.`). */
  readonly prefix: string;
  readonly namespaceSelector: LabelSelector;
  readonly objectSelector: LabelSelector;
}

const notDisabled = { key: INJECT_LABEL, operator: 'NotIn', values: ['false'] };

/** The selectors of the webhooks for `revision` ('' is the default revision). */
export function webhookSelectors(revision: string): WebhookSelector[] {
  const rev = revision === '' ? 'default' : revision;
  const out: WebhookSelector[] = [
    {
      prefix: 'rev.namespace.',
      namespaceSelector: { matchExpressions: [{ key: REVISION_LABEL, operator: 'In', values: [rev] }, { key: INJECTION_NAMESPACE_LABEL, operator: 'DoesNotExist' }] },
      objectSelector: { matchExpressions: [notDisabled] },
    },
    {
      prefix: 'rev.object.',
      namespaceSelector: { matchExpressions: [{ key: REVISION_LABEL, operator: 'DoesNotExist' }, { key: INJECTION_NAMESPACE_LABEL, operator: 'DoesNotExist' }] },
      objectSelector: { matchExpressions: [notDisabled, { key: REVISION_LABEL, operator: 'In', values: [rev] }] },
    },
  ];
  if (revision !== '') return out;
  return [
    ...out,
    {
      prefix: 'namespace.',
      namespaceSelector: { matchExpressions: [{ key: INJECTION_NAMESPACE_LABEL, operator: 'In', values: ['enabled'] }] },
      objectSelector: { matchExpressions: [notDisabled] },
    },
    {
      prefix: 'object.',
      namespaceSelector: { matchExpressions: [{ key: INJECTION_NAMESPACE_LABEL, operator: 'DoesNotExist' }, { key: REVISION_LABEL, operator: 'DoesNotExist' }] },
      objectSelector: { matchExpressions: [{ key: INJECT_LABEL, operator: 'In', values: ['true'] }, { key: REVISION_LABEL, operator: 'DoesNotExist' }] },
    },
  ];
}
