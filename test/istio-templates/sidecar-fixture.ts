/** Realistic template data for Istio's sidecar template, built from Istio's test data. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { ISTIO_DATA_DIR, istioInjectorConfigFile } from '../helpers/shared.js';

export const SHARED = ISTIO_DATA_DIR;

export function injectorTemplates(): Record<string, string> {
  const cfg = load(readFileSync(istioInjectorConfigFile(), 'utf8')) as { templates: Record<string, string> };
  return cfg.templates;
}

export function sidecarData(): Record<string, unknown> {
  const values = JSON.parse(readFileSync(`${SHARED}/config/test-default.values.json`, 'utf8')) as Record<string, unknown>;
  const mesh = load(readFileSync(`${SHARED}/config/test-default.mesh.yaml`, 'utf8')) as Record<string, unknown>;
  const deployment = load(readFileSync(`${SHARED}/inject/hello.yaml`, 'utf8')) as {
    metadata: { name: string };
    spec: { template: { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> } };
  };
  const pod = deployment.spec.template;
  return {
    TypeMeta: { kind: 'Deployment', apiVersion: 'apps/v1' },
    DeploymentMeta: { name: 'hello', namespace: 'default' },
    ObjectMeta: { name: 'hello', namespace: 'default', labels: pod.metadata.labels, annotations: {} },
    Spec: pod.spec,
    ProxyConfig: { ...(mesh['defaultConfig'] as object), interceptionMode: 'REDIRECT' },
    MeshConfig: mesh,
    Values: values,
    Revision: '',
    NativeSidecars: false,
    ProxyImage: 'registry.istio.io/testing/proxyv2:latest',
    ProxyInitImage: 'registry.istio.io/testing/proxyv2:latest',
    InboundTrafficPolicyMode: '',
    CompliancePolicy: '',
    ProxyUID: 1337,
    ProxyGID: 1337,
  };
}
