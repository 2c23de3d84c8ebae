import { sidecarPresent } from '../../../src/lint/rules/sidecar-present.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'sidecar-present';
const expectInjected = { expectInjected: true };

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
  ],
  invalid: [
    {
      name: 'a Deployment without istio-proxy',
      settings: expectInjected,
      yaml: notInjected,
      findings: [{ ruleId: R, severity: 'error', line: 10, column: 7, istioCode: null, message: 'no istio-proxy container', resource: 'Deployment "web"' }],
    },
  ],
});
