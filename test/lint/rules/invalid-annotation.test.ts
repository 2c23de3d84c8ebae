import { invalidAnnotation } from '../../../src/lint/rules/invalid-annotation.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'invalid-annotation';

const pod = (annotations: string) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
      annotations:
  ` +
  annotations.replace(/^(?=.)/gm, '    ') +
  yaml`
    spec:
      containers: [{name: web, image: web}]
  `;

ruleTester(invalidAnnotation, {
  valid: [
    pod(yaml`
      traffic.sidecar.istio.io/excludeOutboundPorts: "3306,5432"
      sidecar.istio.io/logLevel: debug
      status.sidecar.istio.io/port: "15020"
      sidecar.istio.io/bootstrapOverride: anything
      kube-inject.io/ignore: port-name,IST0144,*=legacy
      example.com/number: "3"
    `),
    {
      name: 'a misplaced annotation is not value-checked (misplaced-annotation reports it)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            sidecar.istio.io/interceptionMode: SOMETIMES
        spec:
          template:
            spec:
              containers: [{name: web, image: web}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a value the injector rejects is an error, one Istio ignores a warning',
      yaml: pod(yaml`
        sidecar.istio.io/interceptionMode: SOMETIMES
        sidecar.istio.io/logLevel: loud
      `),
      findings: [
        { ruleId: R, severity: 'error', line: 6, column: 40, istioCode: 'IST0125', message: 'invalid value "SOMETIMES" for annotation sidecar.istio.io/interceptionMode: interceptionMode invalid, use REDIRECT,TPROXY,NONE: SOMETIMES (the injector rejects the pod)' },
        { ruleId: R, severity: 'warning', line: 7, column: 32, message: '(Istio ignores the value)' },
      ],
    },
    {
      name: 'a number where a string must be, and an ignore list naming no rule',
      yaml: pod(yaml`
        status.sidecar.istio.io/port: 15020
        kube-inject.io/ignore: port-name,no-such-rule=reason
      `),
      findings: [
        { ruleId: R, severity: 'error', line: 6, column: 35, message: 'values must be strings; quote it' },
        { ruleId: R, severity: 'warning', line: 7, column: 28, message: 'kube-inject.io/ignore names no rule "no-such-rule"' },
      ],
    },
  ],
});
