import { jobSidecar } from '../../../src/lint/rules/job-sidecar.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'job-sidecar';

const job = yaml`
  apiVersion: batch/v1
  kind: Job
  metadata:
    name: migrate
  spec:
    template:
      metadata:
        labels: {app: migrate}
      spec:
        restartPolicy: Never
        containers: [{name: migrate, image: migrate}]
`;

ruleTester(jobSidecar, {
  valid: [
    { name: 'injecting with --native-sidecars', yaml: job, settings: { nativeSidecars: true } },
    {
      name: 'the annotation asks for a native sidecar',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            metadata:
              annotations: {sidecar.istio.io/nativeSidecar: "true"}
            spec:
              containers: [{name: migrate, image: migrate}]
      `,
    },
    {
      name: 'not injected at all',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            metadata:
              labels: {sidecar.istio.io/inject: "false"}
            spec:
              containers: [{name: migrate, image: migrate}]
      `,
    },
    {
      name: 'already injected as a native sidecar',
      settings: { expectInjected: true },
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              initContainers: [{name: istio-proxy, image: proxyv2, restartPolicy: Always}]
              containers: [{name: migrate, image: migrate}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Job without annotations is located at its pod template metadata',
      yaml: job,
      findings: [{ ruleId: R, severity: 'warning', line: 7, column: 5, message: 'would get a classic sidecar', resource: 'Job "migrate"' }],
    },
    {
      name: 'a CronJob that asks for a classic sidecar',
      settings: { nativeSidecars: true },
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    sidecar.istio.io/nativeSidecar: "false"
                spec:
                  containers: [{name: r, image: r}]
      `,
      findings: [{ ruleId: R, severity: 'warning', line: 12, column: 13, message: '--native-sidecars' }],
    },
    {
      name: 'already injected with a classic sidecar',
      settings: { expectInjected: true },
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              containers:
              - {name: migrate, image: migrate}
              - {name: istio-proxy, image: proxyv2}
      `,
      findings: [{ ruleId: R, severity: 'warning', line: 10, column: 9, message: "the Job's istio-proxy is a regular container" }],
    },
  ],
});
