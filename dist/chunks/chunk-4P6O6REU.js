import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  compilePolicy,
  nestingProblems,
  parseQuantity,
  skipReason,
  validatePodAnnotations
} from "./chunk-ACMWZV3F.js";
import {
  describeObject,
  locateWorkloads,
  objectsOf,
  positionIn
} from "./chunk-GXKLT2VF.js";
import {
  inboundTrafficPolicyMode,
  meshConfigView,
  podView,
  proxyConfigView,
  renderOverlay,
  selectTemplates
} from "./chunk-JVS6AGS5.js";
import {
  DEFAULT_EXTENSION_PROVIDERS,
  DEFAULT_PROXY_CONFIG,
  INJECT_KEY,
  INTERCEPTION_MODE_ANNOTATION,
  KUBE_SCHEMA,
  LIMITS,
  MERGE_METRICS_ANNOTATION,
  MESH_DEFAULTS,
  NATIVE_SIDECAR_ANNOTATION,
  NETWORK_LABEL,
  OVERRIDES_ANNOTATION,
  PROXY_CONFIG_ANNOTATION,
  PROXY_IMAGE_TYPE_ANNOTATION,
  REWRITE_PROBERS_ANNOTATION,
  SCRAPE_TARGETS_ANNOTATION,
  SECURE_PORT_ANNOTATION,
  STATUS_ANNOTATION,
  STATUS_PORT_ANNOTATION,
  jsonDepthError,
  load
} from "./chunk-MRUMKARZ.js";
import {
  CORE_DUMP_CONTAINER,
  DEFAULT_STATUS_PORT,
  INIT_CONTAINER,
  KubeInjectError,
  PROXY_CONTAINER,
  PROXY_ENV,
  PROXY_GID,
  PROXY_UID,
  RESERVED_PORTS,
  VALIDATION_CONTAINER,
  asMap,
  containersOf,
  findContainer,
  findContainerInPod,
  findSidecar,
  getAt,
  goParseBool,
  goTrimSpace,
  isMap,
  joinPointer,
  moveContainer,
  names,
  setAt,
  setOwn,
  str,
  stringMap,
  transferContainer
} from "./chunk-66ALYMBE.js";

// src/istio/openshift.ts
var OPENSHIFT_PLATFORM = "openshift";
var UID_RANGE_ANNOTATION = "openshift.io/sa.scc.uid-range";
var SUPPLEMENTAL_GROUPS_ANNOTATION = "openshift.io/sa.scc.supplemental-groups";
var UINT32_MAX = 4294967295;
function blockEnd(text) {
  const slash = text.includes("/");
  const m = (slash ? /^[ \t]*\+?(\d+)\/[ \t]*\+?(\d+)/ : /^[ \t]*\+?(\d+)-[ \t]*\+?(\d+)/).exec(text);
  if (!m) return void 0;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > UINT32_MAX || b > UINT32_MAX) return void 0;
  return slash ? (a + b - 1 + 2 ** 32) % 2 ** 32 : b;
}
function proxyIdsFromNamespace(annotations) {
  let uid = PROXY_UID;
  let gid = PROXY_GID;
  const range = annotations[UID_RANGE_ANNOTATION];
  if (range !== void 0 && range !== "") uid = blockEnd(range) ?? uid;
  const groups = Object.hasOwn(annotations, SUPPLEMENTAL_GROUPS_ANNOTATION) ? annotations[SUPPLEMENTAL_GROUPS_ANNOTATION] : range;
  if (groups !== void 0 && groups !== "") {
    const ends = groups.split(",").map(blockEnd);
    if (ends.every((e) => e !== void 0)) gid = ends[0];
  }
  return { uid, gid };
}
function runAsUser(c) {
  const sc = c.securityContext;
  const v = sc?.runAsUser;
  return typeof v === "number" ? v : 0;
}
function dropProxyUserMatchingApp(spec) {
  const sidecar = findSidecar(spec);
  const sc = sidecar?.securityContext;
  if (!sidecar || sc === null || typeof sc !== "object") return spec;
  let proxyUser = 0;
  let appUser = 0;
  for (const c of [...spec.containers ?? [], ...spec.initContainers ?? []]) {
    const set = typeof c.securityContext?.runAsUser === "number";
    if (c.name === PROXY_CONTAINER) {
      if (set) proxyUser = runAsUser(c);
    } else if (c.name !== VALIDATION_CONTAINER && c.name !== INIT_CONTAINER) {
      if (set) appUser = runAsUser(c);
    }
  }
  if (proxyUser !== appUser || !("runAsUser" in sc || "runAsGroup" in sc)) return spec;
  const { runAsUser: _u, runAsGroup: _g, ...rest } = sc;
  const out = { ...spec };
  for (const key of ["containers", "initContainers"]) {
    const list2 = spec[key];
    if (list2?.includes(sidecar)) out[key] = list2.map((c) => c === sidecar ? { ...c, securityContext: rest } : c);
  }
  return out;
}

