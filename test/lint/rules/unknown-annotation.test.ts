import { unknownAnnotation } from '../../../src/lint/rules/unknown-annotation.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'unknown-annotation';

ruleTester(unknownAnnotation, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        annotations:
          sidecar.istio.io/proxyCPU: 100m
          example.com/owner: team-a
          kube-inject.io/ignore: port-name
      spec:
        containers: [{name: web, image: web}]
    `,
    {
      name: 'other kinds are not checked, as Istio does not',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          annotations:
            sidecar.istio.io/whatever: "x"
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt key on a pod template, with a suggestion',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                sidecar.istio.io/proxyMemroy: 256Mi
            spec:
              containers: [{name: web, image: web}]
      `,
      findings: [
        { ruleId: R, severity: 'warning', line: 10, column: 9, istioCode: null, message: 'unknown annotation "sidecar.istio.io/proxyMemroy"; did you mean "sidecar.istio.io/proxyMemory"?' },
      ],
    },
    {
      name: 'a label written as an annotation on a Namespace, and a key with no near match on a Service',
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          annotations:
            istio.io/dataplane-mode: ambient
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations:
            networking.istio.io/zzzzzzzzzzzzzz: "1"
        spec:
          ports: [{name: http, port: 80}]
      `,
      findings: [
        { ruleId: R, severity: 'warning', line: 6, column: 5, istioCode: 'IST0108', message: 'is a label, not an annotation', resource: 'Namespace "shop"' },
        { ruleId: R, severity: 'warning', line: 13, column: 5, istioCode: 'IST0108', message: 'unknown annotation "networking.istio.io/zzzzzzzzzzzzzz"', resource: 'Service "web"' },
      ],
    },
  ],
});
