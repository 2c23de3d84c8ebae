/**
 * The JSON shape of the Kubernetes Go types a pod is made of (k8s.io/api core/v1), as far as
 * Istio's round trip through them shows in the output: field order, which fields are
 * `omitempty`, which are pointers, which hold quantities. Facts from core/v1/types.go.
 *
 * `name` = always written, `name?` = omitempty value (zero left out; a struct is never left
 * out), `name*` = omitempty pointer (left out only when unset); `:T` = struct T below, `[T]` a
 * list of T, `{T}` a map of T, `q` a quantity, `s` anything else (written as is).
 */
export const GO_TYPES: Readonly<Record<string, string>> = {
  ObjectMeta:
    'name? generateName? namespace? selfLink? uid? resourceVersion? generation? creationTimestamp* deletionTimestamp* ' +
    'deletionGracePeriodSeconds* labels?:{s} annotations?:{s} ownerReferences?:[s] finalizers?:[s] managedFields?:[s]',
  PodSpec:
    'volumes?:[Volume] initContainers?:[Container] containers:[Container] ephemeralContainers?:[Container] restartPolicy? ' +
    'terminationGracePeriodSeconds* activeDeadlineSeconds* dnsPolicy? nodeSelector?:{s} serviceAccountName? serviceAccount? ' +
    'automountServiceAccountToken* nodeName? hostNetwork? hostPID? hostIPC? shareProcessNamespace* securityContext*:PodSecurity ' +
    'imagePullSecrets?:[Ref] hostname? subdomain? affinity*:s schedulerName? tolerations?:[Toleration] hostAliases?:[s] ' +
    'priorityClassName? priority* dnsConfig*:s readinessGates?:[s] runtimeClassName* enableServiceLinks* preemptionPolicy* ' +
    'overhead?:{q} topologySpreadConstraints?:[s] setHostnameAsFQDN* os*:s hostUsers* schedulingGates?:[s] resourceClaims?:[s] ' +
    'resources*:Resources hostnameOverride* schedulingGroup*:s evictionResponders?:[s]',
  PodSecurity:
    'seLinuxOptions*:SELinux windowsOptions*:Windows runAsUser* runAsGroup* runAsNonRoot* supplementalGroups?:[s] ' +
    'supplementalGroupsPolicy* fsGroup* sysctls?:[s] fsGroupChangePolicy* seccompProfile*:Profile appArmorProfile*:Profile seLinuxChangePolicy*',
  Toleration: 'key? operator? value? effect? tolerationSeconds*',
  Volume:
    'name hostPath*:HostPath emptyDir*:EmptyDir secret*:SecretVolume persistentVolumeClaim*:PVC downwardAPI*:DownwardVolume ' +
    'configMap*:ConfigMapVolume projected*:Projected csi*:s ephemeral*:s',
  HostPath: 'path type*',
  EmptyDir: 'medium? sizeLimit*:q mode*',
  SecretVolume: 'secretName? items?:[KeyToPath] defaultMode* optional* defaultUser*',
  PVC: 'claimName readOnly?',
  DownwardVolume: 'items?:[DownwardFile] defaultMode* defaultUser*',
  ConfigMapVolume: 'name? items?:[KeyToPath] defaultMode* optional* defaultUser*',
  Projected: 'sources:[Projection] defaultMode* defaultUser*',
  Projection: 'secret*:KeyProjection downwardAPI*:DownwardProjection configMap*:KeyProjection serviceAccountToken*:TokenProjection clusterTrustBundle*:s podCertificate*:s',
  KeyProjection: 'name? items?:[KeyToPath] optional*',
  DownwardProjection: 'items?:[DownwardFile]',
  TokenProjection: 'audience? expirationSeconds* path user*',
  KeyToPath: 'key path mode* user*',
  DownwardFile: 'path fieldRef*:FieldRef resourceFieldRef*:ResourceRef mode* user*',
  Container:
    'name image? command?:[s] args?:[s] workingDir? ports?:[Port] envFrom?:[EnvFrom] env?:[Env] resources?:Resources ' +
    'resizePolicy?:[Resize] restartPolicy* restartPolicyRules?:[s] volumeMounts?:[Mount] volumeDevices?:[Device] ' +
    'livenessProbe*:Probe readinessProbe*:Probe startupProbe*:Probe lifecycle*:Lifecycle terminationMessagePath? ' +
    'terminationMessagePolicy? imagePullPolicy? securityContext*:Security stdin? stdinOnce? tty? targetContainerName?',
  Port: 'name? hostPort? containerPort protocol? hostIP?',
  EnvFrom: 'prefix? configMapRef*:Ref secretRef*:Ref',
  Ref: 'name? optional*',
  Env: 'name value? valueFrom*:EnvSource',
  EnvSource: 'fieldRef*:FieldRef resourceFieldRef*:ResourceRef configMapKeyRef*:KeyRef secretKeyRef*:KeyRef fileKeyRef*:s',
  FieldRef: 'apiVersion? fieldPath',
  ResourceRef: 'containerName? resource divisor?:q',
  KeyRef: 'name? key optional*',
  Resources: 'limits?:{q} requests?:{q} claims?:[s]',
  Resize: 'resourceName restartPolicy',
  Mount: 'name readOnly? recursiveReadOnly* mountPath subPath? mountPropagation* subPathExpr? bindMountOptions?:[s]',
  Device: 'name devicePath',
  Probe:
    'exec*:Exec httpGet*:HTTPGet tcpSocket*:TCPSocket grpc*:GRPC initialDelaySeconds? timeoutSeconds? periodSeconds? ' +
    'successThreshold? failureThreshold? terminationGracePeriodSeconds*',
  Lifecycle: 'postStart*:Handler preStop*:Handler stopSignal*',
  Handler: 'exec*:Exec httpGet*:HTTPGet tcpSocket*:TCPSocket sleep*:Sleep',
  Exec: 'command?:[s]',
  Sleep: 'seconds',
  HTTPGet: 'path? port host? scheme? httpHeaders?:[Header] protocol*',
  Header: 'name value',
  TCPSocket: 'port host?',
  GRPC: 'port service mode*',
  Security:
    'capabilities*:Caps privileged* seLinuxOptions*:SELinux windowsOptions*:Windows runAsUser* runAsGroup* runAsNonRoot* ' +
    'readOnlyRootFilesystem* allowPrivilegeEscalation* procMount* seccompProfile*:Profile appArmorProfile*:Profile',
  Caps: 'add?:[s] drop?:[s]',
  SELinux: 'user? role? type? level?',
  Windows: 'gmsaCredentialSpecName* gmsaCredentialSpec* runAsUserName* hostProcess*',
  Profile: 'type localhostProfile*',
};

export interface GoField {
  name: string;
  /** never: always written; zero: omitempty value; nil: omitempty pointer. */
  omit: 'never' | 'zero' | 'nil';
  type: string;
}

export const GO_FIELDS: ReadonlyMap<string, readonly GoField[]> = new Map(
  Object.entries(GO_TYPES).map(([t, spec]) => [
    t,
    spec.split(' ').map((f): GoField => {
      const [head, type = 's'] = f.split(':') as [string, string?];
      const omit = head.endsWith('?') ? 'zero' : head.endsWith('*') ? 'nil' : 'never';
      return { name: omit === 'never' ? head : head.slice(0, -1), omit, type };
    }),
  ]),
);

/** Field lookup by JSON name. */
export const GO_FIELD_INDEX: ReadonlyMap<string, ReadonlyMap<string, GoField>> = new Map(
  [...GO_FIELDS].map(([t, fields]) => [t, new Map(fields.map((f) => [f.name, f]))]),
);