// src/inject/deploy-meta.ts
var CRONJOB_NAME = /^(.+)-\d{8,10}$/;
function deployMetaFromPod(meta) {
  const out = { name: str(meta.name), namespace: str(meta.namespace), kind: "Pod", apiVersion: "v1" };
  if (str(meta.generateName) !== "") {
    const refs = Array.isArray(meta.ownerReferences) ? meta.ownerReferences.filter(isMap) : [];
    const ref = refs.find((r) => r.controller === true);
    if (ref) {
      const labels = stringMap(meta.labels);
      const refName = str(ref.name);
      out.apiVersion = str(ref.apiVersion);
      out.kind = str(ref.kind);
      out.name = refName;
      const hash = labels["pod-template-hash"] ?? "";
      const rolloutHash = labels["rollouts-pod-template-hash"] ?? "";
      if (out.kind === "ReplicaSet" && hash !== "" && refName.endsWith(hash)) {
        out.name = trimSuffix(refName, "-" + hash);
        out.kind = "Deployment";
      } else if (out.kind === "ReplicaSet" && rolloutHash !== "" && refName.endsWith(rolloutHash)) {
        out.name = trimSuffix(refName, "-" + rolloutHash);
        out.kind = "Rollout";
        out.apiVersion = "v1alpha1";
      } else if (out.kind === "ReplicationController" && (labels.deploymentconfig ?? "") !== "") {
        out.name = labels.deploymentconfig;
        out.kind = "DeploymentConfig";
      } else if (out.kind === "Job") {
        const m = CRONJOB_NAME.exec(refName);
        if (m) {
          out.name = m[1];
          out.kind = "CronJob";
          out.apiVersion = "batch/v1";
        }
      }
    }
  }
  if (out.name === "") out.name = str(meta.name);
  return out;
}
function trimSuffix(s, suffix) {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// src/inject/go/k8s-field-order.json
var k8s_field_order_default = {
  root: "PodTemplateSpec",
  source: { "k8s.io/api": "10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2", "k8s.io/apimachinery": "eed236ceee2c19c2753a3d93ac0631dc20750454", generator: "scripts/gen-k8s-field-order.mjs" },
  types: {
    AWSElasticBlockStoreVolumeSource: { volumeID: "s", fsType: "?s", partition: "?n", readOnly: "?b" },
    Affinity: { nodeAffinity: "?*NodeAffinity", podAffinity: "?*PodAffinity", podAntiAffinity: "?*PodAntiAffinity" },
    AppArmorProfile: { type: "s", localhostProfile: "?*s" },
    AzureDiskVolumeSource: { diskName: "s", diskURI: "s", cachingMode: "?*s", fsType: "?*s", readOnly: "?*b", kind: "?*s" },
    AzureFileVolumeSource: { secretName: "s", shareName: "s", readOnly: "?b" },
    CSIVolumeSource: { driver: "s", readOnly: "?*b", fsType: "?*s", volumeAttributes: "?", nodePublishSecretRef: "?*LocalObjectReference" },
    Capabilities: { add: "?", drop: "?" },
    CephFSVolumeSource: { monitors: "", path: "?s", user: "?s", secretFile: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b" },
    CinderVolumeSource: { volumeID: "s", fsType: "?s", readOnly: "?b", secretRef: "?*LocalObjectReference" },
    ClusterTrustBundleProjection: { name: "?*s", signerName: "?*s", labelSelector: "?*LabelSelector", optional: "?*b", path: "s", user: "?*n" },
    ConfigMapEnvSource: { name: "?s", optional: "?*b" },
    ConfigMapKeySelector: { name: "?s", key: "s", optional: "?*b" },
    ConfigMapProjection: { name: "?s", items: "?[KeyToPath]", optional: "?*b" },
    ConfigMapVolumeSource: { name: "?s", items: "?[KeyToPath]", defaultMode: "?*n", optional: "?*b", defaultUser: "?*n" },
    Container: { name: "s", image: "?s", command: "?", args: "?", workingDir: "?s", ports: "?[ContainerPort:containerPort]", envFrom: "?[EnvFromSource]", env: "?[EnvVar:name]", resources: "?ResourceRequirements", resizePolicy: "?[ContainerResizePolicy]", restartPolicy: "?*s", restartPolicyRules: "?[ContainerRestartRule]", volumeMounts: "?[VolumeMount:mountPath]", volumeDevices: "?[VolumeDevice:devicePath]", livenessProbe: "?*Probe", readinessProbe: "?*Probe", startupProbe: "?*Probe", lifecycle: "?*Lifecycle", terminationMessagePath: "?s", terminationMessagePolicy: "?s", imagePullPolicy: "?s", securityContext: "?*SecurityContext", stdin: "?b", stdinOnce: "?b", tty: "?b" },
    ContainerPort: { name: "?s", hostPort: "?n", containerPort: "n", protocol: "?s", hostIP: "?s" },
    ContainerResizePolicy: { resourceName: "s", restartPolicy: "s" },
    ContainerRestartRule: { action: "?s", exitCodes: "?*ContainerRestartRuleOnExitCodes" },
    ContainerRestartRuleOnExitCodes: { operator: "?s", values: "?" },
    DownwardAPIProjection: { items: "?[DownwardAPIVolumeFile]" },
    DownwardAPIVolumeFile: { path: "s", fieldRef: "?*ObjectFieldSelector", resourceFieldRef: "?*ResourceFieldSelector", mode: "?*n", user: "?*n" },
    DownwardAPIVolumeSource: { items: "?[DownwardAPIVolumeFile]", defaultMode: "?*n", defaultUser: "?*n" },
    EmptyDirVolumeSource: { medium: "?s", sizeLimit: "?*q", mode: "?*n" },
    EnvFromSource: { prefix: "?s", configMapRef: "?*ConfigMapEnvSource", secretRef: "?*SecretEnvSource" },
    EnvVar: { name: "s", value: "?s", valueFrom: "?*EnvVarSource" },
    EnvVarSource: { fieldRef: "?*ObjectFieldSelector", resourceFieldRef: "?*ResourceFieldSelector", configMapKeyRef: "?*ConfigMapKeySelector", secretKeyRef: "?*SecretKeySelector", fileKeyRef: "?*FileKeySelector" },
    EphemeralContainer: { name: "s", image: "?s", command: "?", args: "?", workingDir: "?s", ports: "?[ContainerPort:containerPort]", envFrom: "?[EnvFromSource]", env: "?[EnvVar:name]", resources: "?ResourceRequirements", resizePolicy: "?[ContainerResizePolicy]", restartPolicy: "?*s", restartPolicyRules: "?[ContainerRestartRule]", volumeMounts: "?[VolumeMount:mountPath]", volumeDevices: "?[VolumeDevice:devicePath]", livenessProbe: "?*Probe", readinessProbe: "?*Probe", startupProbe: "?*Probe", lifecycle: "?*Lifecycle", terminationMessagePath: "?s", terminationMessagePolicy: "?s", imagePullPolicy: "?s", securityContext: "?*SecurityContext", stdin: "?b", stdinOnce: "?b", tty: "?b", targetContainerName: "?s" },
    EphemeralVolumeSource: { volumeClaimTemplate: "?*PersistentVolumeClaimTemplate" },
    EvictionResponder: { name: "s", priority: "*n" },
    ExecAction: { command: "?" },
    FCVolumeSource: { targetWWNs: "?", lun: "?*n", fsType: "?s", readOnly: "?b", wwids: "?" },
    FileKeySelector: { volumeName: "s", path: "s", key: "s", optional: "?*b" },
    FlexVolumeSource: { driver: "s", fsType: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b", options: "?" },
    FlockerVolumeSource: { datasetName: "?s", datasetUUID: "?s" },
    GCEPersistentDiskVolumeSource: { pdName: "s", fsType: "?s", partition: "?n", readOnly: "?b" },
    GRPCAction: { port: "n", service: "*s", mode: "?*s" },
    GitRepoVolumeSource: { repository: "s", revision: "?s", directory: "?s" },
    GlusterfsVolumeSource: { endpoints: "s", path: "s", readOnly: "?b" },
    HTTPGetAction: { path: "?s", port: "$n", host: "?s", scheme: "?s", httpHeaders: "?[HTTPHeader]", protocol: "?*s" },
    HTTPHeader: { name: "s", value: "s" },
    HostAlias: { ip: "s", hostnames: "?" },
    HostPathVolumeSource: { path: "s", type: "?*s" },
    ISCSIVolumeSource: { targetPortal: "s", iqn: "s", lun: "n", iscsiInterface: "?s", fsType: "?s", readOnly: "?b", portals: "?", chapAuthDiscovery: "?b", chapAuthSession: "?b", secretRef: "?*LocalObjectReference", initiatorName: "?*s" },
    ImageVolumeSource: { reference: "?s", pullPolicy: "?s" },
    KeyToPath: { key: "s", path: "s", mode: "?*n", user: "?*n" },
    LabelSelector: { matchLabels: "?", matchExpressions: "?[LabelSelectorRequirement]" },
    LabelSelectorRequirement: { key: "s", operator: "s", values: "?" },
    Lifecycle: { postStart: "?*LifecycleHandler", preStop: "?*LifecycleHandler", stopSignal: "?*s" },
    LifecycleHandler: { exec: "?*ExecAction", httpGet: "?*HTTPGetAction", tcpSocket: "?*TCPSocketAction", sleep: "?*SleepAction" },
    LocalObjectReference: { name: "?s" },
    ManagedFieldsEntry: { manager: "?s", operation: "?s", apiVersion: "?s", time: "?*$", fieldsType: "?s", fieldsV1: "?*$", subresource: "?s" },
    NFSVolumeSource: { server: "s", path: "s", readOnly: "?b" },
    NodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?*NodeSelector", preferredDuringSchedulingIgnoredDuringExecution: "?[PreferredSchedulingTerm]" },
    NodeSelector: { nodeSelectorTerms: "[NodeSelectorTerm]" },
    NodeSelectorRequirement: { key: "s", operator: "s", values: "?" },
    NodeSelectorTerm: { matchExpressions: "?[NodeSelectorRequirement]", matchFields: "?[NodeSelectorRequirement]" },
    ObjectFieldSelector: { apiVersion: "?s", fieldPath: "s" },
    ObjectMeta: { name: "?s", generateName: "?s", namespace: "?s", selfLink: "?s", uid: "?s", resourceVersion: "?s", generation: "?n", creationTimestamp: "?~$", deletionTimestamp: "?*$", deletionGracePeriodSeconds: "?*n", labels: "?", annotations: "?", ownerReferences: "?[OwnerReference:uid]", finalizers: "?", managedFields: "?[ManagedFieldsEntry]" },
    OwnerReference: { apiVersion: "s", kind: "s", name: "s", uid: "s", controller: "?*b", blockOwnerDeletion: "?*b" },
    PersistentVolumeClaimSpec: { accessModes: "?", selector: "?*LabelSelector", resources: "?VolumeResourceRequirements", volumeName: "?s", storageClassName: "?*s", volumeMode: "?*s", dataSource: "?*TypedLocalObjectReference", dataSourceRef: "?*TypedObjectReference", volumeAttributesClassName: "?*s" },
    PersistentVolumeClaimTemplate: { metadata: "?ObjectMeta", spec: "PersistentVolumeClaimSpec" },
    PersistentVolumeClaimVolumeSource: { claimName: "s", readOnly: "?b" },
    PhotonPersistentDiskVolumeSource: { pdID: "s", fsType: "?s" },
    PodAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?[PodAffinityTerm]", preferredDuringSchedulingIgnoredDuringExecution: "?[WeightedPodAffinityTerm]" },
    PodAffinityTerm: { labelSelector: "?*LabelSelector", namespaces: "?", topologyKey: "s", namespaceSelector: "?*LabelSelector", matchLabelKeys: "?", mismatchLabelKeys: "?" },
    PodAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?[PodAffinityTerm]", preferredDuringSchedulingIgnoredDuringExecution: "?[WeightedPodAffinityTerm]" },
    PodCertificateProjection: { signerName: "?s", keyType: "?s", maxExpirationSeconds: "?*n", credentialBundlePath: "?s", keyPath: "?s", certificateChainPath: "?s", userAnnotations: "?", user: "?*n" },
    PodDNSConfig: { nameservers: "?", searches: "?", options: "?[PodDNSConfigOption]" },
    PodDNSConfigOption: { name: "?s", value: "?*s" },
    PodOS: { name: "s" },
    PodReadinessGate: { conditionType: "s" },
    PodResourceClaim: { name: "s", resourceClaimName: "?*s", resourceClaimTemplateName: "?*s" },
    PodSchedulingGate: { name: "s" },
    PodSchedulingGroup: { podGroupName: "?*s" },
    PodSecurityContext: { seLinuxOptions: "?*SELinuxOptions", windowsOptions: "?*WindowsSecurityContextOptions", runAsUser: "?*n", runAsGroup: "?*n", runAsNonRoot: "?*b", supplementalGroups: "?", supplementalGroupsPolicy: "?*s", fsGroup: "?*n", sysctls: "?[Sysctl]", fsGroupChangePolicy: "?*s", seccompProfile: "?*SeccompProfile", appArmorProfile: "?*AppArmorProfile", seLinuxChangePolicy: "?*s" },
    PodSpec: { volumes: "?[Volume:name]", initContainers: "?[Container:name]", containers: "[Container:name]", ephemeralContainers: "?[EphemeralContainer:name]", restartPolicy: "?s", terminationGracePeriodSeconds: "?*n", activeDeadlineSeconds: "?*n", dnsPolicy: "?s", nodeSelector: "?", serviceAccountName: "?s", serviceAccount: "?s", automountServiceAccountToken: "?*b", nodeName: "?s", hostNetwork: "?b", hostPID: "?b", hostIPC: "?b", shareProcessNamespace: "?*b", securityContext: "?*PodSecurityContext", imagePullSecrets: "?[LocalObjectReference:name]", hostname: "?s", subdomain: "?s", affinity: "?*Affinity", schedulerName: "?s", tolerations: "?[Toleration]", hostAliases: "?[HostAlias:ip]", priorityClassName: "?s", priority: "?*n", dnsConfig: "?*PodDNSConfig", readinessGates: "?[PodReadinessGate]", runtimeClassName: "?*s", enableServiceLinks: "?*b", preemptionPolicy: "?*s", overhead: "?{q}", topologySpreadConstraints: "?[TopologySpreadConstraint:topologyKey]", setHostnameAsFQDN: "?*b", os: "?*PodOS", hostUsers: "?*b", schedulingGates: "?[PodSchedulingGate:name]", resourceClaims: "?[PodResourceClaim:name]", resources: "?*ResourceRequirements", hostnameOverride: "?*s", schedulingGroup: "?*PodSchedulingGroup", evictionResponders: "?[EvictionResponder:name]" },
    PodTemplateSpec: { metadata: "?ObjectMeta", spec: "?PodSpec" },
    PortworxVolumeSource: { volumeID: "s", fsType: "?s", readOnly: "?b" },
    PreferredSchedulingTerm: { weight: "n", preference: "NodeSelectorTerm" },
    Probe: { exec: "?*ExecAction", httpGet: "?*HTTPGetAction", tcpSocket: "?*TCPSocketAction", grpc: "?*GRPCAction", initialDelaySeconds: "?n", timeoutSeconds: "?n", periodSeconds: "?n", successThreshold: "?n", failureThreshold: "?n", terminationGracePeriodSeconds: "?*n" },
    ProjectedVolumeSource: { sources: "[VolumeProjection]", defaultMode: "?*n", defaultUser: "?*n" },
    QuobyteVolumeSource: { registry: "s", volume: "s", readOnly: "?b", user: "?s", group: "?s", tenant: "?s" },
    RBDVolumeSource: { monitors: "", image: "s", fsType: "?s", pool: "?s", user: "?s", keyring: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b" },
    ResourceClaim: { name: "s", request: "?s" },
    ResourceFieldSelector: { containerName: "?s", resource: "s", divisor: "?q" },
    ResourceRequirements: { limits: "?{q}", requests: "?{q}", claims: "?[ResourceClaim]" },
    SELinuxOptions: { user: "?s", role: "?s", type: "?s", level: "?s" },
    ScaleIOVolumeSource: { gateway: "s", system: "s", secretRef: "*LocalObjectReference", sslEnabled: "?b", protectionDomain: "?s", storagePool: "?s", storageMode: "?s", volumeName: "?s", fsType: "?s", readOnly: "?b" },
    SeccompProfile: { type: "s", localhostProfile: "?*s" },
    SecretEnvSource: { name: "?s", optional: "?*b" },
    SecretKeySelector: { name: "?s", key: "s", optional: "?*b" },
    SecretProjection: { name: "?s", items: "?[KeyToPath]", optional: "?*b" },
    SecretVolumeSource: { secretName: "?s", items: "?[KeyToPath]", defaultMode: "?*n", optional: "?*b", defaultUser: "?*n" },
    SecurityContext: { capabilities: "?*Capabilities", privileged: "?*b", seLinuxOptions: "?*SELinuxOptions", windowsOptions: "?*WindowsSecurityContextOptions", runAsUser: "?*n", runAsGroup: "?*n", runAsNonRoot: "?*b", readOnlyRootFilesystem: "?*b", allowPrivilegeEscalation: "?*b", procMount: "?*s", seccompProfile: "?*SeccompProfile", appArmorProfile: "?*AppArmorProfile" },
    ServiceAccountTokenProjection: { audience: "?s", expirationSeconds: "?*n", path: "s", user: "?*n" },
    SleepAction: { seconds: "n" },
    StorageOSVolumeSource: { volumeName: "?s", volumeNamespace: "?s", fsType: "?s", readOnly: "?b", secretRef: "?*LocalObjectReference" },
    Sysctl: { name: "s", value: "s" },
    TCPSocketAction: { port: "$n", host: "?s" },
    Toleration: { key: "?s", operator: "?s", value: "?s", effect: "?s", tolerationSeconds: "?*n" },
    TopologySpreadConstraint: { maxSkew: "n", topologyKey: "s", whenUnsatisfiable: "s", labelSelector: "?*LabelSelector", minDomains: "?*n", nodeAffinityPolicy: "?*s", nodeTaintsPolicy: "?*s", matchLabelKeys: "?" },
    TypedLocalObjectReference: { apiGroup: "*s", kind: "s", name: "s" },
    TypedObjectReference: { apiGroup: "*s", kind: "s", name: "s", namespace: "?*s" },
    Volume: { name: "s", hostPath: "?*HostPathVolumeSource", emptyDir: "?*EmptyDirVolumeSource", gcePersistentDisk: "?*GCEPersistentDiskVolumeSource", awsElasticBlockStore: "?*AWSElasticBlockStoreVolumeSource", gitRepo: "?*GitRepoVolumeSource", secret: "?*SecretVolumeSource", nfs: "?*NFSVolumeSource", iscsi: "?*ISCSIVolumeSource", glusterfs: "?*GlusterfsVolumeSource", persistentVolumeClaim: "?*PersistentVolumeClaimVolumeSource", rbd: "?*RBDVolumeSource", flexVolume: "?*FlexVolumeSource", cinder: "?*CinderVolumeSource", cephfs: "?*CephFSVolumeSource", flocker: "?*FlockerVolumeSource", downwardAPI: "?*DownwardAPIVolumeSource", fc: "?*FCVolumeSource", azureFile: "?*AzureFileVolumeSource", configMap: "?*ConfigMapVolumeSource", vsphereVolume: "?*VsphereVirtualDiskVolumeSource", quobyte: "?*QuobyteVolumeSource", azureDisk: "?*AzureDiskVolumeSource", photonPersistentDisk: "?*PhotonPersistentDiskVolumeSource", projected: "?*ProjectedVolumeSource", portworxVolume: "?*PortworxVolumeSource", scaleIO: "?*ScaleIOVolumeSource", storageos: "?*StorageOSVolumeSource", csi: "?*CSIVolumeSource", ephemeral: "?*EphemeralVolumeSource", image: "?*ImageVolumeSource" },
    VolumeDevice: { name: "s", devicePath: "s" },
    VolumeMount: { name: "s", readOnly: "?b", recursiveReadOnly: "?*s", mountPath: "s", subPath: "?s", mountPropagation: "?*s", subPathExpr: "?s", bindMountOptions: "?" },
    VolumeProjection: { secret: "?*SecretProjection", downwardAPI: "?*DownwardAPIProjection", configMap: "?*ConfigMapProjection", serviceAccountToken: "?*ServiceAccountTokenProjection", clusterTrustBundle: "?*ClusterTrustBundleProjection", podCertificate: "?*PodCertificateProjection" },
    VolumeResourceRequirements: { limits: "?{q}", requests: "?{q}" },
    VsphereVirtualDiskVolumeSource: { volumePath: "s", fsType: "?s", storagePolicyName: "?s", storagePolicyID: "?s" },
    WeightedPodAffinityTerm: { weight: "n", podAffinityTerm: "PodAffinityTerm" },
    WindowsSecurityContextOptions: { gmsaCredentialSpecName: "?*s", gmsaCredentialSpec: "?*s", runAsUserName: "?*s", hostProcess: "?*b" }
  }
};

// src/inject/go/structs.ts
var SCALAR_KINDS = { s: "string", n: "number", b: "bool" };
var GO_STRUCTS = (() => {
  const types = k8s_field_order_default.types;
  const structs = /* @__PURE__ */ new Map();
  for (const [name, fields] of Object.entries(types)) {
    structs.set(
      name,
      Object.entries(fields).map(([field, spec]) => {
        const m = /^(\??)(~?)(\*?)(?:\[([A-Z]\w*|q|\$)(?::([^\]]+))?\]|\{(q|\$)\}|(s|n|b)|(\$)(n?)|(q|[A-Z]\w*)?)$/.exec(spec);
        if (!m) throw new Error(`k8s-field-order.json: ${name}.${field}: cannot read ${JSON.stringify(spec)}`);
        const [, omitempty, omitzero, pointer, listOf, mergeKey, mapOf, kind, self, selfKind, single] = m;
        const type = listOf !== void 0 ? `[${listOf}]` : mapOf !== void 0 ? `{${mapOf}}` : self ?? single ?? "";
        const scalar = SCALAR_KINDS[kind ?? selfKind ?? ""];
        return { name: field, omitempty: omitempty === "?", omitzero: omitzero === "~", pointer: pointer === "*", type, scalar, mergeKey };
      })
    );
  }
  for (const [name, fields] of structs) {
    for (const f of fields) {
      const inner = f.type.replace(/^[[{](.*)[\]}]$/, "$1");
      if (/^[A-Z]/.test(inner) && !structs.has(inner)) throw new Error(`k8s-field-order.json: ${name}.${f.name} refers to the unknown type ${inner}`);
    }
  }
  return structs;
})();
function structOf(type) {
  const inner = type.startsWith("[") ? type.slice(1, -1) : type;
  return GO_STRUCTS.has(inner) ? inner : void 0;
}

// src/inject/go/field-order.ts
var SIBLING_LISTS = {
  PodSpec: { containers: "initContainers", initContainers: "containers" }
};
var STRUCTS = (() => {
  const structs = /* @__PURE__ */ new Map();
  for (const [name, fields] of GO_STRUCTS) {
    const siblings = SIBLING_LISTS[name];
    structs.set(name, {
      name,
      fields: /* @__PURE__ */ new Map(),
      rank: new Map(fields.map((f, i) => [f.name, i])),
      ...siblings ? { siblings } : {}
    });
  }
  for (const [name, fields] of GO_STRUCTS) {
    const info = structs.get(name);
    for (const f of fields) {
      const typeName = structOf(f.type);
      info.fields.set(f.name, { type: typeName === void 0 ? null : structs.get(typeName), mergeKey: f.mergeKey });
    }
  }
  return structs;
})();
var NO_FIELD = { type: null, mergeKey: void 0 };
function put(out, k, v) {
  if (k === "__proto__") Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  else out[k] = v;
}
function orderLikeGo(original, result, typeName = "PodTemplateSpec") {
  const type = STRUCTS.get(typeName);
  if (!type) throw new Error(`orderLikeGo: no field order for the type ${typeName}`);
  return orderValue(original, result, type, void 0, void 0);
}
function orderValue(o, r, type, mergeKey, alt) {
  if (o === r || r === null || typeof r !== "object") return r;
  if (Array.isArray(r)) return orderList(o, r, type, mergeKey, alt);
  const orig = isMap(o) ? o : void 0;
  return type ? orderStruct(orig, r, type) : orderFree(orig, r);
}
function orderStruct(o, r, type) {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    const kept = keys.length;
    if (kept < rKeys.length) {
      for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
      sortByRank(keys, kept, type.rank);
    }
  } else {
    sortByRank(keys = rKeys.slice(), 0, type.rank);
  }
  let changed = false;
  const values = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const rv = r[k];
    let v = rv;
    if (rv !== null && typeof rv === "object") {
      const f = type.fields.get(k) ?? NO_FIELD;
      const sibling = o && type.siblings?.[k];
      v = orderValue(o?.[k], rv, f.type, f.mergeKey, sibling ? o[sibling] : void 0);
    }
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build(keys, values) : r;
}
function sortByRank(keys, from, rank) {
  const last = rank.size;
  for (let i = from + 1; i < keys.length; i++) {
    const k = keys[i];
    const rk = rank.get(k) ?? last;
    let j = i - 1;
    while (j >= from && (rank.get(keys[j]) ?? last) > rk) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
}
function build(keys, values) {
  const out = {};
  for (let i = 0; i < keys.length; i++) put(out, keys[i], values[i]);
  return out;
}
function orderFree(o, r) {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    if (keys.length < rKeys.length) {
      for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
    }
  }
  let changed = false;
  const values = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const rv = r[k];
    const v = rv !== null && typeof rv === "object" ? orderValue(o?.[k], rv, null, void 0, void 0) : rv;
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build(keys, values) : r;
}
function isKey(v) {
  return typeof v === "string" || typeof v === "number";
}
function orderList(o, r, type, mergeKey, alt) {
  const orig = Array.isArray(o) ? o : void 0;
  const others = Array.isArray(alt) ? alt : void 0;
  let byKey;
  const lookup = (key) => {
    if (!byKey) {
      byKey = /* @__PURE__ */ new Map();
      for (const list2 of [others, orig]) {
        for (let j = (list2?.length ?? 0) - 1; j >= 0; j--) {
          const e = list2[j];
          if (isMap(e) && isKey(e[mergeKey])) byKey.set(e[mergeKey], e);
        }
      }
    }
    return byKey.get(key);
  };
  let out;
  for (let i = 0; i < r.length; i++) {
    const e = r[i];
    let match;
    if (orig || others) {
      const key = mergeKey !== void 0 && isMap(e) ? e[mergeKey] : void 0;
      if (isKey(key)) {
        const same = orig?.[i];
        match = isMap(same) && same[mergeKey] === key ? same : lookup(key);
      } else {
        match = orig?.[i];
      }
    }
    const v = orderValue(match, e, type, void 0, void 0);
    if (v !== e) (out ??= r.slice())[i] = v;
  }
  return out ?? r;
}

// src/inject/go/quantity-format.ts
var DECIMAL_SUFFIX = { [-9]: "n", [-6]: "u", [-3]: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E" };
var BINARY_SUFFIX = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
var NANO = 1000000000n;
function canonicalQuantity(input) {
  const q = parseQuantity(input);
  if (q === null) return void 0;
  if (q.nanos === 0n) return "0";
  let format = q.format;
  if (format === "BinarySI" && (q.nanos % NANO !== 0n || q.nanos > -1024n * NANO && q.nanos < 1024n * NANO)) format = "DecimalSI";
  if (format === "BinarySI") {
    let amount2 = q.nanos / NANO;
    let exp2 = 0;
    while (amount2 % 1024n === 0n && exp2 < BINARY_SUFFIX.length - 1) {
      amount2 /= 1024n;
      exp2++;
    }
    return `${amount2}${BINARY_SUFFIX[exp2]}`;
  }
  let amount = q.nanos;
  let exp = -9;
  while (amount % 10n === 0n) {
    amount /= 10n;
    exp++;
  }
  const rem = (exp % 3 + 3) % 3;
  amount *= 10n ** BigInt(rem);
  exp -= rem;
  if (format === "DecimalExponent") return exp === 0 ? `${amount}` : `${amount}e${exp}`;
  const suffix = DECIMAL_SUFFIX[exp];
  return suffix === void 0 ? `${amount}e${exp}` : `${amount}${suffix}`;
}

// src/inject/go/typed-json.ts
var FIELD_INDEX = new Map(
  [...GO_STRUCTS].map(([t, fields]) => [t, new Map(fields.map((f) => [f.name, f]))])
);
function isStructType(type) {
  return type === "q" || type === "$" || GO_STRUCTS.has(type);
}
function isEmpty(v) {
  if (v === void 0 || v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v).length === 0;
}
function isGoZero(type, v) {
  if (v === void 0 || v === null) return true;
  if (type === "") return v === false || v === 0 || v === "";
  if (GO_STRUCTS.has(type)) return typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0;
  return false;
}
function omitted(f, v) {
  if (v === void 0) return true;
  if (f.pointer) return (f.omitempty || f.omitzero) && v === null;
  if (f.omitzero && isGoZero(f.type, v)) return true;
  return f.omitempty && !isStructType(f.type) && isEmpty(v);
}
function quantity(v) {
  return typeof v === "string" || typeof v === "number" ? canonicalQuantity(v) ?? v : v;
}
function goRoundTrip(value, type) {
  if (value === null || typeof value !== "object") return type === "q" ? quantity(value) : value;
  if (type.startsWith("[")) {
    if (!Array.isArray(value)) return value;
    const inner = type.slice(1, -1);
    let changed2 = false;
    const out2 = value.map((x) => {
      const y = goRoundTrip(x, inner);
      if (y !== x) changed2 = true;
      return y;
    });
    return changed2 ? out2 : value;
  }
  if (Array.isArray(value)) return value;
  const obj = value;
  const goMap = type.startsWith("{");
  const index = goMap ? void 0 : FIELD_INDEX.get(type);
  if (!index && !goMap) return value;
  let changed = false;
  const out = {};
  for (const [k, v] of Object.entries(obj)) {
    const f = index?.get(k);
    if (f && omitted(f, v)) {
      changed = true;
      continue;
    }
    const t = index ? f?.type ?? "" : type.slice(1, -1);
    const nv = t === "" ? v : goRoundTrip(v, t);
    if (nv !== v) changed = true;
    setOwn(out, k, nv);
  }
  return changed ? out : value;
}
var SCALAR_ZERO = { string: '""', number: "0", bool: "false" };
function encode(v, type) {
  if (v === void 0 || v === null) return "null";
  if (type.startsWith("[")) {
    if (!Array.isArray(v)) return goString(v);
    return `[${v.map((x) => encode(x, type.slice(1, -1))).join(",")}]`;
  }
  if (type.startsWith("{")) {
    if (typeof v !== "object" || Array.isArray(v)) return goString(v);
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${goString(k)}:${encode(v[k], type.slice(1, -1))}`).join(",")}}`;
  }
  if (type === "q") return goString(quantity(v));
  const fields = GO_STRUCTS.get(type);
  if (!fields || typeof v !== "object" || Array.isArray(v)) return goString(v);
  const obj = v;
  const parts = [];
  for (const f of fields) {
    const x = obj[f.name] ?? null;
    if (omitted(f, x)) continue;
    let text;
    if (x !== null || f.pointer) text = encode(x, f.type);
    else text = GO_STRUCTS.has(f.type) ? "{}" : f.type === "q" ? '"0"' : f.scalar !== void 0 ? SCALAR_ZERO[f.scalar] : "null";
    parts.push(`${goString(f.name)}:${text}`);
  }
  return `{${parts.join(",")}}`;
}
function goString(v) {
  const s = JSON.stringify(
    v,
    (_k, val) => val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : val
  );
  return (s ?? "null").replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function marshalContainerLists(lists) {
  const parts = [];
  for (const key of ["containers", "initContainers"]) {
    const list2 = lists[key];
    if (list2 && list2.length > 0) parts.push(`"${key}":${encode(list2, "[Container]")}`);
  }
  return `{${parts.join(",")}}`;
}

// src/inject/mesh-config.ts
var ENUMS = {
  interceptionMode: ["REDIRECT", "TPROXY", "NONE"],
  controlPlaneAuthPolicy: ["NONE", "MUTUAL_TLS"],
  tracingServiceName: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"]
};
var INTEGERS = /* @__PURE__ */ new Set(["statusPort", "proxyAdminPort", "statNameLength", "concurrency", "fileFlushMinSizeKb"]);
var CLUSTER_NAME_ONEOF = ["serviceCluster", "tracingServiceName"];
function camel(key) {
  return key.includes("_") ? key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()) : key;
}
function normaliseProxyField(key, value) {
  if (key === "controlPlaneAuthPolicy" && value === 1e3) return "INHERIT";
  const names2 = Object.hasOwn(ENUMS, key) ? ENUMS[key] : void 0;
  if (names2 && typeof value === "number") return names2[value] ?? value;
  if (INTEGERS.has(key) && typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return value;
}
function mergeProxyConfig(base, overlay) {
  const out = { ...base };
  if (!isMap(overlay)) return out;
  for (const [rawKey, rawValue] of Object.entries(overlay)) {
    if (rawValue === null || rawValue === void 0) continue;
    const key = camel(rawKey);
    const value = normaliseProxyField(key, rawValue);
    if (key === "proxyMetadata" && isMap(value)) {
      out.proxyMetadata = { ...isMap(base.proxyMetadata) ? base.proxyMetadata : {}, ...value };
      continue;
    }
    if (key === "proxyHeaders" && isMap(value) && isMap(base.proxyHeaders)) {
      out.proxyHeaders = mergeProxyHeaders(base.proxyHeaders, value);
      continue;
    }
    if (CLUSTER_NAME_ONEOF.includes(key)) for (const k of CLUSTER_NAME_ONEOF) delete out[k];
    setOwn(out, key, value);
  }
  return out;
}
function mergeProxyHeaders(base, overlay) {
  const out = { ...overlay };
  for (const k of ["forwardedClientCert", "requestId", "attemptCount", "server", "envoyDebugHeaders"]) {
    const v = out[k];
    const empty = v === void 0 || v === null || v === "" || isMap(v) && Object.keys(v).length === 0;
    if (empty && base[k] !== void 0) out[k] = base[k];
  }
  return out;
}
function applyMeshDefaults(mesh) {
  const given = isMap(mesh) ? mesh : {};
  const out = { ...MESH_DEFAULTS };
  for (const [rawKey, value] of Object.entries(given)) {
    if (value === null || value === void 0) continue;
    setOwn(out, camel(rawKey), value);
  }
  const pc = given.defaultConfig ?? given.default_config;
  out.defaultConfig = mergeProxyConfig(DEFAULT_PROXY_CONFIG, pc);
  out.defaultProviders = { ...isMap(out.defaultProviders) ? out.defaultProviders : {} };
  out.extensionProviders = mergeProviders(given.extensionProviders ?? given.extension_providers);
  const aliases = Array.isArray(out.trustDomainAliases) ? out.trustDomainAliases.map(String) : [];
  if (aliases.length > 0) out.trustDomainAliases = [...new Set(aliases)].sort();
  return out;
}
function mergeProviders(given) {
  const out = DEFAULT_EXTENSION_PROVIDERS.map((p) => ({ ...p }));
  if (!Array.isArray(given)) return out;
  for (const p of given) {
    if (!isMap(p)) continue;
    const i = out.findIndex((e) => e.name === p.name);
    if (i >= 0) out[i] = { ...p };
    else out.push({ ...p });
  }
  return out;
}
function statusPortOf(pc) {
  const p = pc.statusPort;
  return typeof p === "number" ? p : typeof p === "string" && /^\d+$/.test(p) ? Number(p) : 0;
}

// src/merge/errors.ts
var MergeError = class extends KubeInjectError {
  input;
  constructor(message, pointer, input = "patch") {
    super("merge", message, { pointer });
    this.input = input;
  }
};

// src/merge/order.ts
function orderMerged(merged, identity, patchOrder, serverOrder) {
  const patchIndex = firstIndexes(patchOrder);
  const serverIndex = firstIndexes(serverOrder);
  const patchItems = [];
  const serverOnly = [];
  for (const item of merged) (patchIndex.has(identity(item)) ? patchItems : serverOnly).push(item);
  const sortedPatch = patchItems.map((item, i2) => ({ item, i: i2, at: patchIndex.get(identity(item)) ?? 0 })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.item);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < sortedPatch.length) {
    if (j >= sortedPatch.length) {
      out.push(serverOnly[i++]);
    } else if (i >= serverOnly.length) {
      out.push(sortedPatch[j++]);
    } else {
      const li = serverIndex.get(identity(serverOnly[i]));
      const ri = serverIndex.get(identity(sortedPatch[j]));
      if (li !== void 0 && ri !== void 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(sortedPatch[j++]);
    }
  }
  return out;
}
function firstIndexes(items) {
  const m = /* @__PURE__ */ new Map();
  items.forEach((v, i) => {
    if (!m.has(v)) m.set(v, i);
  });
  return m;
}

// src/merge/schema.ts
var CORE = "k8s.io/api core/v1/types.go";
var META = "k8s.io/apimachinery pkg/apis/meta/v1/types.go";
function containerRules(prefix, struct) {
  return {
    [`${prefix}[].ports`]: { mergeKey: "containerPort", source: `${CORE} ${struct}.Ports` },
    [`${prefix}[].env`]: { mergeKey: "name", source: `${CORE} ${struct}.Env` },
    [`${prefix}[].volumeMounts`]: { mergeKey: "mountPath", source: `${CORE} ${struct}.VolumeMounts` },
    [`${prefix}[].volumeDevices`]: { mergeKey: "devicePath", source: `${CORE} ${struct}.VolumeDevices` }
  };
}
var podMergeSchema = Object.freeze({
  "metadata.ownerReferences": { mergeKey: "uid", source: `${META} ObjectMeta.OwnerReferences` },
  "metadata.finalizers": { source: `${META} ObjectMeta.Finalizers (scalars, merge)` },
  "spec.containers": { mergeKey: "name", source: `${CORE} PodSpec.Containers` },
  ...containerRules("spec.containers", "Container"),
  "spec.initContainers": { mergeKey: "name", source: `${CORE} PodSpec.InitContainers` },
  ...containerRules("spec.initContainers", "Container"),
  "spec.ephemeralContainers": { mergeKey: "name", source: `${CORE} PodSpec.EphemeralContainers` },
  ...containerRules("spec.ephemeralContainers", "EphemeralContainerCommon"),
  // patchStrategy "merge,retainKeys": elements merge by name and may carry `$retainKeys`.
  "spec.volumes": { mergeKey: "name", source: `${CORE} PodSpec.Volumes (merge,retainKeys)` },
  "spec.imagePullSecrets": { mergeKey: "name", source: `${CORE} PodSpec.ImagePullSecrets` },
  "spec.hostAliases": { mergeKey: "ip", source: `${CORE} PodSpec.HostAliases` },
  "spec.topologySpreadConstraints": {
    mergeKey: "topologyKey",
    source: `${CORE} PodSpec.TopologySpreadConstraints`
  },
  "spec.schedulingGates": { mergeKey: "name", source: `${CORE} PodSpec.SchedulingGates` },
  "spec.resourceClaims": { mergeKey: "name", source: `${CORE} PodSpec.ResourceClaims (merge,retainKeys)` }
});
function fieldPath(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function elementPath(path) {
  return `${path}[]`;
}

// src/merge/values.ts
function setKey(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone);
  if (isMap(v)) {
    const out = {};
    for (const [k, x] of Object.entries(v)) setKey(out, k, deepClone(x));
    return out;
  }
  return v;
}
var DIRECTIVE = "$patch";
var RETAIN_KEYS = "$retainKeys";
var SET_ORDER_PREFIX = "$setElementOrder/";
var DELETE_PRIMITIVE_PREFIX = "$deleteFromPrimitiveList/";
function isDirectiveKey(key) {
  return key === DIRECTIVE || key === RETAIN_KEYS || key.startsWith(SET_ORDER_PREFIX) || key.startsWith(DELETE_PRIMITIVE_PREFIX);
}
var DROP = /* @__PURE__ */ Symbol("drop");
function cleanPatchValue(v) {
  if (v !== null && typeof v === "object" && Object.isFrozen(v) && isCleanFrozen(v)) return plainCopy(v);
  if (Array.isArray(v)) {
    const out = [];
    for (const x of v) {
      const c = cleanPatchValue(x);
      if (c !== DROP) out.push(c);
    }
    return out;
  }
  if (isMap(v)) {
    if (Object.hasOwn(v, DIRECTIVE)) return DROP;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || isDirectiveKey(k)) continue;
      const c = cleanPatchValue(x);
      if (c !== DROP) setKey(out, k, c);
    }
    return out;
  }
  return v;
}
var cleanFrozen = /* @__PURE__ */ new WeakMap();
function isCleanFrozen(v) {
  let clean = cleanFrozen.get(v);
  if (clean !== void 0) return clean;
  const child = (x) => x === null || typeof x !== "object" || Object.isFrozen(x) && isCleanFrozen(x);
  if (Array.isArray(v)) clean = v.every((x) => x !== null && child(x));
  else if (isMap(v)) clean = Object.keys(v).every((k) => k !== "__proto__" && !isDirectiveKey(k) && v[k] !== null && child(v[k]));
  else clean = false;
  cleanFrozen.set(v, clean);
  return clean;
}
function plainCopy(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(plainCopy);
  const out = {};
  for (const k of Object.keys(v)) out[k] = plainCopy(v[k]);
  return out;
}
function kindOf(v) {
  return Array.isArray(v) ? "list" : isMap(v) ? "map" : "scalar";
}

// src/merge/merge-list.ts
function mergeError(message, pointer) {
  return new MergeError(message, pointer);
}
function mergeList(original, patch, rule, at, mergeElement, order) {
  if (rule.mergeKey === void 0) return mergeScalars(original, patch, at, order);
  const key = rule.mergeKey;
  const idOf = (el) => el[key];
  let replace2 = false;
  const deleted = /* @__PURE__ */ new Set();
  const items = [];
  patch.forEach((el, index) => {
    const p = joinPointer(at.ptr, index);
    if (!isMap(el)) throw mergeError(`list element must be a map with merge key "${key}", got a ${kindOf(el)}`, p);
    if (Object.hasOwn(el, DIRECTIVE)) {
      const d = el[DIRECTIVE];
      if (d === "replace") replace2 = true;
      else if (d === "delete") {
        if (!Object.hasOwn(el, key)) throw mergeError(`"$patch: delete" element has no merge key "${key}"`, p);
        deleted.add(el[key]);
      } else throw mergeError(`unsupported $patch directive in a list: ${JSON.stringify(d)}`, joinPointer(p, DIRECTIVE));
      return;
    }
    if (!Object.hasOwn(el, key)) throw mergeError(`list element has no merge key "${key}"`, p);
    items.push({ el, index });
  });
  if (replace2) {
    const replaced = items.map(({ el }) => cleanPatchValue(el));
    return orderMerged(replaced, idOf, order ?? [], replaced.map(idOf));
  }
  const working = [];
  original.forEach((el, origIndex) => {
    const p = joinPointer(at.origPtr, origIndex);
    if (!isMap(el) || !Object.hasOwn(el, key)) {
      throw new MergeError(`element of the original list has no merge key "${key}"`, p, "original");
    }
    if (!deleted.has(el[key])) working.push({ value: el, fresh: false, origIndex });
  });
  const serverOrder = working.map((w) => idOf(w.value));
  for (const { el, index } of items) {
    const found = working.find((w) => idOf(w.value) === el[key]);
    if (found) {
      const origPtr = found.origIndex === void 0 ? at.origPtr : joinPointer(at.origPtr, found.origIndex);
      found.value = mergeElement(found.value, el, { path: elementPath(at.path), ptr: joinPointer(at.ptr, index), origPtr });
      found.fresh = true;
    } else {
      const c = cleanPatchValue(el);
      if (c !== DROP) working.push({ value: c, fresh: true });
    }
  }
  const merged = working.map((w) => w.fresh ? w.value : deepClone(w.value));
  return orderMerged(merged, idOf, order ?? items.map(({ el }) => el[key]), serverOrder);
}
function mergeScalars(original, patch, at, order) {
  patch.forEach((v, i) => {
    if (kindOf(v) !== "scalar") throw mergeError(`list of scalars cannot hold a ${kindOf(v)}`, joinPointer(at.ptr, i));
  });
  original.forEach((v, i) => {
    if (kindOf(v) !== "scalar") throw new MergeError(`list of scalars holds a ${kindOf(v)}`, joinPointer(at.origPtr, i), "original");
  });
  const merged = [.../* @__PURE__ */ new Set([...original, ...patch])];
  return orderMerged(merged, (v) => v, order ?? patch, original);
}
function deleteScalars(original, toDelete) {
  const gone = new Set(toDelete);
  return original.filter((v) => !gone.has(v)).map(deepClone);
}

// src/merge/merge-map.ts
function mergeMaps(original, patch, at, schema) {
  if (Object.hasOwn(patch, DIRECTIVE)) {
    const d = patch[DIRECTIVE];
    if (d === "replace") {
      const rest = {};
      for (const [k, v] of Object.entries(patch)) if (k !== DIRECTIVE) setKey(rest, k, v);
      return cleanPatchValue(rest);
    }
    if (d === "delete") return {};
    throw mergeError(`unsupported $patch directive: ${JSON.stringify(d)}`, joinPointer(at.ptr, DIRECTIVE));
  }
  const out = {};
  for (const [k, v] of Object.entries(original)) setKey(out, k, v);
  const fresh = /* @__PURE__ */ new Set();
  const recurse = (a, b, where) => mergeMaps(a, b, where, schema);
  const ruleFor = (k, directiveKey) => {
    const rule = schema[fieldPath(at.path, k)];
    if (!rule) throw mergeError(`"${k}" is not a merge list`, joinPointer(at.ptr, directiveKey));
    return rule;
  };
  if (Object.hasOwn(patch, RETAIN_KEYS)) applyRetainKeys(out, patch, at.ptr);
  const orders = /* @__PURE__ */ new Map();
  for (const [dk, dv] of Object.entries(patch)) {
    const p = joinPointer(at.ptr, dk);
    if (dk.startsWith(SET_ORDER_PREFIX)) {
      const k = dk.slice(SET_ORDER_PREFIX.length);
      const rule = ruleFor(k, dk);
      if (!Array.isArray(dv)) throw mergeError(`${SET_ORDER_PREFIX}${k} must be a list`, p);
      orders.set(k, dv.map((el, i) => orderIdentity(el, rule, joinPointer(p, i))));
    } else if (dk.startsWith(DELETE_PRIMITIVE_PREFIX)) {
      const k = dk.slice(DELETE_PRIMITIVE_PREFIX.length);
      if (!Array.isArray(dv)) throw mergeError(`${DELETE_PRIMITIVE_PREFIX}${k} must be a list`, p);
      const o = out[k];
      if (Array.isArray(o)) {
        setKey(out, k, deleteScalars(o, dv));
        fresh.add(k);
      }
    }
  }
  for (const [k, v] of Object.entries(patch)) {
    if (isDirectiveKey(k)) continue;
    const where = { path: fieldPath(at.path, k), ptr: joinPointer(at.ptr, k), origPtr: joinPointer(at.origPtr, k) };
    if (v === null) {
      delete out[k];
      continue;
    }
    const o = Object.hasOwn(out, k) ? out[k] : void 0;
    const order = orders.get(k);
    let merged;
    if (o === void 0 || o === null) {
      merged = order && Array.isArray(v) ? mergeList([], v, ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order) : cleanPatchValue(v);
    } else if (kindOf(o) !== kindOf(v)) {
      throw mergeError(`expected a ${kindOf(o)} for "${k}", as in the original, but the patch has a ${kindOf(v)}`, where.ptr);
    } else if (isMap(o) && isMap(v)) {
      merged = mergeMaps(o, v, where, schema);
    } else if (Array.isArray(o) && Array.isArray(v)) {
      const rule = schema[where.path];
      merged = rule ? mergeList(o, v, rule, where, recurse, order) : cleanPatchValue(v);
    } else {
      merged = v;
    }
    if (merged === DROP) delete out[k];
    else setKey(out, k, merged);
    fresh.add(k);
  }
  for (const [k, order] of orders) {
    const o = out[k];
    if (fresh.has(k) || !Array.isArray(o)) continue;
    const where = { path: fieldPath(at.path, k), ptr: joinPointer(at.ptr, k), origPtr: joinPointer(at.origPtr, k) };
    setKey(out, k, mergeList(o, [], ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order));
    fresh.add(k);
  }
  for (const k of Object.keys(out)) if (!fresh.has(k)) setKey(out, k, deepClone(out[k]));
  return out;
}
function applyRetainKeys(out, patch, ptr) {
  const list2 = patch[RETAIN_KEYS];
  const p = joinPointer(ptr, RETAIN_KEYS);
  if (!Array.isArray(list2) || !list2.every((x) => typeof x === "string")) {
    throw mergeError(`${RETAIN_KEYS} must be a list of field names`, p);
  }
  const keep = new Set(list2);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || isDirectiveKey(k) || keep.has(k)) continue;
    throw mergeError(`field "${k}" is set by the patch but missing from ${RETAIN_KEYS}`, joinPointer(ptr, k));
  }
  for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
}
function orderIdentity(el, rule, pointer) {
  if (rule.mergeKey === void 0) return el;
  if (!isMap(el) || !Object.hasOwn(el, rule.mergeKey)) {
    throw mergeError(`${SET_ORDER_PREFIX} element has no merge key "${rule.mergeKey}"`, pointer);
  }
  return el[rule.mergeKey];
}

