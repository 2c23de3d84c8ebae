import { describe, expect, test } from 'vitest';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';
import { yaml } from './helpers/rule-tester.js';

const gateway = (port: number) => yaml`
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata: {name: gw, namespace: shop}
  spec:
    selector: {istio: ingressgateway}
    servers: [{port: {number: ${port}, name: http, protocol: HTTP}, hosts: ["*"]}]
`;

const codes = (text: string, istioDefaults?: boolean) =>
  lintDocuments(splitStream({ name: 'gw.yaml', text }), undefined, istioDefaults === undefined ? {} : { istioDefaults }).findings.map((f) => `${f.istioCode} ${f.line}:${f.column}`);

describe("istioctl analyze's default ingress gateway", () => {
  test('a Gateway for istio: ingressgateway is served by it, on its ports 80, 443, 31400, 15443; nothing is reported on it', () => {
    expect(codes(gateway(80))).toEqual([]);
    expect(codes(gateway(8080))).toEqual(['IST0162 6:21']);
  });

  test('without the defaults, no pod serves the Gateway', () => {
    expect(codes(gateway(80), false)).toEqual(['IST0101 5:14']);
  });

  test("the input's own istio-system/istio-ingressgateway Service replaces the default one", () => {
    const own = gateway(8080) + '---\n' + yaml`
      apiVersion: v1
      kind: Service
      metadata: {name: istio-ingressgateway, namespace: istio-system, labels: {istio: ingressgateway}}
      spec:
        selector: {istio: ingressgateway}
        ports: [{name: http2, port: 80, targetPort: 8080}]
    `;
    expect(codes(own)).toEqual([]);
  });
});
