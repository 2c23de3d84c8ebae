import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import {
  toYaml
} from "./chunk-HAYXLUUR.js";
import {
  loadInjectorConfig
} from "./chunk-VFJZ4K2T.js";
import "./chunk-QLM7QKL3.js";
import "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import "./chunk-JVS6AGS5.js";
import {
  createHash
} from "./chunk-M2RPVSAC.js";
import {
  INJECT_KEY,
  REVISION_LABEL
} from "./chunk-MRUMKARZ.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/webhook-manifests-run.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

// src/webhook/selectors.ts
var INJECTION_NAMESPACE_LABEL = "istio-injection";
var notDisabled = { key: INJECT_KEY, operator: "NotIn", values: ["false"] };
function webhookSelectors(revision) {
  const rev = revision === "" ? "default" : revision;
  const out = [
    {
      prefix: "rev.namespace.",
      namespaceSelector: { matchExpressions: [{ key: REVISION_LABEL, operator: "In", values: [rev] }, { key: INJECTION_NAMESPACE_LABEL, operator: "DoesNotExist" }] },
      objectSelector: { matchExpressions: [notDisabled] }
    },
    {
      prefix: "rev.object.",
      namespaceSelector: { matchExpressions: [{ key: REVISION_LABEL, operator: "DoesNotExist" }, { key: INJECTION_NAMESPACE_LABEL, operator: "DoesNotExist" }] },
      objectSelector: { matchExpressions: [notDisabled, { key: REVISION_LABEL, operator: "In", values: [rev] }] }
    }
  ];
  if (revision !== "") return out;
  return [
    ...out,
    {
      prefix: "namespace.",
      namespaceSelector: { matchExpressions: [{ key: INJECTION_NAMESPACE_LABEL, operator: "In", values: ["enabled"] }] },
      objectSelector: { matchExpressions: [notDisabled] }
    },
    {
      prefix: "object.",
      namespaceSelector: { matchExpressions: [{ key: INJECTION_NAMESPACE_LABEL, operator: "DoesNotExist" }, { key: REVISION_LABEL, operator: "DoesNotExist" }] },
      objectSelector: { matchExpressions: [{ key: INJECT_KEY, operator: "In", values: ["true"] }, { key: REVISION_LABEL, operator: "DoesNotExist" }] }
    }
  ];
}