// src/merge/index.ts
function strategicMerge(original, patch, schema = podMergeSchema) {
  if (!isMap(patch)) throw mergeError(`a patch must be a map, got a ${kindOf(patch)}`, "");
  const base = original === void 0 || original === null ? {} : original;
  if (!isMap(base)) throw new MergeError(`cannot patch a ${kindOf(base)}; expected a map`, "", "original");
  return mergeMaps(base, patch, { path: "", ptr: "", origPtr: "" }, schema);
}

// src/inject/overrides.ts
var AUTO_IMAGE = "auto";
function parseOverrides(annotations) {
  const raw = annotations[OVERRIDES_ANNOTATION];
  if (raw === void 0) return { containers: [], initContainers: [] };
  let v;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    throw new KubeInjectError("annotation", `invalid ${OVERRIDES_ANNOTATION} annotation: ${e.message}`, {
      pointer: joinPointer("/metadata/annotations", OVERRIDES_ANNOTATION),
      at: "value"
    });
  }
  const o = asMap(v);
  return { containers: containersOf(o.containers), initContainers: containersOf(o.initContainers) };
}
function reinsertOverrides(pod) {
  const o = parseOverrides(pod.metadata.annotations ?? {});
  if (o.containers.length === 0 && o.initContainers.length === 0) return pod;
  const containers = containersOf(pod.spec.containers);
  const initContainers = containersOf(pod.spec.initContainers);
  const missing = (list2, from) => from.filter((c) => !findContainer(c.name ?? "", list2));
  const spec = { ...pod.spec };
  const extra = missing(containers, o.containers);
  const extraInit = missing(initContainers, o.initContainers);
  if (extra.length > 0) spec.containers = [...containers, ...extra];
  if (extraInit.length > 0) spec.initContainers = [...initContainers, ...extraInit];
  return { metadata: pod.metadata, spec };
}
function overlayOf(c) {
  if (c.image !== AUTO_IMAGE) return c;
  const { image: _image, ...rest } = c;
  return rest;
}
function reapplyOverrides(merged, original, templateSpec, status, tproxyInMesh) {
  const annotations = original.metadata.annotations ?? {};
  const existing = parseOverrides(annotations);
  const applied = { containers: [], initContainers: [] };
  let pod = merged;
  for (const c of containersOf(templateSpec.containers)) {
    const name = c.name ?? "";
    if (status?.containers?.includes(name)) continue;
    const match = findContainer(name, existing.containers) ?? findContainer(name, original.spec.containers);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.containers.push(overlay);
    pod = strategicMerge(pod, { spec: { containers: [overlay] } });
  }
  for (const c of containersOf(templateSpec.initContainers)) {
    const name = c.name ?? "";
    if (status?.initContainers?.includes(name)) continue;
    const match = findContainer(name, existing.initContainers) ?? findContainerInPod(name, original.spec);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.initContainers.push(overlay);
    pod = strategicMerge(pod, { spec: { initContainers: [overlay] } });
  }
  const alreadyInjected = Object.hasOwn(annotations, STATUS_ANNOTATION);
  if (!alreadyInjected && (applied.containers.length > 0 || applied.initContainers.length > 0)) {
    const record = marshalContainerLists(applied);
    pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata.annotations, [OVERRIDES_ANNOTATION]: record } };
  }
  adjustInitContainerUser(pod, original, tproxyInMesh);
  return pod;
}
function adjustInitContainerUser(pod, original, tproxyInMesh) {
  const user = findSidecar(original.spec);
  const sc = asMap(user?.securityContext);
  const runAsUser2 = sc.runAsUser;
  const runAsGroup = sc.runAsGroup;
  if (runAsUser2 === void 0 && runAsGroup === void 0) return;
  const inits = containersOf(pod.spec.initContainers);
  const init = findContainer(INIT_CONTAINER, inits) ?? findContainer(VALIDATION_CONTAINER, inits);
  if (!init) return;
  const tproxy = tproxyInMesh || pod.metadata.annotations?.[INTERCEPTION_MODE_ANNOTATION] === "TPROXY";
  if (tproxy && runAsUser2 !== void 0) {
    const sidecar = findSidecar(pod.spec);
    if (!sidecar) return;
    sidecar.securityContext = { ...asMap(sidecar.securityContext), runAsUser: 0 };
  }
  if (!tproxy && init.name === VALIDATION_CONTAINER) {
    const isc = { ...asMap(init.securityContext) };
    if (runAsUser2 !== void 0) isc.runAsUser = runAsUser2;
    if (runAsGroup !== void 0) isc.runAsGroup = runAsGroup;
    init.securityContext = isc;
  }
  if (runAsUser2 === void 0 || runAsUser2 === 0 || !Array.isArray(init.args)) return;
  const args = [...init.args];
  const i = args.indexOf("-u");
  if (i >= 0 && i + 1 < args.length) {
    args[i + 1] = String(runAsUser2);
    init.args = args;
  }
}

