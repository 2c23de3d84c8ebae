import { servicePortConflict } from '../../../src/lint/rules/service-port-conflict.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'service-port-conflict';

const namespace = (labels: string) => yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels: {${labels}}
`;

const service = (name: string, ports: string) => yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: shop
  spec:
    selector: {app: web}
    ports: ${ports}
`;

const deployment = (kind = 'Deployment', podLabels = 'app: web') => yaml`
  apiVersion: apps/v1
  kind: ${kind}
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      metadata:
        labels: {${podLabels}}
      spec:
        containers: [{name: web, image: web}]
`;

const stream = (...docs: string[]) => docs.join('---\n');

ruleTester(servicePortConflict, {
  valid: [
    {
      name: 'protocols derived from names differ, but the protocol fields agree (TCP): Istio reports nothing',
      yaml: stream(namespace('istio-injection: enabled'), service('a', '[{name: http, port: 80}]'), service('b', '[{name: grpc, port: 80}]'), deployment()),
    },
    {
      name: 'a conflict, but no Namespace in the input: Istio does not count the Deployment as in the mesh',
      yaml: stream(service('a', '[{name: dns, port: 53, protocol: UDP}]'), service('b', '[{name: tcp, port: 53}]'), deployment()),
    },
    {
      name: 'a conflict, but the Namespace is labelled istio-injection=disabled',
      yaml: stream(namespace('istio-injection: disabled'), service('a', '[{port: 53, protocol: UDP}]'), service('b', '[{port: 53}]'), deployment()),
    },
    {
      name: 'a conflict on a StatefulSet: Istio checks Deployments only',
      yaml: stream(namespace('istio-injection: enabled'), service('a', '[{port: 53, protocol: UDP}]'), service('b', '[{port: 53}]'), deployment('StatefulSet')),
    },
    {
      name: 'a conflict in kube-system: Istio drops the namespace',
      yaml: stream(service('a', '[{port: 53, protocol: UDP}]'), service('b', '[{port: 53}]'), deployment('Deployment', 'app: web, sidecar.istio.io/inject: "true"')).replace(/namespace: shop/g, 'namespace: kube-system'),
    },
  ],
  invalid: [
    {
      name: 'IST0116: one port, protocol fields TCP (unset) and UDP, in an injection-enabled namespace; on the Deployment\'s name',
      yaml: stream(namespace('istio-injection: enabled'), service('a', '[{name: dns, port: 53, protocol: UDP}]'), service('b', '[{name: dns-tcp, port: 53}]'), deployment()),
      findings: [{ ruleId: R, severity: 'warning', line: 28, column: 3, istioCode: 'IST0116', message: 'port 53 with different protocols (UDP in Service "shop/a", TCP in Service "shop/b")', resource: 'Deployment "shop/web"' }],
    },
    {
      name: 'IST0137: one targetPort from two ports; the pod label sidecar.istio.io/inject: "true" puts it in the mesh without a Namespace',
      yaml: stream(service('a', '[{name: http, port: 80, targetPort: 8080}]'), service('b', '[{name: http, port: 8080}]'), deployment('Deployment', 'app: web, sidecar.istio.io/inject: "true"')),
      findings: [{ ruleId: R, severity: 'warning', line: 22, column: 3, istioCode: 'IST0137', message: 'targetPort 8080 from different ports (80 in Service "shop/a", 8080 in Service "shop/b")' }],
    },
  ],
});
