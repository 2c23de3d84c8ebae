import { serviceAssociation } from '../../../src/lint/rules/service-association.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const deployment = (name: string, labels: string, ns = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}${ns ? `\n    namespace: ${ns}` : ''}
  spec:
    selector:
      matchLabels: {${labels}}
    template:
      metadata:
        labels: {${labels}}
      spec:
        containers:
        - name: app
          image: app
`;

const R = 'service-association';

ruleTester(serviceAssociation, {
  valid: [
    {
      name: 'one Service selects the pods; no namespace is the default namespace',
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
          - name: http
            port: 80
        ---
      ` + deployment('web', 'app: web, version: v1', 'default'),
    },
    {
      name: 'a Job needs no Service',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            metadata:
              labels:
                app: migrate
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: migrate
      `,
    },
    {
      name: 'a pod opted out of injection needs no Service',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          labels:
            sidecar.istio.io/inject: "false"
        spec:
          containers:
          - name: debug
            image: busybox
      `,
    },
  ],
  invalid: [
    {
      name: 'one Service may serve a port over TCP and UDP; only the two-Services info remains',
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: dns}
        spec:
          selector: {app: web}
          ports:
          - {name: dns, port: 53, protocol: UDP}
          - {name: tcp-dns, port: 53}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
          - {name: http, port: 80}
      ` + '---\n' + deployment('web', 'app: web'),
      findings: [{ ruleId: R, severity: 'info', line: 27, column: 7 }],
    },
    {
      name: 'the only matching Service is in another namespace',
      yaml:
        yaml`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
            namespace: other
          spec:
            selector:
              app: web
            ports:
            - name: http
              port: 80
          ---
        ` + deployment('web', 'app: web'),
      findings: [{ ruleId: R, severity: 'warning', line: 22, column: 7, message: 'no Service in the input selects the pods', resource: 'Deployment "web"' }],
    },
    {
      name: 'a Service selector that does not match every label',
      yaml:
        yaml`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            selector:
              app: web
              tier: front
            ports:
            - name: http
              port: 80
          ---
        ` + deployment('web', 'app: web'),
      findings: [{ ruleId: R, severity: 'warning', line: 22, column: 7 }],
    },
    {
      name: 'two Services select the pods: info',
      yaml: twoServices('http', 'http-alt'),
      findings: [{ ruleId: R, severity: 'info', line: 30, column: 7, message: 'selected by 2 Services (Service "default/a", Service "default/b")' }],
    },
    {
      name: 'two Services with maxServices: 1: error',
      yaml: twoServices('http', 'http-alt'),
      options: { maxServices: 1 },
      findings: [{ ruleId: R, severity: 'error', line: 30, column: 7, message: 'maxServices allows 1' }],
    },
    {
      name: 'two Services give port 80 different protocols by name: our own finding, no Istio code (Istio compares the protocol field)',
      yaml: twoServices('http', 'tcp'),
      findings: [
        { ruleId: R, severity: 'error', line: 18, column: 5, istioCode: null, message: 'port 80 different protocols (HTTP in Service "default/a", TCP in Service "default/b")', resource: 'Service "b"' },
        { ruleId: R, severity: 'info', line: 30, column: 7 },
      ],
    },
    {
      name: 'two Services map targetPort 8080 to different ports, the Deployment not in the mesh as Istio sees it: ours, no code',
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: a
        spec:
          selector: {app: web}
          ports:
          - name: http
            port: 80
            targetPort: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: b
        spec:
          selector: {app: web}
          ports:
          - name: http
            port: 8080
      ` + '---\n' + deployment('web', 'app: web'),
      findings: [
        { ruleId: R, severity: 'warning', line: 19, column: 5, istioCode: null, message: 'targetPort 8080 to different ports (80 in Service "default/a", 8080 in Service "default/b")' },
        { ruleId: R, severity: 'info', line: 31, column: 7 },
      ],
    },
  ],
});

/** Services `a` and `b` over `app: web`, both on port 80, named as given. */
function twoServices(nameA: string, nameB: string): string {
  return (
    yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: a
      spec:
        selector: {app: web}
        ports:
        - name: ${nameA}
          port: 80
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: b
      spec:
        selector: {app: web}
        ports:
        - name: ${nameB}
          port: 80
      ---
    ` + deployment('web', 'app: web')
  );
}