// src/inject/probes/convert.ts
function httpGetJson(a) {
  const out = {};
  if (a.path) out.path = a.path;
  out.port = a.port ?? 0;
  if (a.host) out.host = a.host;
  if (a.scheme) out.scheme = a.scheme;
  if (Array.isArray(a.httpHeaders) && a.httpHeaders.length > 0) {
    out.httpHeaders = a.httpHeaders.map((h) => ({ name: asMap(h).name ?? "", value: asMap(h).value ?? "" }));
  }
  return out;
}
function tcpSocketJson(a) {
  const out = { port: a.port ?? 0 };
  if (a.host) out.host = a.host;
  return out;
}
function grpcJson(a) {
  return { port: a.port ?? 0, service: a.service ?? null };
}
function proberOf(handler, lifecycle, portMap, targetPort) {
  if (!isMap(handler)) return void 0;
  let p;
  if (isMap(handler.httpGet)) p = { httpGet: httpGetJson(handler.httpGet) };
  else if (isMap(handler.tcpSocket)) p = { tcpSocket: tcpSocketJson(handler.tcpSocket) };
  else if (!lifecycle && isMap(handler.grpc)) p = { grpc: grpcJson(handler.grpc) };
  else return void 0;
  if (!lifecycle && typeof handler.timeoutSeconds === "number" && handler.timeoutSeconds !== 0) {
    p.timeoutSeconds = handler.timeoutSeconds;
  }
  if (p.grpc) return p;
  const action = p.httpGet ?? p.tcpSocket;
  if (typeof action.port === "string") {
    const resolved = portMap.get(action.port);
    if (resolved === void 0) return void 0;
    action.port = resolved;
  } else if (action.port === targetPort) {
    return void 0;
  }
  return p;
}
function rewriteHandler(handler, url, statusPort, allowGrpc) {
  if (!isMap(handler)) return void 0;
  const copy = structuredClone(handler);
  if (isMap(copy.httpGet)) {
    const a = copy.httpGet;
    a.port = statusPort;
    a.path = url;
    if (a.scheme === "HTTPS") a.scheme = "HTTP";
    return copy;
  }
  if (isMap(copy.tcpSocket)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.tcpSocket;
    return copy;
  }
  if (allowGrpc && isMap(copy.grpc)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.grpc;
    return copy;
  }
  return void 0;
}

