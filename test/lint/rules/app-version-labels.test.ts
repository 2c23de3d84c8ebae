import { appVersionLabels } from '../../../src/lint/rules/app-version-labels.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'app-version-labels';

/** A Deployment whose pod labels are the flow mapping `labels` (line 10 of the document). */
const deployment = (name: string, labels: string, ns = 'shop') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    selector: {matchLabels: {${labels}}}
    template:
      metadata:
        labels: {${labels}}
      spec:
        containers: [{name: app, image: app}]
`;

ruleTester(appVersionLabels, {
  valid: [
    deployment('web', 'app: web, version: v1'),
    deployment('web', 'app.kubernetes.io/name: web, app.kubernetes.io/version: "1.2"'),
    { name: 'same app, different versions', yaml: deployment('web-v1', 'app: web, version: v1') + '---\n' + deployment('web-v2', 'app: web, version: v2') },
    { name: 'same app and version in different namespaces', yaml: deployment('web', 'app: web, version: v1', 'a') + '---\n' + deployment('web', 'app: web, version: v1', 'b') },
    {
      name: 'a pod that stays out of the mesh needs no Istio labels',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: {sidecar.istio.io/inject: "false"}
        spec:
          containers: [{name: app, image: app}]
      `,
    },
  ],
  invalid: [
    {
      name: 'no version label',
      yaml: deployment('web', 'app: web'),
      findings: [{ ruleId: R, severity: 'warning', line: 10, column: 7, message: 'no "version"', resource: 'Deployment "shop/web"' }],
    },
    {
      name: 'no label at all',
      yaml: deployment('web', ''),
      findings: [
        { ruleId: R, severity: 'warning', line: 10, column: 7, message: 'no "app"' },
        { ruleId: R, severity: 'warning', line: 10, column: 7, message: 'no "version"' },
      ],
    },
    {
      name: 'a Pod without labels is located at its metadata',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers: [{name: app, image: app}]
      `,
      findings: [
        { ruleId: R, severity: 'warning', line: 3, column: 1, message: 'no "app"' },
        { ruleId: R, severity: 'warning', line: 3, column: 1, message: 'no "version"' },
      ],
    },
    {
      name: 'two workloads of one app with the same version',
      yaml: deployment('web', 'app: web, version: v1') + '---\n' + yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web-copy
          namespace: shop
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata:
              labels:
                version: v1
                app: web
            spec:
              containers: [{name: app, image: app}]
      `,
      findings: [
        { ruleId: R, severity: 'warning', line: 25, column: 9, message: 'the same app label "web" as Deployment "shop/web", and the same version "v1"', resource: 'StatefulSet "shop/web-copy"' },
      ],
    },
  ],
});
