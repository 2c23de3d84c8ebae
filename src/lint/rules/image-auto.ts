import { isMap, str } from '../../model/values.js';
import { PROXY_CONTAINER } from '../../istio/sidecar.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import { compileSelector, selects } from '../selector.js';
import { containersOf } from '../pod.js';
import type { Rule } from '../types.js';

/** A selector of a webhook: absent selects everything; one that does not compile selects nothing. */
function webhookSelects(raw: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (raw === undefined || raw === null) return true;
  if (isMap(raw) && Object.keys(raw).length === 0) return true;
  return selects(compileSelector(raw), labels);
}

export const imageAuto: Rule = {
  meta: {
    id: 'image-auto',
    severity: 'warning',
    istioCodes: ['IST0146', 'IST0147'],
    description: 'An istio-proxy container with `image: auto` (a gateway, injected by the webhook) is in a Deployment an Istio webhook of the input injects.',
    help:
      '`image: auto` is replaced by the injection webhook; a pod that is not injected keeps it and cannot start. On a Pod it is ' +
      'always IST0147 (an error), as istioctl analyze reports it. On a Deployment it is IST0146 (a warning) unless a ' +
      'MutatingWebhookConfiguration of the input has an Istio webhook (a name ending in istio.io) whose namespaceSelector ' +
      'matches the Namespace\'s labels and whose objectSelector matches the pod template\'s labels: pass the webhook ' +
      'configuration with `--context`. `kube-inject inject` replaces `image: auto` itself, so a stream it injects needs no webhook.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0146/',
  },
  check(ctx) {
    const webhooks = ctx.index.objects
      .filter((o) => o.kind === 'MutatingWebhookConfiguration')
      .flatMap((o) => (Array.isArray(o.located.object.webhooks) ? o.located.object.webhooks : []))
      .filter((w): w is Record<string, unknown> => isMap(w) && str(w.name).endsWith('istio.io'));
    for (const w of ctx.index.workloads) {
      if ((w.kind !== 'Pod' && w.kind !== 'Deployment') || !isAnalyzedByIstio(w)) continue;
      const proxy = containersOf(w).find((c) => !c.init && c.name === PROXY_CONTAINER && c.container.image === 'auto');
      if (!proxy) continue;
      const base = { doc: w.doc, object: w.located, pointer: `${proxy.pointer}/image`, at: 'value' as const };
      if (w.kind === 'Pod') {
        ctx.report({ ...base, severity: 'error', istioCode: 'IST0147', message: 'the Pod contains `image: auto` but does not match any Istio injection webhook selectors: a Pod is not injected after it is written' });
        continue;
      }
      const ns = ctx.index.namespaces.get(w.namespace);
      const nsLabels = ns ? ns.labels : {};
      if (webhooks.some((h) => webhookSelects(h.namespaceSelector, nsLabels) && webhookSelects(h.objectSelector, w.podLabels))) continue;
      ctx.report({
        ...base,
        istioCode: 'IST0146',
        message: 'the Deployment contains `image: auto` but matches no Istio injection webhook of the input (pass its MutatingWebhookConfiguration with --context, or inject with kube-inject)',
      });
    }
  },
};
