import { imageAuto } from '../../../src/lint/rules/image-auto.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'image-auto';

const gateway = (kind: string, labels = 'istio: ingressgateway') =>
  kind === 'Pod'
    ? yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: gw, namespace: edge, labels: {${labels}}}
        spec:
          containers:
          - {name: istio-proxy, image: auto}
        ---
      `
    : yaml`
        apiVersion: apps/v1
        kind: ${kind}
        metadata: {name: gw, namespace: edge}
        spec:
          template:
            metadata: {labels: {${labels}}}
            spec:
              containers:
              - {name: istio-proxy, image: auto}
        ---
      `;

const webhook = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: MutatingWebhookConfiguration
  metadata: {name: istio-sidecar-injector}
  webhooks:
  - name: object.sidecar-injector.istio.io
    namespaceSelector:
      matchExpressions:
      - {key: istio-injection, operator: DoesNotExist}
    objectSelector:
      matchLabels: {sidecar.istio.io/inject: "true"}
  ---
`;

const pod = gateway('Pod');
const unmatched = webhook + gateway('Deployment');

ruleTester(imageAuto, {
  valid: [
    { name: 'a Deployment an Istio webhook of the input injects', yaml: webhook + gateway('Deployment', 'istio: ingressgateway, sidecar.istio.io/inject: "true"') },
    { name: 'a StatefulSet: Istio checks Pods and Deployments only', yaml: gateway('StatefulSet') },
  ],
  invalid: [
    {
      name: 'IST0147: a Pod with image: auto, at the image',
      yaml: pod,
      findings: [{ ruleId: R, severity: 'error', ...posOf(pod, 'auto'), istioCode: 'IST0147' }],
    },
    {
      name: 'IST0146: the webhook\'s objectSelector does not match the pod template',
      yaml: unmatched,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(unmatched, 'auto'), istioCode: 'IST0146' }],
    },
  ],
});
