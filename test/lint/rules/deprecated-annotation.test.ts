import { deprecatedAnnotation } from '../../../src/lint/rules/deprecated-annotation.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'deprecated-annotation';

ruleTester(deprecatedAnnotation, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels:
          sidecar.istio.io/inject: "true"
      spec:
        containers: [{name: web, image: web}]
    `,
    {
      name: 'the old annotation next to the new label is deliberate',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels:
            sidecar.istio.io/inject: "true"
          annotations:
            sidecar.istio.io/inject: "true"
        spec:
          containers: [{name: web, image: web}]
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
            metadata:
              annotations:
                sidecar.istio.io/inject: "true"
                traffic.sidecar.istio.io/kubevirtInterfaces: net1
            spec:
              containers: [{name: web, image: web}]
      `,
      findings: [
        { ruleId: R, severity: 'info', line: 9, column: 9, istioCode: null, message: 'annotation "sidecar.istio.io/inject" has been deprecated in favor of the sidecar.istio.io/inject label' },
        { ruleId: R, severity: 'info', line: 10, column: 9, message: 'in favor of istio.io/reroute-virtual-interfaces' },
      ],
    },
    {
      name: 'on a Pod\'s own metadata Istio reads it too: IST0135; in kube-system Istio reads nothing: no code',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            sidecar.istio.io/inject: "true"
        spec:
          containers: [{name: web, image: web}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: sys
          namespace: kube-system
          annotations:
            traffic.sidecar.istio.io/kubevirtInterfaces: net1
        spec:
          containers: [{name: web, image: web}]
      `,
      findings: [
        { ruleId: R, severity: 'info', line: 6, column: 5, istioCode: 'IST0135', resource: 'Pod "web"' },
        { ruleId: R, severity: 'info', line: 16, column: 5, istioCode: null, resource: 'Pod "kube-system/sys"' },
      ],
    },
  ],
});
