import { sidecarPresent } from '../../../src/lint/rules/sidecar-present.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'sidecar-present';
const expectInjected = { expectInjected: true };

const namespace = (name: string, labels: string) => yaml`
  apiVersion: v1
  kind: Namespace
  metadata: {name: ${name}, labels: {${labels}}}
  ---
`;

const pod = (name: string, ns: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: ${name}, namespace: ${ns}${extra}}
  spec:
    containers: [{name: app, image: app}]
  ---
`;

const enabled = namespace('ns-on', 'istio-injection: enabled') + pod('p', 'ns-on') + pod('opted-out', 'ns-on', ', labels: {sidecar.istio.io/inject: "false"}');
const revision = namespace('rev', 'istio.io/rev: canary') + pod('p', 'rev');
const absent = pod('p', 'elsewhere');

const notInjected = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
        - name: web
          image: web
`;

ruleTester(sidecarPresent, {
  valid: [
    { name: 'only checked with --expect-injected', yaml: notInjected },
    {
      name: 'istio-proxy as a container',
      settings: expectInjected,
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - {name: web, image: web}
          - {name: istio-proxy, image: docker.io/istio/proxyv2:1.24.0}
      `,
    },
    {
      name: 'istio-proxy as a native sidecar',
      settings: expectInjected,
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
          - {name: istio-proxy, image: docker.io/istio/proxyv2:1.24.0, restartPolicy: Always}
          containers:
          - {name: web, image: web}
      `,
    },
    {
      name: 'opted out',
      settings: expectInjected,
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            sidecar.istio.io/inject: "false"
        spec:
          containers:
          - {name: web, image: web}
      `,
    },
    {
      name: 'a Namespace of the input labelled istio-injection=disabled, or not labelled, expects no sidecar; disabled wins over a revision',
      settings: expectInjected,
      yaml: namespace('ns-off', 'istio-injection: disabled') + pod('p', 'ns-off') + namespace('plain', 'team: a') + pod('p', 'plain') + namespace('both', 'istio-injection: disabled, istio.io/rev: canary') + pod('p', 'both'),
    },
  ],
  invalid: [
    {
      name: 'IST0103: a Pod in a Namespace labelled istio-injection=enabled (the opted-out Pod is not expected)',
      settings: expectInjected,
      yaml: enabled,
      findings: [{ ruleId: R, severity: 'error', ...posOf(enabled, 'containers'), istioCode: 'IST0103', resource: 'Pod "ns-on/p"' }],
    },
    {
      name: 'a revision label expects injection too, but istioctl analyze does not check it: no code',
      settings: expectInjected,
      yaml: revision,
      findings: [{ ruleId: R, severity: 'error', ...posOf(revision, 'containers'), istioCode: null }],
    },
    {
      name: 'the Namespace is not in the input: --expect-injected expects every pod; no code',
      settings: expectInjected,
      yaml: absent,
      findings: [{ ruleId: R, severity: 'error', ...posOf(absent, 'containers'), istioCode: null }],
    },
    {
      name: 'a Deployment without istio-proxy',
      settings: expectInjected,
      yaml: notInjected,
      findings: [{ ruleId: R, severity: 'error', line: 10, column: 7, istioCode: null, message: 'no istio-proxy container', resource: 'Deployment "web"' }],
    },
  ],
});