// src/inject/probes/rewrite-copy.ts
function copyContainer(c) {
  if (!isMap(c)) return c;
  const out = { ...c };
  if (isMap(c.lifecycle)) out.lifecycle = { ...c.lifecycle };
  if (Array.isArray(c.env)) out.env = [...c.env];
  return out;
}
function copyForProbeRewrite(spec) {
  const out = { ...spec };
  if (Array.isArray(spec.containers)) out.containers = spec.containers.map(copyContainer);
  if (Array.isArray(spec.initContainers)) out.initContainers = spec.initContainers.map(copyContainer);
  return out;
}

// src/inject/probes/types.ts
function proberUrls(container) {
  return {
    readyz: `/app-health/${container}/readyz`,
    livez: `/app-health/${container}/livez`,
    startupz: `/app-health/${container}/startupz`,
    prestopz: `/app-lifecycle/${container}/prestopz`,
    poststartz: `/app-lifecycle/${container}/poststartz`
  };
}

// src/inject/probes/app-probers.ts
function shouldRewriteAppProbers(annotations, specSetting = true) {
  const v = annotations?.[REWRITE_PROBERS_ANNOTATION];
  const parsed = v === void 0 ? null : goParseBool(v);
  return parsed ?? specSetting;
}
function probeStatusPort(annotations, meshStatusPort = DEFAULT_STATUS_PORT) {
  const v = annotations?.[STATUS_PORT_ANNOTATION];
  if (v === void 0) return meshStatusPort;
  return /^[+-]?[0-9]+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : 0;
}
function dumpAppProbers(spec, targetPort = DEFAULT_STATUS_PORT) {
  const out = {};
  for (const c of [...containersOf(spec.initContainers), ...containersOf(spec.containers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    const urls = proberUrls(String(c.name ?? ""));
    const ports = /* @__PURE__ */ new Map();
    for (const p of Array.isArray(c.ports) ? c.ports : []) {
      if (isMap(p) && typeof p.name === "string" && p.name !== "") ports.set(p.name, Number(p.containerPort ?? 0));
    }
    const lifecycle = isMap(c.lifecycle) ? c.lifecycle : {};
    const found = [
      [urls.readyz, proberOf(c.readinessProbe, false, ports, targetPort)],
      [urls.livez, proberOf(c.livenessProbe, false, ports, targetPort)],
      [urls.startupz, proberOf(c.startupProbe, false, ports, targetPort)],
      [urls.prestopz, proberOf(lifecycle.preStop, true, ports, targetPort)],
      [urls.poststartz, proberOf(lifecycle.postStart, true, ports, targetPort)]
    ];
    for (const [url, p] of found) if (p) out[url] = p;
  }
  return Object.keys(out).length ? sortKeys(out) : null;
}
function mergeAppProbers(existing, fresh) {
  if (jsonDepthError(existing)) return null;
  let old;
  try {
    old = JSON.parse(existing);
  } catch {
    return null;
  }
  if (old === null) return fresh;
  if (!isMap(old) || !Object.values(old).every((p) => p === null || isMap(p))) return null;
  return sortKeys({ ...fresh, ...old });
}
function computeAppProbers(spec, options = {}) {
  const proxy = findProxy(spec);
  if (!proxy || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return null;
  const fresh = dumpAppProbers(spec, options.meshStatusPort ?? DEFAULT_STATUS_PORT);
  if (!fresh) return null;
  const existing = reinjected(options) ? envOf(proxy).find((e) => e.name === PROXY_ENV.appProbers) : void 0;
  if (!existing) return fresh;
  return mergeAppProbers(typeof existing.value === "string" ? existing.value : "", fresh);
}
function rewriteAppProbes(spec, statusPort, options = {}, copy = structuredClone) {
  const out = copy(spec);
  if (!findProxy(out) || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return out;
  for (const c of [...containersOf(out.containers), ...containersOf(out.initContainers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    const urls = proberUrls(String(c.name ?? ""));
    replace(c, "readinessProbe", rewriteHandler(c.readinessProbe, urls.readyz, statusPort, true));
    replace(c, "livenessProbe", rewriteHandler(c.livenessProbe, urls.livez, statusPort, true));
    replace(c, "startupProbe", rewriteHandler(c.startupProbe, urls.startupz, statusPort, true));
    if (isMap(c.lifecycle)) {
      replace(c.lifecycle, "preStop", rewriteHandler(c.lifecycle.preStop, urls.prestopz, statusPort, false));
      replace(c.lifecycle, "postStart", rewriteHandler(c.lifecycle.postStart, urls.poststartz, statusPort, false));
    }
  }
  return out;
}
function applyAppProbeRewrite(spec, options = {}) {
  const probers = computeAppProbers(spec, options);
  const out = rewriteAppProbes(spec, probeStatusPort(options.annotations, options.meshStatusPort), options, copyForProbeRewrite);
  if (!probers) return out;
  const proxy = findProxy(out);
  const env = envOf(proxy);
  const value = appProbersJson(probers);
  const at = reinjected(options) ? env.findIndex((e) => e.name === PROXY_ENV.appProbers) : -1;
  if (at >= 0) env[at] = { name: PROXY_ENV.appProbers, value };
  else env.push({ name: PROXY_ENV.appProbers, value });
  proxy.env = env;
  return out;
}
function appProbersJson(probers) {
  return JSON.stringify(sortKeys(probers)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function findProxy(spec) {
  return findContainer(PROXY_CONTAINER, containersOf(spec.containers)) ?? findContainer(PROXY_CONTAINER, containersOf(spec.initContainers));
}
function envOf(c) {
  return Array.isArray(c.env) ? c.env : [];
}
function reinjected(options) {
  return options.annotations !== void 0 && Object.hasOwn(options.annotations, STATUS_ANNOTATION);
}
function replace(target, key, value) {
  if (value !== void 0) target[key] = value;
}
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/inject/prometheus/merge.ts
var SCRAPE = "prometheus_io_scrape";
var PORT = "prometheus_io_port";
var PATH = "prometheus_io_path";
var TARGETS = "prometheus_istio_io_scrape_targets";
var SECURE_PORT = "prometheus_istio_io_secure_port";
var CLEARED = /* @__PURE__ */ new Set([SCRAPE, PORT, PATH, TARGETS]);
function sanitizeLabelName(name) {
  return name.replace(/[^a-zA-Z0-9_]/g, "_");
}
function atoi(v) {
  return /^[+-]?\d+$/.test(v) ? Number(v) : void 0;
}
function findSanitized(annotations, name) {
  for (const [k, v] of Object.entries(annotations)) if (sanitizeLabelName(k) === name) return [k, v];
  return void 0;
}
function prometheusPort(annotations) {
  return findSanitized(annotations, PORT)?.[1];
}
function clearPrometheusAnnotations(annotations) {
  const out = {};
  for (const [k, v] of Object.entries(annotations)) if (!CLEARED.has(sanitizeLabelName(k))) out[k] = v;
  return out;
}
function parseTargets(raw) {
  const out = [];
  for (let entry of raw.split(",")) {
    entry = goTrimSpace(entry);
    if (entry === "") continue;
    const i = entry.indexOf(":");
    const port = goTrimSpace(i < 0 ? entry : entry.slice(0, i));
    if (port === "") return void 0;
    const path = i < 0 ? "" : goTrimSpace(entry.slice(i + 1));
    out.push({ port, path: path === "" ? "/metrics" : path });
  }
  return out;
}
function prometheusMerge(annotations, enabledInMesh, statusPort) {
  const scrapeAnno = findSanitized(annotations, SCRAPE);
  const scrapeBool = scrapeAnno ? goParseBool(scrapeAnno[1]) : null;
  if (scrapeBool === false) return void 0;
  const merge = annotations[MERGE_METRICS_ANNOTATION];
  const enabled = (merge !== void 0 ? goParseBool(merge) : null) ?? enabledInMesh ?? true;
  if (!enabled) return void 0;
  const target = String(statusPort);
  if (prometheusPort(annotations) === target) return void 0;
  const cfg = { scrape: "", path: "", port: "" };
  for (const [k, v] of Object.entries(annotations)) {
    const name = sanitizeLabelName(k);
    if (name === PORT) cfg.port = v;
    else if (name === SCRAPE) cfg.scrape = v;
    else if (name === PATH) cfg.path = v;
    else if (name === TARGETS) {
      const t = parseTargets(v);
      if (t !== void 0) cfg.targets = t.length > 0 ? t : void 0;
    }
  }
  const fail2 = (key, message) => new KubeInjectError("annotation", message, { pointer: joinPointer("/metadata/annotations", key), at: "value" });
  if (cfg.targets && cfg.targets.length > 0) {
    cfg.port = cfg.targets[0].port;
    cfg.path = cfg.targets[0].path;
    const key = findSanitized(annotations, TARGETS)?.[0] ?? SCRAPE_TARGETS_ANNOTATION;
    for (const t of cfg.targets) checkPort(t.port, target, "invalid prometheus scrape targets: ", "target port", (m) => fail2(key, m));
  } else if (cfg.port !== "") {
    const key = findSanitized(annotations, PORT)?.[0] ?? "prometheus.io/port";
    checkPort(cfg.port, target, "invalid prometheus scrape configuration: ", "port", (m) => fail2(key, m));
  }
  const empty = cfg.scrape === "" && cfg.path === "" && cfg.port === "" && !cfg.targets;
  return {
    annotations: {
      ...clearPrometheusAnnotations(annotations),
      "prometheus.io/port": target,
      "prometheus.io/path": "/stats/prometheus",
      "prometheus.io/scrape": "true"
    },
    ...empty ? {} : { env: JSON.stringify(cfg) }
  };
}
function checkPort(port, agentPort, prefix, what, fail2) {
  const n = atoi(port);
  if (n === void 0 || n < 1 || n > 65535) throw fail2(`${prefix}invalid ${what} ${JSON.stringify(port)}`);
  const canon = String(n);
  if (canon === agentPort) throw fail2(`${prefix}${what} ${port} conflicts with agent port`);
  const reason = RESERVED_PORTS.get(n);
  if (reason !== void 0) {
    throw fail2(`${prefix}${what} ${port} is reserved for Istio (${reason}) and cannot be scraped`);
  }
}
function securePortAnnotation(annotations, proxyEnv) {
  if (findSanitized(annotations, SECURE_PORT)) return void 0;
  if (!Array.isArray(proxyEnv)) return void 0;
  for (const e of proxyEnv) {
    if (e?.name === PROXY_ENV.secureMetricsPort && typeof e.value === "string" && e.value !== "" && e.value !== "0") {
      return e.value;
    }
  }
  return void 0;
}

// src/inject/reorder.ts
function reorderPod(spec, holdApplication) {
  if (Array.isArray(spec.containers)) {
    spec.containers = moveContainer(containersOf(spec.containers), PROXY_CONTAINER, holdApplication ? "first" : "last");
  }
  if (!Array.isArray(spec.initContainers)) return;
  let inits = containersOf(spec.initContainers);
  if (findContainer(PROXY_CONTAINER, inits)) {
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, "first");
    inits = moveContainer(inits, PROXY_CONTAINER, "first");
    inits = moveContainer(inits, VALIDATION_CONTAINER, "first");
    inits = moveContainer(inits, INIT_CONTAINER, "first");
  } else {
    inits = moveContainer(inits, VALIDATION_CONTAINER, "first");
    inits = moveContainer(inits, INIT_CONTAINER, "last");
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, "last");
  }
  spec.initContainers = inits;
}

// src/inject/status/record.ts
function list(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : null;
}
function parseStatus(annotations) {
  const raw = annotations?.[STATUS_ANNOTATION];
  if (raw === void 0) return void 0;
  let v;
  try {
    v = JSON.parse(raw);
  } catch {
    return void 0;
  }
  if (!isMap(v)) return void 0;
  return {
    initContainers: list(v.initContainers),
    containers: list(v.containers),
    volumes: list(v.volumes),
    imagePullSecrets: list(v.imagePullSecrets),
    revision: typeof v.revision === "string" ? v.revision : ""
  };
}
function statusFor(templateSpec, revision) {
  const orNull = (xs) => xs.length === 0 ? null : xs;
  const namesOf = (v) => orNull(containersOf(v).map((x) => typeof x.name === "string" ? x.name : ""));
  const status = {
    initContainers: orNull(names(templateSpec.initContainers)),
    containers: orNull(names(templateSpec.containers)),
    volumes: namesOf(templateSpec.volumes),
    imagePullSecrets: namesOf(templateSpec.imagePullSecrets),
    revision: revision === "" ? "default" : revision
  };
  return JSON.stringify(status);
}

// src/inject/post-process.ts
function envOf2(c) {
  return Array.isArray(c.env) ? c.env.filter(isMap) : [];
}
function postProcess(pod, templateSpec, ctx) {
  let annotations = { ...pod.metadata.annotations ?? {} };
  const labels = { ...pod.metadata.labels ?? {} };
  const envNames = Object.keys(ctx.proxyEnvs).sort();
  const proxy = findSidecar(pod.spec);
  if (proxy && envNames.length > 0) {
    proxy.env = [
      ...envOf2(proxy).filter((e) => !Object.hasOwn(ctx.proxyEnvs, String(e.name))),
      ...envNames.map((name) => ({ name, value: ctx.proxyEnvs[name] }))
    ];
  }
  const merged = prometheusMerge(annotations, ctx.enablePrometheusMerge, ctx.statusPort);
  if (merged) {
    annotations = merged.annotations;
    if (proxy && merged.env !== void 0) proxy.env = [...envOf2(proxy), { name: PROXY_ENV.prometheusAnnotations, value: merged.env }];
  }
  const secure = proxy ? securePortAnnotation(annotations, proxy.env) : void 0;
  if (secure !== void 0) annotations[SECURE_PORT_ANNOTATION] = secure;
  if (proxy) {
    pod.spec = applyAppProbeRewrite(pod.spec, {
      annotations,
      rewriteAppHTTPProbe: ctx.rewriteAppHTTPProbe,
      meshStatusPort: ctx.statusPort
    });
  }
  const network = ctx.proxyEnvs[PROXY_ENV.network];
  if (network !== void 0) labels[NETWORK_LABEL] = network;
  annotations[STATUS_ANNOTATION] = statusFor(templateSpec, ctx.revision);
  Object.assign(annotations, ctx.injectedAnnotations);
  reorderPod(pod.spec, ctx.holdApplication);
  pod.metadata = { ...pod.metadata, annotations, labels };
  pod.metadata = goRoundTrip(pod.metadata, "ObjectMeta");
  pod.spec = goRoundTrip(pod.spec, "PodSpec");
}

// src/inject/image.ts
var KNOWN_IMAGE_TYPES = ["distroless", "debug"];
function goSprintV(v) {
  if (v === null || v === void 0) return "<nil>";
  if (typeof v === "number") return goFloat(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  return JSON.stringify(v);
}
function goFloat(n) {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = n.toExponential().split("e");
    const sign = e.startsWith("-") ? "-" : "+";
    const digits = e.replace(/^[+-]/, "").padStart(2, "0");
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}
function updateImageType(tag, imageType) {
  if (imageType === "") return tag;
  for (const t of KNOWN_IMAGE_TYPES) {
    if (tag.endsWith("-" + t)) {
      tag = tag.slice(0, tag.length - t.length - 1);
      break;
    }
  }
  return imageType === "default" ? tag : `${tag}-${imageType}`;
}
function proxyImage(values, proxyConfig, annotations) {
  const global = asMap(values.global);
  const proxy = asMap(global.proxy);
  const name = str(proxy.image) || "proxyv2";
  const tag = global.tag === void 0 || global.tag === null ? "" : goSprintV(global.tag);
  let imageType = str(asMap(proxyConfig.image).imageType);
  if (imageType === "") imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION];
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}
function proxyInitImage(values, annotations) {
  const global = asMap(values.global);
  const name = str(asMap(global.proxy_init).image) || "proxyv2";
  const tag = global.tag === void 0 || global.tag === null ? "" : goSprintV(global.tag);
  let imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION];
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}

// src/inject/apply-templates.ts
function reportMergeError(name, e, ontoPod) {
  if (ontoPod && e.input === "original") return e;
  return new KubeInjectError("template", `the output of template ${JSON.stringify(name)} cannot be merged onto the pod: ${e.message} (at ${e.position.pointer ?? "/"} of the output)`, {}, { cause: e });
}
function mergeOverlay(name, pod, overlay, ontoPod) {
  try {
    return strategicMerge(pod, overlay);
  } catch (e) {
    throw e instanceof MergeError ? reportMergeError(name, e, ontoPod) : e;
  }
}
function renderAndMerge(set, pod, data, nativeFlag) {
  const annotations = pod.metadata.annotations ?? {};
  let merged = pod;
  let templatePod = { metadata: {}, spec: {} };
  let copied = false;
  for (const name of selectTemplates(set, annotations)) {
    const overlay = renderOverlay(set, name, data, annotations);
    templatePod = mergeOverlay(name, templatePod, overlay, false);
    const nativeAnno = merged.metadata?.annotations?.[NATIVE_SIDECAR_ANNOTATION];
    const native = nativeAnno === "true" ? true : nativeAnno === "false" ? false : nativeFlag;
    if (native && findContainer(PROXY_CONTAINER, containersOf(templatePod.spec?.initContainers)) && findContainer(PROXY_CONTAINER, containersOf(merged.spec?.containers))) {
      const [containers, initContainers] = transferContainer(containersOf(merged.spec.containers), containersOf(merged.spec.initContainers), PROXY_CONTAINER);
      merged = { metadata: merged.metadata, spec: { ...merged.spec, containers, initContainers } };
    }
    merged = mergeOverlay(name, merged, overlay, true);
    copied = true;
  }
  if (!copied) merged = structuredClone(pod);
  merged.metadata ??= {};
  merged.spec ??= {};
  return { merged, templateSpec: templatePod.spec ?? {} };
}

// src/inject/probes/restore.ts
function restoreProbe(probe, url, prober) {
  if (!isMap(probe) || !isMap(prober) || asMap(probe.httpGet).path !== url) return probe;
  const { httpGet: _h, tcpSocket: _t, grpc: _g, ...rest } = probe;
  const { timeoutSeconds, ...handler } = prober;
  return { ...rest, ...withoutNulls(handler), ...timeoutSeconds !== void 0 ? { timeoutSeconds } : {} };
}
function withoutNulls(handler) {
  const out = {};
  for (const [k, v] of Object.entries(handler)) out[k] = isMap(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)) : v;
  return out;
}
function restoreLifecycle(lifecycle, urls, probers) {
  if (!isMap(lifecycle)) return lifecycle;
  const out = { ...lifecycle };
  for (const [field, url] of [["preStop", urls.prestopz], ["postStart", urls.poststartz]]) {
    const h = out[field];
    if (isMap(h) && isMap(probers[url]) && asMap(h.httpGet).path === url) {
      const { httpGet: _h, tcpSocket: _t, ...rest } = h;
      out[field] = { ...rest, ...probers[url] };
    }
  }
  return out;
}
function restoreAppProbes(c, probers) {
  const urls = proberUrls(c.name ?? "");
  const out = { ...c };
  for (const [field, url] of [["readinessProbe", urls.readyz], ["livenessProbe", urls.livez], ["startupProbe", urls.startupz]]) {
    if (out[field] !== void 0) out[field] = restoreProbe(out[field], url, probers[url]);
  }
  if (out.lifecycle !== void 0) out.lifecycle = restoreLifecycle(out.lifecycle, urls, probers);
  return out;
}

// src/inject/prometheus/restore.ts
function restoreScrapeAnnotations(annotations, scrape) {
  const agentPointed = annotations["prometheus.io/path"] === "/stats/prometheus" && annotations["prometheus.io/scrape"] === "true" && annotations["prometheus.io/port"] !== void 0;
  if (!scrape && !agentPointed) return annotations;
  const out = clearPrometheusAnnotations(annotations);
  const app = scrape ?? {};
  const targets = Array.isArray(app.targets) ? app.targets.filter(isMap) : [];
  if (targets.length > 0) out[SCRAPE_TARGETS_ANNOTATION] = targets.map((t) => `${t.port}:${t.path}`).join(",");
  for (const k of targets.length > 0 ? ["scrape"] : ["scrape", "path", "port"]) {
    if (typeof app[k] === "string" && app[k] !== "") out[`prometheus.io/${k}`] = app[k];
  }
  return out;
}

// src/inject/status/strip.ts
function without(list2, drop) {
  if (!Array.isArray(list2)) return void 0;
  const items = list2.filter(isMap);
  return drop ? items.filter((x) => typeof x.name !== "string" || !drop.includes(x.name)) : items;
}
function stripForRender(pod, status, statusPort) {
  if (!status) return pod;
  const spec = { ...pod.spec };
  if (status.containers) spec.containers = without(spec.containers, status.containers) ?? [];
  if (status.initContainers) spec.initContainers = without(spec.initContainers, status.initContainers) ?? [];
  let annotations = { ...pod.metadata.annotations ?? {} };
  if (prometheusPort(annotations) === String(statusPort)) annotations = clearPrometheusAnnotations(annotations);
  delete annotations[STATUS_ANNOTATION];
  return { metadata: { ...pod.metadata, annotations }, spec };
}
function envValue(proxy, name) {
  const env = Array.isArray(proxy?.env) ? proxy.env : [];
  const e = env.find((x) => isMap(x) && x.name === name);
  return typeof e?.value === "string" ? e.value : void 0;
}
function parseJson(text) {
  if (text === void 0 || jsonDepthError(text)) return void 0;
  try {
    const v = JSON.parse(text);
    return isMap(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function stripInjection(podTemplate) {
  const metadata = asMap(podTemplate.metadata);
  const spec = asMap(podTemplate.spec);
  const annotations = asMap(metadata.annotations);
  const status = parseStatus(annotations);
  if (!status) return { ...podTemplate, metadata, spec };
  const proxy = findSidecar(spec);
  const probers = parseJson(envValue(proxy, PROXY_ENV.appProbers)) ?? {};
  const scrape = parseJson(envValue(proxy, PROXY_ENV.prometheusAnnotations));
  const out = { ...spec };
  const drop = (key, names2) => {
    const kept = without(spec[key], names2);
    if (kept === void 0) return;
    if (kept.length === 0 && key !== "containers") delete out[key];
    else out[key] = key === "containers" || key === "initContainers" ? kept.map((c) => restoreAppProbes(c, probers)) : kept;
  };
  drop("containers", status.containers);
  drop("initContainers", status.initContainers);
  drop("volumes", status.volumes);
  drop("imagePullSecrets", status.imagePullSecrets);
  const custom = parseOverrides(annotations);
  const regular = (c) => c.name === PROXY_CONTAINER && c.restartPolicy !== "Always";
  const restore = {
    containers: [...custom.containers, ...custom.initContainers.filter(regular)],
    initContainers: custom.initContainers.filter((c) => !regular(c))
  };
  for (const key of ["containers", "initContainers"]) {
    const list2 = Array.isArray(out[key]) ? out[key] : [];
    const missing = restore[key].filter((c) => !list2.some((x) => x.name === c.name)).map((c) => c.image === void 0 ? { ...c, image: AUTO_IMAGE } : c);
    if (missing.length > 0) out[key] = [...list2, ...missing];
  }
  let annos = { ...annotations };
  delete annos[STATUS_ANNOTATION];
  delete annos[OVERRIDES_ANNOTATION];
  annos = restoreScrapeAnnotations(annos, scrape);
  return { ...podTemplate, metadata: { ...metadata, annotations: annos }, spec: out };
}
function annotationsFromProxyEnv(podTemplate) {
  const scrape = parseJson(envValue(findSidecar(asMap(podTemplate.spec)), PROXY_ENV.prometheusAnnotations));
  return scrape ? Object.keys(restoreScrapeAnnotations({}, scrape)) : [];
}

// src/inject/engine.ts
function annotationError(name, message, cause) {
  return new KubeInjectError("annotation", message, { pointer: joinPointer("/metadata/annotations", name), at: "value" }, { cause });
}
function proxySettings(p, annotations) {
  const text = annotations[PROXY_CONFIG_ANNOTATION];
  if (text === void 0) return p.defaultProxy;
  const cached = p.proxyCache.get(text);
  if (cached) return cached;
  let overlay;
  try {
    overlay = load(text, { schema: KUBE_SCHEMA, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, `could not parse proxy config: ${e.message}`, e);
  }
  if (overlay !== null && overlay !== void 0 && (typeof overlay !== "object" || Array.isArray(overlay))) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, "could not parse proxy config: not a mapping");
  }
  const proxyConfig = mergeProxyConfig(p.baseProxyConfig, overlay);
  const settings = {
    proxyConfig,
    view: proxyConfigView(proxyConfig),
    meshView: meshConfigView({ ...p.mesh, defaultConfig: proxyConfig })
  };
  if (p.proxyCache.size < 256) p.proxyCache.set(text, settings);
  return settings;
}
function preconditionWarnings(spec, labels, annotations) {
  const out = [];
  const dns = spec.dnsPolicy;
  if (typeof dns === "string" && dns !== "" && dns !== "ClusterFirst") {
    out.push(`dnsPolicy is ${JSON.stringify(dns)}, not "ClusterFirst": the Envoy sidecar may not be able to connect to istiod`);
  }
  const inject = Object.hasOwn(labels, INJECT_KEY) ? labels[INJECT_KEY] : annotations[INJECT_KEY];
  if (inject !== void 0 && inject !== "" && inject !== "true" && inject !== "false") {
    out.push(`invalid ${INJECT_KEY} value ${JSON.stringify(inject)} (only "true" and "false" are accepted); the injection policy decides`);
  }
  return out;
}
function typedPorts(pod) {
  let spec;
  for (const key of ["containers", "initContainers"]) {
    const list2 = pod.spec[key];
    if (!Array.isArray(list2)) continue;
    let changed = false;
    const out = list2.map((c) => {
      if (!Array.isArray(c?.ports)) return c;
      const ports = c.ports.map((port) => orderLikeGo(void 0, goRoundTrip(port, "ContainerPort"), "ContainerPort"));
      if (ports.every((p, i) => p === c.ports[i])) return c;
      changed = true;
      return { ...c, ports };
    });
    if (changed) (spec ??= { ...pod.spec })[key] = out;
  }
  return spec ? { ...pod, spec } : pod;
}
function injectPod(p, req) {
  const metadata = asMap(req.podTemplate.metadata);
  let spec = asMap(req.podTemplate.spec);
  const labels = stringMap(metadata.labels);
  const annotations = stringMap(metadata.annotations);
  const namespace = typeof metadata.namespace === "string" && metadata.namespace || req.namespace || "default";
  const reason = skipReason(p.policy, { hostNetwork: spec.hostNetwork === true, namespace, labels, annotations });
  if (reason !== void 0) return { outcome: "skipped", reason };
  const tooDeep = nestingProblems(annotations)[0];
  if (tooDeep) throw annotationError(tooDeep.annotation, tooDeep.message);
  const problems = validatePodAnnotations(annotations);
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).map((x) => x.annotation).join(", ")})` : "";
    throw annotationError(first.annotation, first.message + more);
  }
  const warnings = preconditionWarnings(spec, labels, annotations);
  const proxy = proxySettings(p, annotations);
  const statusPort = statusPortOf(proxy.proxyConfig);
  const deploy = req.kind === "Pod" || req.kind === "" ? deployMetaFromPod(metadata) : { name: req.name, namespace: req.namespace, kind: req.kind, apiVersion: req.apiVersion };
  let ids = { uid: PROXY_UID, gid: PROXY_GID };
  if (p.config.platform === OPENSHIFT_PLATFORM) {
    const ns = req.namespaceObject?.(namespace);
    if (ns) ids = proxyIdsFromNamespace(ns.annotations);
    else {
      const who = describeObject(req.kind || "Pod", req.namespace || namespace, req.name || metadata.name);
      warnings.push(
        `${who}: Namespace "${namespace}" is not in the input (add it, or give it with --namespace-file): on OpenShift the proxy's UID and GID come from its openshift.io/sa.scc.* annotations; ${PROXY_UID} is used`
      );
    }
    spec = dropProxyUserMatchingApp(spec);
  }
  const proxyEnvs = {};
  if (p.cluster !== "") proxyEnvs[PROXY_ENV.clusterId] = p.cluster;
  const network = Object.hasOwn(labels, NETWORK_LABEL) ? labels[NETWORK_LABEL] : p.network;
  if (network !== "") proxyEnvs[PROXY_ENV.network] = network;
  const pod = { metadata: { ...metadata, annotations, labels }, spec };
  const original = { metadata, spec };
  const status = parseStatus(annotations);
  const stripped = reinsertOverrides(stripForRender(pod, status, statusPort));
  const data = {
    TypeMeta: { Kind: deploy.kind, APIVersion: deploy.apiVersion },
    DeploymentMeta: { Name: deploy.name, Namespace: deploy.namespace },
    ...podView(typedPorts(stripped)),
    ProxyConfig: proxy.view,
    MeshConfig: proxy.meshView,
    Values: p.values,
    Revision: p.config.revision,
    NativeSidecars: p.config.nativeSidecars,
    ProxyImage: proxyImage(p.values, proxy.proxyConfig, stripped.metadata.annotations ?? {}),
    ProxyInitImage: proxyInitImage(p.values, stripped.metadata.annotations ?? {}),
    ProxyUID: BigInt(ids.uid),
    ProxyGID: BigInt(ids.gid),
    InboundTrafficPolicyMode: p.inboundTrafficPolicyMode,
    CompliancePolicy: p.config.compliancePolicy ?? ""
  };
  const rendered = renderAndMerge(p.templateSet, original, data, p.config.nativeSidecars);
  const tproxy = proxy.proxyConfig.interceptionMode === "TPROXY";
  const merged = reapplyOverrides(rendered.merged, original, rendered.templateSpec, status, tproxy);
  postProcess(merged, rendered.templateSpec, {
    proxyEnvs,
    enablePrometheusMerge: p.enablePrometheusMerge,
    statusPort,
    rewriteAppHTTPProbe: p.rewriteAppHTTPProbe,
    holdApplication: proxy.proxyConfig.holdApplicationUntilProxyStarts === true || p.holdInValues,
    revision: p.config.revision,
    injectedAnnotations: p.config.injectedAnnotations
  });
  const podTemplate = orderLikeGo(req.podTemplate, { ...req.podTemplate, metadata: merged.metadata, spec: merged.spec });
  return { outcome: "injected", podTemplate, warnings };
}

