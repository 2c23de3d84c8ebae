import { reservedPort } from '../../../src/lint/rules/reserved-port.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'reserved-port';

ruleTester(reservedPort, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: web
          ports:
          - containerPort: 8080
          - containerPort: 15100
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          ports:
          - containerPort: 15090
    `,
    {
      name: 'a pod that is not injected',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels: {sidecar.istio.io/inject: "false"}
        spec:
          containers:
          - name: web
            image: web
            ports: [{containerPort: 15000}]
      `,
    },
  ],
  invalid: [
    {
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              initContainers:
              - name: warm
                image: warm
                ports:
                - {containerPort: 15006, name: x}
              containers:
              - name: web
                image: web
                ports:
                - containerPort: 8080
                - name: health
                  containerPort: 15021
      `,
      findings: [
        { ruleId: R, severity: 'error', line: 12, column: 11, message: 'container "warm" listens on port 15006, which the Istio sidecar reserves (Envoy inbound capture)' },
        { ruleId: R, severity: 'error', line: 18, column: 11, message: 'container "web" listens on port 15021' },
      ],
    },
  ],
});
