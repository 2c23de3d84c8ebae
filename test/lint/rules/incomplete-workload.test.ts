import { incompleteWorkload } from '../../../src/lint/rules/incomplete-workload.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'incomplete-workload';

const partial = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: no-spec}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: no-template}
  spec: {replicas: 1}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: no-containers}
  spec:
    template:
      spec: {restartPolicy: Always}
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata: {name: empty-containers}
  spec:
    jobTemplate:
      spec:
        template:
          spec:
            containers: []
`;

ruleTester(incompleteWorkload, {
  valid: ['apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: c}]}\n'],
  invalid: [
    {
      name: 'linted, not refused: a Pod without spec, a Deployment without template, a pod spec without containers or with none',
      yaml: partial,
      findings: [
        { ruleId: R, severity: 'error', line: 1, column: 1, message: 'its pod spec (spec) is missing', resource: 'Pod "no-spec"' },
        { ruleId: R, severity: 'error', ...posOf(partial, 'spec: {replicas'), message: 'its pod template (spec.template) is missing' },
        { ruleId: R, severity: 'error', ...posOf(partial, 'spec: {restartPolicy'), message: 'the pod spec has no containers' },
        { ruleId: R, severity: 'error', ...posOf(partial, 'containers: []'), message: 'the pod spec has no containers' },
      ],
    },
  ],
});