// src/inject/pod-shape.ts
function fail(pointer, message, at = "key") {
  throw new KubeInjectError("workload", message, { pointer, at });
}
function checkStringMap(v, pointer, what) {
  if (v === void 0 || v === null) return;
  if (!isMap(v)) fail(pointer, `${what} must be a mapping`);
  for (const [k, value] of Object.entries(v)) {
    if (typeof value !== "string") {
      const shown = JSON.stringify(value) ?? String(value);
      fail(joinPointer(pointer, k), `${what} values must be strings: ${k} is ${shown === "null" ? "null" : `${typeof value} ${shown}`}; quote it (${k}: "${value ?? ""}")`, "value");
    }
  }
}
function checkNamedList(v, pointer, what, required) {
  if (v === void 0 || v === null) {
    if (required) fail(pointer, `the pod has no ${what}`);
    return;
  }
  if (!Array.isArray(v)) fail(pointer, `${what} must be a list`);
  v.forEach((item, i) => {
    const at = joinPointer(pointer, i);
    if (!isMap(item)) fail(at, `each entry of ${what} must be a mapping`);
    if (typeof item.name !== "string" || item.name === "") fail(at, `each entry of ${what} needs a name`);
  });
}
function checkPodShape(podTemplate) {
  const meta = podTemplate.metadata;
  if (meta !== void 0 && meta !== null) {
    if (!isMap(meta)) fail("/metadata", "metadata must be a mapping");
    checkStringMap(meta.labels, "/metadata/labels", "labels");
    checkStringMap(meta.annotations, "/metadata/annotations", "annotation");
  }
  const spec = podTemplate.spec;
  if (!isMap(spec)) fail("/spec", "the pod spec must be a mapping");
  checkNamedList(spec.containers, "/spec/containers", "containers", true);
  checkNamedList(spec.initContainers, "/spec/initContainers", "initContainers", false);
  checkNamedList(spec.volumes, "/spec/volumes", "volumes", false);
}

