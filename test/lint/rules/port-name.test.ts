import { portName } from '../../../src/lint/rules/port-name.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const service = (ports: string, extra = '') => yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: svc
    namespace: shop
  spec:${extra}
    selector:
      app: svc
    ports:
` + ports.replace(/^(?=.)/gm, '  ');

const R = 'port-name';

ruleTester(portName, {
  valid: [
    {
      name: 'every protocol Istio knows, by name, case-insensitive, with suffixes',
      yaml: service(yaml`
        - {name: http, port: 1}
        - {name: HTTP-Web, port: 2}
        - {name: http2, port: 3}
        - {name: https-admin, port: 4}
        - {name: grpc, port: 5}
        - {name: grpc-web, port: 6}
        - {name: http_proxy, port: 7}
        - {name: mongo-primary, port: 8}
        - {name: mysql, port: 9}
        - {name: redis-cache, port: 10}
        - {name: tcp-raw, port: 11}
        - {name: TLS, port: 12}
        - {name: udp-stats, port: 13}
      `),
    },
    {
      name: 'appProtocol (Kubernetes names too), and protocol: UDP',
      yaml: service(yaml`
        - {name: web, port: 1, appProtocol: http}
        - {name: web2, port: 2, appProtocol: kubernetes.io/h2c}
        - {name: ws, port: 3, appProtocol: kubernetes.io/ws}
        - {name: wss, port: 4, appProtocol: Kubernetes.io/WSS}
        - {name: dns, port: 53, protocol: UDP}
        - {port: 5, protocol: UDP}
      `),
    },
    {
      name: 'an ExternalName Service port that names its protocol',
      yaml: service('- {name: tls-db, port: 443}\n', '\n    type: ExternalName\n    externalName: example.com'),
    },
    {
      name: 'Istio skips kube-system, kube-public … and the control plane\'s Services (label istio, or release: istio)',
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: dns, namespace: kube-system}
        spec:
          ports: [{port: 8080}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: gw, namespace: istio-system, labels: {istio: ingressgateway}}
        spec:
          ports: [{name: foo, port: 8080}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: istiod, namespace: istio-system, labels: {release: istio}}
        spec:
          ports: [{name: foo, port: 8080}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: local, namespace: local-path-storage}
        spec:
          ports: [{name: foo, port: 8080}]
      `,
    },
  ],
  invalid: [
    {
      name: 'IST0150: an ExternalName Service port with no protocol name, or named "tcp"',
      yaml: service('- {port: 80}\n- {name: tcp, port: 5432}\n', '\n    type: ExternalName\n    externalName: example.com'),
      findings: [
        { ruleId: 'port-name', severity: 'warning', line: 12, column: 5, istioCode: 'IST0150', message: 'port 80 of the ExternalName Service has no name' },
        { ruleId: 'port-name', severity: 'warning', line: 13, column: 5, istioCode: 'IST0150', message: 'is named "tcp"' },
      ],
    },
    {
      name: 'a name without a protocol',
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
          - name: web
            port: 8080
            targetPort: 9090
      `,
      findings: [{ ruleId: R, severity: 'info', line: 11, column: 5, istioCode: 'IST0118', message: 'port 8080 (targetPort 9090) is named "web"', resource: 'Service "web"' }],
    },
    {
      name: 'http2foo is not http2, and an unnamed port is reported too',
      yaml: service(yaml`
        - name: http2foo
          port: 80
        - port: 81
      `),
      findings: [
        { ruleId: R, severity: 'info', line: 10, column: 5, message: 'is named "http2foo"' },
        { ruleId: R, severity: 'info', line: 12, column: 5, message: 'port 81 (targetPort 81) has no name: Istio will treat it as plain TCP, after protocol detection' },
      ],
    },
    {
      name: 'appProtocol wins over the name, and a well-known port is still unnamed',
      yaml: service(yaml`
        - {name: http, port: 80, appProtocol: custom}
        - {port: 3306}
      `),
      findings: [
        { ruleId: R, severity: 'info', line: 10, column: 5, message: 'the appProtocol "custom" of port 80' },
        { ruleId: R, severity: 'info', line: 11, column: 5, message: 'without protocol detection' },
      ],
    },
  ],
});
