/**
 * The objects that install `kube-inject serve` in a cluster (`kube-inject webhook-manifests`):
 * Namespace, ServiceAccount, the ConfigMap with the injection configuration files, optionally a
 * cert-manager Issuer and Certificate, Service, Deployment and the MutatingWebhookConfiguration.
 * Pure: the configuration files come in as text, the objects go out.
 */
import { INJECT_KEY } from '../istio/keys.js';
import { webhookSelectors } from './selectors.js';

export interface ConfigFileInput {
  /** The `serve` option that reads it (`--values`, `--mesh-config`, `--inject-config`, `--operator-file`). */
  readonly flag: string;
  readonly text: string;
  /** `.json` keeps a JSON file JSON; anything else is `.yaml`. */
  readonly ext?: string;
}

export interface WebhookInstall {
  readonly namespace: string;
  /** Of the Service, Deployment, ServiceAccount, ConfigMap and webhook configuration. */
  readonly name: string;
  readonly image: string;
  readonly replicas: number;
  /** How the API server trusts the serving certificate: a CA bundle, or cert-manager's CA injector. */
  readonly tls: { readonly caBundle: string } | { readonly certManager: true };
  /** The Secret holding tls.crt and tls.key (cert-manager writes it with `certManager`). */
  readonly tlsSecret: string;
  readonly failClosed: boolean;
  readonly timeoutSeconds: number;
  readonly revision: string;
  readonly nativeSidecars: boolean;
  readonly configFiles: readonly ConfigFileInput[];
  /** A digest of the configuration, put on the pod template so a change rolls the pods. */
  readonly configDigest: string;
}

export const WEBHOOK_PORT = 9443;
const CONFIG_DIR = '/etc/kube-inject/config';
const TLS_DIR = '/etc/kube-inject/tls';
/** The UID and GID of the container (any non-root ID the image can run as). */
const RUN_AS = 65532;

type Obj = Record<string, unknown>;

/** `values-0.yaml`, `mesh-config-0.yaml` …: the ConfigMap key of each file, in order. */
export function configKeys(files: readonly ConfigFileInput[]): string[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const base = f.flag.replace(/^--/, '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}-${n}${f.ext === '.json' ? '.json' : '.yaml'}`;
  });
}

export function webhookManifests(w: WebhookInstall): Obj[] {
  const labels = { 'app.kubernetes.io/name': w.name, 'app.kubernetes.io/component': 'sidecar-injector', 'app.kubernetes.io/managed-by': 'kube-inject' };
  const meta = (name: string) => ({ name, namespace: w.namespace, labels });
  const keys = configKeys(w.configFiles);
  const host = `${w.name}.${w.namespace}.svc`;

  const args = ['serve', '--port', String(WEBHOOK_PORT), '--tls-cert', `${TLS_DIR}/tls.crt`, '--tls-key', `${TLS_DIR}/tls.key`];
  w.configFiles.forEach((f, i) => args.push(f.flag, `${CONFIG_DIR}/${keys[i]}`));
  if (w.revision !== '') args.push('--revision', w.revision);
  if (w.nativeSidecars) args.push('--native-sidecars');
  if (w.failClosed) args.push('--fail-closed');

  const objects: Obj[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: w.namespace, labels } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(w.name), automountServiceAccountToken: false },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(`${w.name}-config`), data: Object.fromEntries(w.configFiles.map((f, i) => [keys[i]!, f.text])) },
  ];
  if ('certManager' in w.tls) {
    objects.push(
      { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: meta(`${w.name}-selfsigned`), spec: { selfSigned: {} } },
      {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: meta(w.name),
        spec: {
          secretName: w.tlsSecret,
          dnsNames: [w.name, `${w.name}.${w.namespace}`, host, `${host}.cluster.local`],
          duration: '2160h',
          renewBefore: '360h',
          privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
          issuerRef: { kind: 'Issuer', name: `${w.name}-selfsigned` },
        },
      },
    );
  }
  objects.push(
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(w.name),
      spec: { selector: { 'app.kubernetes.io/name': w.name }, ports: [{ name: 'https', port: 443, targetPort: 'https', protocol: 'TCP' }] },
    },
    deployment(w, meta(w.name), labels, args),
    webhookConfiguration(w, labels),
  );
  return objects;
}

function deployment(w: WebhookInstall, metadata: Obj, labels: Obj, args: string[]): Obj {
  const probe = (path: string) => ({ httpGet: { path, port: 'https', scheme: 'HTTPS' }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: w.replicas,
      selector: { matchLabels: { 'app.kubernetes.io/name': w.name } },
      template: {
        metadata: {
          // Never injected itself: the injector must start without the webhook it serves.
          labels: { ...labels, [INJECT_KEY]: 'false' },
          annotations: { 'kube-inject.dev/config-digest': w.configDigest },
        },
        spec: {
          serviceAccountName: w.name,
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, seccompProfile: { type: 'RuntimeDefault' } },
          // Reviews under way finish after SIGTERM; the API server's own timeout is shorter.
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: 'webhook',
              image: w.image,
              args,
              ports: [{ name: 'https', containerPort: WEBHOOK_PORT, protocol: 'TCP' }],
              readinessProbe: probe('/readyz'),
              livenessProbe: { ...probe('/healthz'), initialDelaySeconds: 5 },
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [
                { name: 'tls', mountPath: TLS_DIR, readOnly: true },
                { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
              ],
            },
          ],
          volumes: [
            { name: 'tls', secret: { secretName: w.tlsSecret } },
            { name: 'config', configMap: { name: `${w.name}-config` } },
          ],
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': w.name } } } }],
            },
          },
        },
      },
    },
  };
}

function webhookConfiguration(w: WebhookInstall, labels: Obj): Obj {
  // cert-manager's reference to the Certificate: <namespace>/<name>.
  const annotations = 'certManager' in w.tls ? { annotations: { 'cert-manager.io/inject-ca-from': [w.namespace, w.name].join('/') } } : {};
  const clientConfig = {
    service: { name: w.name, namespace: w.namespace, path: '/inject', port: 443 },
    ...('caBundle' in w.tls ? { caBundle: w.tls.caBundle } : {}),
  };
  const name = w.revision === '' ? w.name : `${w.name}-${w.revision}`;
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingWebhookConfiguration',
    metadata: { name, labels, ...annotations },
    webhooks: webhookSelectors(w.revision).map((s) => ({
      name: `${s.prefix}sidecar-injector.kube-inject.dev`,
      admissionReviewVersions: ['v1'],
      clientConfig,
      rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'], scope: 'Namespaced' }],
      failurePolicy: w.failClosed ? 'Fail' : 'Ignore',
      sideEffects: 'None',
      timeoutSeconds: w.timeoutSeconds,
      reinvocationPolicy: 'Never',
      namespaceSelector: s.namespaceSelector,
      objectSelector: s.objectSelector,
    })),
  };
}