// src/webhook/manifests.ts
var WEBHOOK_PORT = 9443;
var CONFIG_DIR = "/etc/kube-inject/config";
var TLS_DIR = "/etc/kube-inject/tls";
var RUN_AS = 65532;
function configKeys(files) {
  const seen = /* @__PURE__ */ new Map();
  return files.map((f) => {
    const base = f.flag.replace(/^--/, "");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}-${n}${f.ext === ".json" ? ".json" : ".yaml"}`;
  });
}
function webhookManifests(w) {
  const labels = { "app.kubernetes.io/name": w.name, "app.kubernetes.io/component": "sidecar-injector", "app.kubernetes.io/managed-by": "kube-inject" };
  const meta = (name) => ({ name, namespace: w.namespace, labels });
  const keys = configKeys(w.configFiles);
  const host = `${w.name}.${w.namespace}.svc`;
  const args = ["serve", "--port", String(WEBHOOK_PORT), "--tls-cert", `${TLS_DIR}/tls.crt`, "--tls-key", `${TLS_DIR}/tls.key`];
  w.configFiles.forEach((f, i) => args.push(f.flag, `${CONFIG_DIR}/${keys[i]}`));
  if (w.revision !== "") args.push("--revision", w.revision);
  if (w.nativeSidecars) args.push("--native-sidecars");
  if (w.failClosed) args.push("--fail-closed");
  const objects = [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: w.namespace, labels } },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(w.name), automountServiceAccountToken: false },
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta(`${w.name}-config`), data: Object.fromEntries(w.configFiles.map((f, i) => [keys[i], f.text])) }
  ];
  if ("certManager" in w.tls) {
    objects.push(
      { apiVersion: "cert-manager.io/v1", kind: "Issuer", metadata: meta(`${w.name}-selfsigned`), spec: { selfSigned: {} } },
      {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: meta(w.name),
        spec: {
          secretName: w.tlsSecret,
          dnsNames: [w.name, `${w.name}.${w.namespace}`, host, `${host}.cluster.local`],
          duration: "2160h",
          renewBefore: "360h",
          privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
          issuerRef: { kind: "Issuer", name: `${w.name}-selfsigned` }
        }
      }
    );
  }
  objects.push(
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta(w.name),
      spec: { selector: { "app.kubernetes.io/name": w.name }, ports: [{ name: "https", port: 443, targetPort: "https", protocol: "TCP" }] }
    },
    deployment(w, meta(w.name), labels, args),
    webhookConfiguration(w, labels)
  );
  return objects;
}
function deployment(w, metadata, labels, args) {
  const probe = (path) => ({ httpGet: { path, port: "https", scheme: "HTTPS" }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata,
    spec: {
      replicas: w.replicas,
      selector: { matchLabels: { "app.kubernetes.io/name": w.name } },
      template: {
        metadata: {
          // Never injected itself: the injector must start without the webhook it serves.
          labels: { ...labels, [INJECT_KEY]: "false" },
          annotations: { "kube-inject.dev/config-digest": w.configDigest }
        },
        spec: {
          serviceAccountName: w.name,
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: RUN_AS, runAsGroup: RUN_AS, seccompProfile: { type: "RuntimeDefault" } },
          // Reviews under way finish after SIGTERM; the API server's own timeout is shorter.
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: "webhook",
              image: w.image,
              args,
              ports: [{ name: "https", containerPort: WEBHOOK_PORT, protocol: "TCP" }],
              readinessProbe: probe("/readyz"),
              livenessProbe: { ...probe("/healthz"), initialDelaySeconds: 5 },
              resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "512Mi" } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
              volumeMounts: [
                { name: "tls", mountPath: TLS_DIR, readOnly: true },
                { name: "config", mountPath: CONFIG_DIR, readOnly: true }
              ]
            }
          ],
          volumes: [
            { name: "tls", secret: { secretName: w.tlsSecret } },
            { name: "config", configMap: { name: `${w.name}-config` } }
          ],
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { "app.kubernetes.io/name": w.name } } } }]
            }
          }
        }
      }
    }
  };
}
function webhookConfiguration(w, labels) {
  const annotations = "certManager" in w.tls ? { annotations: { "cert-manager.io/inject-ca-from": [w.namespace, w.name].join("/") } } : {};
  const clientConfig = {
    service: { name: w.name, namespace: w.namespace, path: "/inject", port: 443 },
    ..."caBundle" in w.tls ? { caBundle: w.tls.caBundle } : {}
  };
  const name = w.revision === "" ? w.name : `${w.name}-${w.revision}`;
  return {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: "MutatingWebhookConfiguration",
    metadata: { name, labels, ...annotations },
    webhooks: webhookSelectors(w.revision).map((s) => ({
      name: `${s.prefix}sidecar-injector.kube-inject.dev`,
      admissionReviewVersions: ["v1"],
      clientConfig,
      rules: [{ operations: ["CREATE"], apiGroups: [""], apiVersions: ["v1"], resources: ["pods"], scope: "Namespaced" }],
      failurePolicy: w.failClosed ? "Fail" : "Ignore",
      sideEffects: "None",
      timeoutSeconds: w.timeoutSeconds,
      reinvocationPolicy: "Never",
      namespaceSelector: s.namespaceSelector,
      objectSelector: s.objectSelector
    }))
  };
}

// src/cli/webhook-manifests-run.ts
async function readText(file, what) {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new KubeInjectError("io", `cannot read the ${what}: ${e.code ?? e.message}`, { file });
  }
}
async function runWebhookManifests(opts, io) {
  if (opts.caFile === void 0 === (opts.certManager !== true)) {
    throw new KubeInjectError("usage", "give either --ca-file (the CA of your serving certificate) or --cert-manager (cert-manager issues it): the API server must trust the webhook");
  }
  await loadInjectorConfig(opts, {});
  const configFiles = [];
  const add = async (flag, file, what) => configFiles.push({ flag, text: await readText(file, what), ext: extname(file).toLowerCase() });
  for (const file of opts.values ?? []) await add("--values", file, "values file");
  for (const file of opts.meshConfig ?? []) await add("--mesh-config", file, "mesh config");
  if (opts.injectConfig) await add("--inject-config", opts.injectConfig, "injector config");
  if (opts.operatorFile) await add("--operator-file", opts.operatorFile, "IstioOperator file");
  let tls = { certManager: true };
  if (opts.caFile !== void 0) {
    const ca = await readText(opts.caFile, "CA file");
    if (!ca.includes("-----BEGIN CERTIFICATE-----")) throw new KubeInjectError("config", "the CA file holds no PEM certificate (-----BEGIN CERTIFICATE-----)", { file: opts.caFile });
    tls = { caBundle: Buffer.from(ca).toString("base64") };
  }
  const digest = createHash("sha256");
  for (const f of configFiles) digest.update(`${f.flag}\0${f.text}\0`);
  digest.update(`${opts.revision ?? ""}\0${opts.nativeSidecars === true}\0${opts.failClosed === true}`);
  const objects = webhookManifests({
    namespace: opts.namespace,
    name: opts.name,
    image: opts.image,
    replicas: opts.replicas,
    tls,
    tlsSecret: opts.tlsSecret ?? `${opts.name}-tls`,
    failClosed: opts.failClosed === true,
    timeoutSeconds: opts.timeoutSeconds,
    revision: opts.revision ?? "",
    nativeSidecars: opts.nativeSidecars === true,
    configFiles,
    configDigest: digest.digest("hex").slice(0, 16)
  });
  io.stdout.write(objects.map((o) => toYaml(o)).join("---\n"));
  return EXIT.ok;
}
export {
  runWebhookManifests
};
