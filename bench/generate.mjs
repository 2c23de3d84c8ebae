// A deterministic synthetic stream of N applications, like a large `helm template` output.
// Every application is three documents: a ServiceAccount, a Service (several ports) and a
// workload (probes, resources, env, volumes). Most workloads are Deployments; a share are
// StatefulSets (with a headless Service), Jobs and CronJobs (which get a ConfigMap instead of a
// Service: job pods serve no traffic). Like `helm template` output, most objects name no
// namespace. The same N always gives the same bytes.
//
//   node bench/generate.mjs 5000 > stream.yaml

/** Which workload kind application `i` has: 70% Deployment, 15% StatefulSet, 10% Job, 5% CronJob. */
export function kindOf(i) {
  const r = i % 20;
  return r < 14 ? 'Deployment' : r < 17 ? 'StatefulSet' : r < 19 ? 'Job' : 'CronJob';
}

// Each probe as lines, indented relative to the probe's own fields.
const PROBES = [
  (port) => ['httpGet:', '  path: /healthz', `  port: ${port}`],
  (port) => ['tcpSocket:', `  port: ${port}`],
  () => ['exec:', '  command:', '  - /bin/sh', '  - -c', '  - test -f /tmp/ready'],
  () => ['grpc:', '  port: 9090'],
];

function podSpec(i, app, kind, pad) {
  const job = kind === 'Job' || kind === 'CronJob';
  const port = 8080 + (i % 3);
  const probe = PROBES[i % PROBES.length];
  const annotations = [];
  if (job) annotations.push(`sidecar.istio.io/nativeSidecar: "true"`);
  if (i % 3 === 0) annotations.push(`prometheus.io/scrape: "true"`, `prometheus.io/port: "9102"`);
  if (i % 11 === 0) annotations.push(`sidecar.istio.io/proxyCPU: 50m`);
  
  const ann = annotations.length ? `\n${pad}  annotations:\n${annotations.map((a) => `${pad}    ${a}`).join('\n')}` : '';
  const main = `${pad}  - name: ${app}
${pad}    image: registry.example.com/team-${i % 50}/${app}:1.${i % 10}.${i % 7}
${pad}    args: ["--port=${port}"]
${pad}    ports:
${pad}    - name: http
${pad}      containerPort: ${port}
${pad}    - name: http-metrics
${pad}      containerPort: 9102
${pad}    env:
${pad}    - name: LOG_LEVEL
${pad}      value: ${i % 5 === 0 ? 'debug' : 'info'}
${job ? '' : `${pad}    readinessProbe:
${probe(port).map((l) => `${pad}      ${l}`).join('\n')}
${pad}      periodSeconds: 10
${pad}    livenessProbe:
${pad}      httpGet:
${pad}        path: /livez
${pad}        port: http
`}${pad}    resources:
${pad}      requests:
${pad}        cpu: ${100 + (i % 4) * 50}m
${pad}        memory: ${128 * (1 + (i % 3))}Mi
${pad}    volumeMounts:
${pad}    - name: config
${pad}      mountPath: /etc/${app}
`;
  const sidecar =
    i % 4 === 1
      ? `${pad}  - name: log-shipper
${pad}    image: registry.example.com/platform/fluent-bit:2.${i % 3}
${pad}    resources:
${pad}      requests:
${pad}        cpu: 10m
${pad}        memory: 32Mi
`
      : '';
  return `${pad}metadata:
${pad}  labels:
${pad}    app: ${app}
${pad}    version: v${1 + (i % 2)}${i % 97 === 96 ? `\n${pad}    sidecar.istio.io/inject: "false"` : ''}${ann}
${pad}spec:
${pad}  serviceAccountName: ${app}
${job ? `${pad}  restartPolicy: OnFailure\n` : ''}${pad}  securityContext:
${pad}    runAsNonRoot: true
${pad}  containers:
${main}${sidecar}${pad}  volumes:
${pad}  - name: config
${pad}    configMap:
${pad}      name: ${app}-config
${pad}      defaultMode: 0644
`;
}

/** The three documents of application `i`. */
export function application(i) {
  const app = `app-${i}`;
  const kind = kindOf(i);
  // Like `helm template` output, most objects name no namespace (they land in one); a fifth do.
  const ns = i % 5 === 4 ? `\n  namespace: team-${i % 50}` : '';
  const meta = `metadata:
  name: ${app}${ns}
  labels:
    app: ${app}`;
  const sa = `apiVersion: v1
kind: ServiceAccount
${meta}
`;
  const second =
    kind === 'Job' || kind === 'CronJob'
      ? `apiVersion: v1
kind: ConfigMap
${meta}
data:
  LOG_LEVEL: info
  BATCH_SIZE: "${100 * (1 + (i % 5))}"
`
      : `apiVersion: v1
kind: Service
${meta}
spec:
${kind === 'StatefulSet' ? '  clusterIP: None\n' : ''}  selector:
    app: ${app}
  ports:
  - name: http
    port: 80
    targetPort: ${8080 + (i % 3)}
  - name: grpc
    port: 9090
    targetPort: 9090
    appProtocol: grpc
  - name: http-metrics
    port: 9102
`;
  let workload;
  if (kind === 'Deployment' || kind === 'StatefulSet') {
    workload = `apiVersion: apps/v1
kind: ${kind}
${meta}
spec:
${kind === 'StatefulSet' ? `  serviceName: ${app}\n` : ''}  replicas: ${1 + (i % 3)}
  selector:
    matchLabels:
      app: ${app}
  template:
${podSpec(i, app, kind, '    ')}`;
  } else if (kind === 'Job') {
    workload = `apiVersion: batch/v1
kind: Job
${meta}
spec:
  backoffLimit: 2
  template:
${podSpec(i, app, kind, '    ')}`;
  } else {
    workload = `apiVersion: batch/v1
kind: CronJob
${meta}
spec:
  schedule: "${i % 60} */6 * * *"
  jobTemplate:
    spec:
      template:
${podSpec(i, app, kind, '        ')}`;
  }
  return [sa, second, workload];
}

/** N applications as one YAML stream (3N documents). */
export function generateStream(apps) {
  const docs = [];
  for (let i = 0; i < apps; i++) docs.push(...application(i));
  return docs.join('---\n');
}

/** One Deployment and its Service: the small-input rows. */
export function generateOne() {
  const [, service, deployment] = application(0);
  return `${service}---\n${deployment}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateStream(Number(process.argv[2] ?? 1000)));
}
