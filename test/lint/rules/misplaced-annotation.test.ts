import { misplacedAnnotation } from '../../../src/lint/rules/misplaced-annotation.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'misplaced-annotation';

ruleTester(misplacedAnnotation, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          galley.istio.io/analyze-suppress: IST0118
        labels:
          app: web
      spec:
        template:
          metadata:
            labels:
              sidecar.istio.io/inject: "true"
            annotations:
              sidecar.istio.io/proxyCPU: 100m
          spec:
            containers: [{name: web, image: web}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        annotations:
          networking.istio.io/exportTo: "."
      spec:
        ports: [{name: http, port: 80}]
    `,
  ],
  invalid: [
    {
      name: 'on a Deployment\'s own metadata Istio reports it too (IST0107)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            sidecar.istio.io/proxyCPU: 100m
        spec:
          template:
            spec:
              containers: [{name: web, image: web}]
      `,
      findings: [{ ruleId: R, severity: 'warning', line: 6, column: 5, istioCode: 'IST0107', resource: 'Deployment "web"' }],
    },
    {
      name: 'pod settings on the workload itself',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
          annotations:
            sidecar.istio.io/proxyCPU: 100m
          labels:
            sidecar.istio.io/inject: "false"
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: r, image: r}]
      `,
      findings: [
        {
          ruleId: R,
          severity: 'warning',
          line: 6,
          column: 5,
          // Istio reads the annotations of Namespaces, Services, Pods and Deployments only.
          istioCode: null,
          message: `annotation "sidecar.istio.io/proxyCPU" on the CronJob's own metadata has no effect; it only works on the pod template (spec.jobTemplate.spec.template.metadata.annotations)`,
        },
        { ruleId: R, severity: 'warning', line: 8, column: 5, message: 'label "sidecar.istio.io/inject" on the CronJob\'s own metadata has no effect' },
      ],
    },
    {
      name: 'a Service annotation on a pod template',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                networking.istio.io/exportTo: "."
            spec:
              containers: [{name: web, image: web}]
      `,
      findings: [{ ruleId: R, severity: 'warning', line: 9, column: 9, message: 'has no effect on a Deployment pod template; it can only be applied to Service' }],
    },
  ],
});