// src/inject/prepare.ts
function boolValue(v) {
  return typeof v === "boolean" ? v : void 0;
}
function prepare(config) {
  const values = config.values ?? {};
  const mesh = applyMeshDefaults(config.meshConfig);
  const baseProxyConfig = asMap(mesh.defaultConfig);
  const global = asMap(values.global);
  const { compiled, warnings } = compilePolicy(config.policy, config.neverInjectSelector ?? [], config.alwaysInjectSelector ?? []);
  return {
    config,
    values,
    mesh,
    baseProxyConfig,
    defaultProxy: { proxyConfig: baseProxyConfig, view: proxyConfigView(baseProxyConfig), meshView: meshConfigView(mesh) },
    proxyCache: /* @__PURE__ */ new Map(),
    policy: compiled,
    templateSet: {
      templates: config.templates,
      defaultTemplates: config.defaultTemplates.length > 0 ? config.defaultTemplates : ["sidecar"],
      aliases: config.aliases ?? {}
    },
    cluster: str(asMap(global.multiCluster).clusterName),
    network: str(global.network),
    enablePrometheusMerge: boolValue(mesh.enablePrometheusMerge),
    rewriteAppHTTPProbe: boolValue(asMap(values.sidecarInjectorWebhook).rewriteAppHTTPProbe) ?? false,
    holdInValues: boolValue(asMap(global.proxy).holdApplicationUntilProxyStarts) ?? false,
    inboundTrafficPolicyMode: inboundTrafficPolicyMode(mesh),
    warnings
  };
}

// src/inject/workload-shape.ts
var SHAPES = {
  // k8s.io/api apps/v1 DaemonSetStatus
  DaemonSet: { status: ["currentNumberScheduled", "numberMisscheduled", "desiredNumberScheduled", "numberReady"] },
  // apps/v1 ReplicaSetStatus, core/v1 ReplicationControllerStatus
  ReplicaSet: { status: ["replicas"] },
  ReplicationController: { status: ["replicas"] },
  // apps/v1 StatefulSetStatus
  StatefulSet: { status: ["replicas", "availableReplicas"] },
  // github.com/openshift/api apps/v1 DeploymentConfigSpec / DeploymentConfigStatus
  DeploymentConfig: {
    status: ["latestVersion", "observedGeneration", "replicas", "updatedReplicas", "availableReplicas", "unavailableReplicas"],
    specZero: { test: false },
    specOmitEmpty: ["minReadySeconds", "paused"]
  }
};
var isZero = (v) => v === 0 || v === false || v === "" || v === null;
function workloadAsWritten(kind, object) {
  const shape = SHAPES[kind];
  if (!shape) return object;
  const out = { ...object };
  if (shape.specZero || shape.specOmitEmpty) {
    const spec = { ...out.spec ?? {} };
    for (const key of shape.specOmitEmpty ?? []) if (key in spec && isZero(spec[key])) delete spec[key];
    for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (!(key in spec)) spec[key] = zero;
    out.spec = spec;
  }
  if (shape.status) {
    const status = { ...out.status ?? {} };
    for (const key of shape.status) if (!(key in status)) status[key] = 0;
    out.status = status;
  }
  return out;
}
function workloadAsFound(kind, object) {
  const shape = SHAPES[kind];
  if (!shape) return { object, omitted: [] };
  const out = { ...object };
  const spec = { ...out.spec ?? {} };
  for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (spec[key] === zero) delete spec[key];
  if (out.spec !== void 0) out.spec = spec;
  if (shape.status && out.status !== null && typeof out.status === "object") {
    const status = { ...out.status };
    for (const key of shape.status) if (status[key] === 0) delete status[key];
    if (Object.keys(status).length === 0) delete out.status;
    else out.status = status;
  }
  const omitted2 = (shape.specOmitEmpty ?? []).filter((key) => !(key in spec)).map((key) => `spec.${key}`);
  return { object: out, omitted: omitted2 };
}

