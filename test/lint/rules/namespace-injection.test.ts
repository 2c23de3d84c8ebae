import { namespaceInjection } from '../../../src/lint/rules/namespace-injection.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'namespace-injection';

const ns = (name: string, labels: string) => yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: ${name}
    labels: {${labels}}
  ---
`;

const unlabelled = ns('shop', 'team: books') + ns('empty', 'istio-injection: ""');
const multiple = ns('shop', 'istio-injection: enabled, istio.io/rev: canary') + ns('amb', 'istio.io/rev: canary, istio.io/dataplane-mode: ambient');

const injectorByDefault = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: istio-sidecar-injector, namespace: istio-system}
  data:
    values: '{"sidecarInjectorWebhook": {"enableNamespacesByDefault": true}}'
  ---
` + ns('shop', 'team: books');

ruleTester(namespaceInjection, {
  valid: [
    {
      name: 'enabled, disabled, a revision, ambient; istio-system and kube-system are not checked; a revision beside istio-injection=disabled does not count',
      yaml:
        ns('a', 'istio-injection: enabled') +
        ns('b', 'istio-injection: disabled') +
        ns('c', 'istio.io/rev: canary') +
        ns('d', 'istio.io/dataplane-mode: ambient') +
        ns('istio-system', '') +
        ns('kube-system', '') +
        ns('e', 'istio-injection: disabled, istio.io/rev: canary'),
    },
  ],
  invalid: [
    {
      name: 'IST0148 instead of IST0102 when the injector ConfigMap of the input enables namespaces by default',
      yaml: injectorByDefault,
      findings: [{ ruleId: R, severity: 'info', ...posOf(injectorByDefault, 'name: shop'), istioCode: 'IST0148', message: 'enableNamespacesByDefault' }],
    },
    {
      name: 'IST0102: no injection label, or an empty one; at metadata.name',
      yaml: unlabelled,
      findings: [
        { ruleId: R, severity: 'info', ...posOf(unlabelled, 'name: shop'), istioCode: 'IST0102', message: 'kubectl label namespace shop istio-injection=enabled' },
        { ruleId: R, severity: 'info', ...posOf(unlabelled, 'name: empty'), istioCode: 'IST0102' },
      ],
    },
    {
      name: 'IST0123: istio-injection=enabled with a revision; a revision with the ambient data-plane mode',
      yaml: multiple,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(multiple, 'labels'), istioCode: 'IST0123', message: '(istio-injection=enabled, istio.io/rev=canary)' },
        { ruleId: R, severity: 'warning', ...posOf(multiple, 'labels', 2), istioCode: 'IST0123', message: '(istio.io/rev=canary, istio.io/dataplane-mode=ambient)' },
      ],
    },
  ],
});