// src/inject/uninject/pod.ts
var FIELDS = ["labels", "annotations"];
function metaOf(pod) {
  return asMap(pod.metadata);
}
function withMetadata(pod, metadata) {
  return { ...pod, metadata };
}
function withoutKey(pod, field, key) {
  const meta = { ...metaOf(pod) };
  const map = { ...asMap(meta[field]) };
  delete map[key];
  if (Object.keys(map).length === 0) delete meta[field];
  else meta[field] = map;
  return withMetadata(pod, meta);
}
function withValue(pod, field, key, value) {
  const meta = { ...metaOf(pod) };
  meta[field] = { ...asMap(meta[field]), [key]: value };
  return withMetadata(pod, meta);
}
function injectedValue(inject, req, pod, field, key) {
  let r;
  try {
    r = inject({ ...req, podTemplate: pod });
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
  if (r.outcome !== "injected") return null;
  return stringMap(metaOf(r.podTemplate)[field])[key];
}
function otherValue(value) {
  if (value === "true" || value === "false") return value === "true" ? "false" : "true";
  if (/^[0-9]+$/.test(value)) return String(Number(value) + 1);
  return `${value}-other`;
}
function shorterForms(value) {
  const json = /^(.*\S)\s*,\s*\{[^{}]*\}(\s*\])\s*$/s.exec(value);
  if (json) return [json[1] + json[2]];
  const i = value.lastIndexOf(",");
  return i > 0 ? [value.slice(0, i)] : [];
}
var SINGULAR = { labels: "label", annotations: "annotation" };
function uninjectPod(inject, req) {
  const annotations = stringMap(metaOf(req.podTemplate).annotations);
  if (annotations[STATUS_ANNOTATION] === void 0 || !isStatusJson(annotations[STATUS_ANNOTATION])) return { outcome: "unchanged" };
  const stripped = stripInjection(req.podTemplate);
  let pod = withMetadata(stripped, { ...metaOf(stripped) });
  const notes = [...probePortNotes(asMap(req.podTemplate).spec, stripped.spec)];
  const recorded = new Set(annotationsFromProxyEnv(asMap(req.podTemplate)));
  const meta = metadataByBatch(inject, req, stripped, recorded) ?? metadataByKey(inject, req, stripped, recorded);
  pod = meta.pod;
  notes.push(...meta.notes);
  const { removed, restored } = meta;
  const spec = specAddedByInjection(inject, req, pod);
  const { metadata, ...rest } = spec.pod;
  return {
    outcome: "uninjected",
    podTemplate: Object.keys(asMap(metadata)).length === 0 ? rest : spec.pod,
    removedSpec: spec.removed,
    removedLabels: removed.labels.sort(),
    removedAnnotations: removed.annotations.sort(),
    restoredLabels: restored.labels.sort(),
    restoredAnnotations: restored.annotations.sort(),
    notes
  };
}
function isStatusJson(text) {
  try {
    return isMap(JSON.parse(text));
  } catch {
    return false;
  }
}
var PROBES = ["readinessProbe", "livenessProbe", "startupProbe"];
function rewrittenPath(container, field) {
  const urls = proberUrls(container);
  return field === "readinessProbe" ? urls.readyz : field === "livenessProbe" ? urls.livez : urls.startupz;
}
function probePortNotes(injectedSpec, spec) {
  const s = asMap(spec);
  const before = [...containersOf(asMap(injectedSpec).initContainers), ...containersOf(asMap(injectedSpec).containers)];
  const out = [];
  for (const c of [...containersOf(s.initContainers), ...containersOf(s.containers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    const named = /* @__PURE__ */ new Map();
    for (const p of Array.isArray(c.ports) ? c.ports : []) if (isMap(p) && typeof p.name === "string" && p.name !== "" && typeof p.containerPort === "number") named.set(p.containerPort, p.name);
    for (const field of PROBES) {
      const probe = asMap(c[field]);
      const was = asMap(asMap(before.find((x) => x.name === c.name)?.[field]).httpGet).path;
      if (was !== rewrittenPath(String(c.name), field)) continue;
      const handler = isMap(probe.httpGet) ? probe.httpGet : isMap(probe.tcpSocket) ? probe.tcpSocket : void 0;
      const port = handler?.port;
      if (typeof port !== "number" || !named.has(port)) continue;
      out.push({
        code: "probe-port-number",
        subject: `${String(c.name)}/${field}`,
        message: `container ${JSON.stringify(c.name)}: ${field} restored with port ${port}; Istio records a probe's port as a number, so if it named the port (${JSON.stringify(named.get(port))}) write the name back`
      });
    }
  }
  return out;
}
var RECORDED_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "volumes", "imagePullSecrets"]);
function canonical(v) {
  return JSON.stringify(v, (_k, x) => isMap(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : x);
}
function specAddedByInjection(inject, req, pod) {
  const spec = asMap(pod.spec);
  const removed = [];
  const specOf = (candidate) => {
    try {
      const r = inject({ ...req, podTemplate: { ...pod, spec: candidate } });
      return r.outcome === "injected" ? asMap(asMap(r.podTemplate).spec) : void 0;
    } catch (e) {
      if (e instanceof KubeInjectError) return void 0;
      throw e;
    }
  };
  const own = Object.keys(spec).filter((k) => !RECORDED_LISTS.has(k));
  const bare = specOf(Object.fromEntries(Object.entries(spec).filter(([k]) => RECORDED_LISTS.has(k))));
  if (!bare) return { pod, removed };
  let out = { ...spec };
  for (const key of own) {
    const value = spec[key];
    if (canonical(bare[key]) === canonical(value)) {
      const { [key]: _drop, ...without2 } = spec;
      if (canonical(specOf(without2)?.[key]) !== canonical(value)) continue;
      const { [key]: _gone, ...rest } = out;
      out = rest;
      removed.push(key);
      continue;
    }
    if (!isMap(value) || !isMap(bare[key])) continue;
    for (const [sub, subValue] of Object.entries(value)) {
      if (canonical(asMap(bare[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _s, ...inner } = value;
      const again = specOf({ ...spec, [key]: inner });
      if (!again || canonical(asMap(again[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _g, ...kept } = asMap(out[key]);
      out = { ...out, [key]: kept };
      if (Object.keys(kept).length === 0) {
        const { [key]: _e, ...rest } = out;
        out = rest;
      }
      removed.push(`${key}.${sub}`);
    }
  }
  return { pod: { ...pod, spec: out }, removed };
}
function overwrittenNote(field, key, value) {
  return {
    code: "overwritten-by-injection",
    subject: `${SINGULAR[field]} ${key}`,
    message: `${SINGULAR[field]} ${key} removed: injection sets it to ${JSON.stringify(value)} whatever the pod had, so a value of the pod's own from before injection cannot be restored`
  };
}
function injectedMeta(inject, req, pod) {
  try {
    const r = inject({ ...req, podTemplate: pod });
    if (r.outcome !== "injected") return null;
    const m = metaOf(r.podTemplate);
    return { labels: stringMap(m.labels), annotations: stringMap(m.annotations) };
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
}
function candidates(stripped, field, recorded) {
  return Object.entries(stringMap(metaOf(stripped)[field])).filter(([key]) => field !== "annotations" || !recorded.has(key));
}
function metadataByBatch(inject, req, stripped, recorded) {
  let bare = stripped;
  for (const field of FIELDS) for (const [key] of candidates(stripped, field, recorded)) bare = withoutKey(bare, field, key);
  const batch = injectedMeta(inject, req, bare);
  if (!batch) return void 0;
  const removed = { labels: [], annotations: [] };
  const restored = { labels: [], annotations: [] };
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      if (batch[field][key] === value) {
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const alone = injectedMeta(inject, req, withoutKey(stripped, field, key));
      if (alone === null) return void 0;
      if (alone[field][key] === value) {
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const before = shorterForms(value).find((c) => injectedMeta(inject, req, withValue(stripped, field, key, c))?.[field][key] === value);
      if (before !== void 0) {
        restored[field].push(key);
        pod = withValue(pod, field, key, before);
      }
    }
  }
  const again = injectedMeta(inject, req, pod);
  if (!again) return void 0;
  for (const field of FIELDS) for (const [key, value] of candidates(stripped, field, recorded)) if (again[field][key] !== value) return void 0;
  let other = stripped;
  for (const field of FIELDS) for (const key of removed[field]) other = withValue(other, field, key, otherValue(stringMap(metaOf(stripped)[field])[key]));
  const overwritten = injectedMeta(inject, req, other);
  const notes = [];
  for (const field of FIELDS) {
    for (const key of removed[field]) {
      const value = stringMap(metaOf(stripped)[field])[key];
      const back = overwritten ? overwritten[field][key] : injectedValue(inject, req, withValue(stripped, field, key, otherValue(value)), field, key);
      if (back === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}
function metadataByKey(inject, req, stripped, recorded) {
  const removed = { labels: [], annotations: [] };
  const restored = { labels: [], annotations: [] };
  const notes = [];
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      const gives = (candidate) => {
        const base = candidate === void 0 ? withoutKey(stripped, field, key) : withValue(stripped, field, key, candidate);
        return injectedValue(inject, req, base, field, key);
      };
      if (gives(void 0) !== value) {
        const before = shorterForms(value).find((candidate) => gives(candidate) === value);
        if (before !== void 0) {
          restored[field].push(key);
          pod = withValue(pod, field, key, before);
        }
        continue;
      }
      removed[field].push(key);
      pod = withoutKey(pod, field, key);
      if (gives(otherValue(value)) === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}

// src/inject/uninject/documents.ts
function injectedRevisions(docs) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    let workloads;
    try {
      workloads = locateWorkloads(doc.value);
    } catch {
      continue;
    }
    for (const w of workloads) {
      const status = parseStatus(stringMap(asMap(asMap(getAt(doc.value, w.podTemplatePointer)).metadata).annotations));
      if (status) out.add(revisionOf(status.revision));
    }
  }
  return out;
}
var revisionOf = (recorded) => recorded === "default" ? "" : recorded;
function uninjectDocuments(docs, inject) {
  const output = [];
  const outcomes = [];
  const errors = [];
  for (const doc of docs) {
    try {
      output.push(uninjectDocument(doc, inject, outcomes));
    } catch (e) {
      if (!(e instanceof KubeInjectError) || e.position.file !== void 0) throw e;
      errors.push(positionIn(doc, e, ""));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}
function uninjectDocument(doc, inject, outcomes) {
  const byPointer = new Map(locateWorkloads(doc.value).map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = obj.object.metadata ?? {};
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const none = { removedLabels: [], removedAnnotations: [], removedSpec: [], restoredLabels: [], restoredAnnotations: [], notes: [] };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: "unchanged", ...none });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer);
    let result;
    try {
      const status = parseStatus(stringMap(asMap(asMap(podTemplate).metadata).annotations));
      result = uninjectPod(inject(revisionOf(status?.revision ?? "")), { kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === void 0) throw positionIn(doc, e, w.podTemplatePointer, w.label);
      throw e;
    }
    if (result.outcome === "unchanged") {
      outcomes.push({ ...base, outcome: "unchanged", ...none });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    const shaped = workloadAsFound(w.kind, getAt(value, w.pointer));
    value = setAt(value, w.pointer, shaped.object);
    changed = true;
    const { removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations } = result;
    const notes = [...result.notes, ...zeroFieldNotes(shaped.omitted)];
    outcomes.push({ ...base, outcome: "uninjected", removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations, notes });
  }
  return changed ? { doc, value } : { doc };
}
function outcomeName(o) {
  return describeObject(o.kind, o.namespace, o.name);
}
function zeroFieldNotes(omitted2) {
  if (omitted2.length === 0) return [];
  const fields = omitted2.join(" and ");
  return [
    {
      code: "zero-fields-dropped",
      subject: fields,
      message: `${fields}: injection drops them at their zero value (Go omits empty fields), so if the manifest set them to 0 or false they are not restored (the defaults are the same)`
    }
  ];
}

// src/inject/documents.ts
function namespacesIn(docs) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    let objects;
    try {
      objects = objectsOf(doc.value);
    } catch {
      continue;
    }
    for (const obj of objects) {
      if (obj.kind !== "Namespace") continue;
      const meta = obj.object.metadata ?? {};
      if (typeof meta.name !== "string") continue;
      const ann = meta.annotations !== null && typeof meta.annotations === "object" ? meta.annotations : {};
      const annotations = {};
      for (const [k, v] of Object.entries(ann)) if (typeof v === "string") annotations[k] = v;
      out.set(meta.name, { annotations });
    }
  }
  return out;
}
var WorkloadError = class extends Error {
  constructor(error) {
    super(error.message);
    this.error = error;
  }
  error;
};
function injectDocuments(docs, injector, context = {}) {
  const output = [];
  const outcomes = [];
  const errors = [];
  for (const doc of docs) {
    try {
      output.push(injectDocument(doc, injector, outcomes, context));
    } catch (e) {
      if (e instanceof WorkloadError) errors.push(e.error);
      else if (!(e instanceof KubeInjectError) || e.position.file !== void 0) throw e;
      else errors.push(positionIn(doc, e, ""));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}
function injectDocument(doc, injector, outcomes, context) {
  const namespaces = context.namespaces;
  const namespaceObject = namespaces ? (name) => namespaces.get(name) : void 0;
  const workloads = locateWorkloads(doc.value);
  const byPointer = new Map(workloads.map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = obj.object.metadata ?? {};
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: "unchanged", warnings: [] });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer);
    let result;
    try {
      result = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate, ...namespaceObject ? { namespaceObject } : {} });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === void 0) throw new WorkloadError(positionIn(doc, e, w.podTemplatePointer, w.label));
      throw e;
    }
    if (result.outcome === "skipped") {
      outcomes.push({ ...base, outcome: "skipped", reason: result.reason, warnings: [] });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    value = setAt(value, w.pointer, injector.finishWorkload(w.kind, getAt(value, w.pointer)));
    changed = true;
    outcomes.push({ ...base, outcome: "injected", warnings: result.warnings });
  }
  return changed ? { doc, value } : { doc };
}

// src/inject/index.ts
function prepareInjector(config) {
  const prepared = prepare(config);
  return {
    configWarnings: prepared.warnings,
    inject: (req) => {
      checkPodShape(req.podTemplate);
      return injectPod(prepared, req);
    },
    finishWorkload: workloadAsWritten
  };
}

export {
  stripInjection,
  uninjectPod,
  injectedRevisions,
  uninjectDocuments,
  outcomeName,
  namespacesIn,
  injectDocuments,
  prepareInjector
};
