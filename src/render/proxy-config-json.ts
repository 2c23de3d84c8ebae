/**
 * `protoToJSON .ProxyConfig` as Istio's templates write it into PROXY_CONFIG: fields equal to
 * Istio's defaults dropped first (`cleanProxyConfig`), then protobuf JSON: fields in the order
 * the proto declares them, zero scalars and empty maps/lists left out (oneof members and
 * wrapper values kept), map keys sorted, durations in protobuf's spelling (`1.500s`).
 * `proxyConfigView` (template-data.ts) hides the fields left out, so any JSON writer of the view
 * (the function table's `protoToJSON`) writes Istio's text.
 */
import { isMap, type JsonMap } from '../model/values.js';
import { DEFAULT_PROXY_CONFIG } from '../istio/mesh-defaults.js';

const ORDER = [
  'configPath', 'binaryPath', 'serviceCluster', 'tracingServiceName', 'drainDuration', 'discoveryAddress',
  'discoveryRefreshDelay', 'zipkinAddress', 'statsdUdpAddress', 'envoyMetricsServiceAddress', 'proxyAdminPort',
  'availabilityZone', 'controlPlaneAuthPolicy', 'customConfigFile', 'statNameLength', 'concurrency',
  'proxyBootstrapTemplatePath', 'interceptionMode', 'tracing', 'sds', 'envoyAccessLogService', 'envoyMetricsService',
  'proxyMetadata', 'runtimeValues', 'statusPort', 'extraStatTags', 'gatewayTopology', 'terminationDrainDuration', 'meshId',
  'readinessProbe', 'proxyStatsMatcher', 'holdApplicationUntilProxyStarts', 'caCertificatesPem', 'image',
  'privateKeyProvider', 'proxyHeaders', 'fileFlushInterval', 'fileFlushMinSizeKb', 'statsCompression', 'connectionSettings',
];
/** Plain proto3 scalars: left out when zero. Enum zero values are given by name. */
const SCALAR_ZERO: Readonly<Record<string, unknown>> = {
  configPath: '', binaryPath: '', discoveryAddress: '', zipkinAddress: '', statsdUdpAddress: '',
  envoyMetricsServiceAddress: '', proxyAdminPort: 0, availabilityZone: '', controlPlaneAuthPolicy: 'NONE',
  customConfigFile: '', statNameLength: 0, proxyBootstrapTemplatePath: '', interceptionMode: 'REDIRECT',
  statusPort: 0, meshId: '', fileFlushMinSizeKb: 0,
};
const DURATIONS = new Set(['drainDuration', 'terminationDrainDuration', 'discoveryRefreshDelay', 'fileFlushInterval']);
/** Compared with the defaults and dropped when equal (Istio's `cleanProxyConfig`). */
const CLEANED = ['configPath', 'binaryPath', 'controlPlaneAuthPolicy', 'serviceCluster', 'drainDuration', 'terminationDrainDuration', 'discoveryAddress', 'proxyAdminPort', 'statNameLength', 'statusPort'];

/** protojson's Duration text: seconds with 0, 3, 6 or 9 fractional digits. */
function protoDuration(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(v.trim());
  if (!m) return v;
  const nanos = (m[3] ?? '').padEnd(9, '0');
  const frac = nanos === '000000000' ? '' : '.' + nanos.replace(/(000)+$/, '');
  return `${m[1] ?? ''}${BigInt(m[2]!)}${frac}s`;
}

function empty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
}

function sortedMap(v: unknown): unknown {
  if (!isMap(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
}

/**
 * The fields of a proxy config in protobuf JSON order, each with whether Istio's `protoToJSON`
 * writes it (false: equal to Istio's default, or a zero value protobuf JSON leaves out).
 * Unknown fields come last, written as given.
 */
export function protoJsonFields(pc: JsonMap): Array<[string, unknown, boolean]> {
  const out: Array<[string, unknown, boolean]> = [];
  const keys = [...ORDER.filter((k) => Object.hasOwn(pc, k)), ...Object.keys(pc).filter((k) => !ORDER.includes(k))];
  for (const key of keys) {
    let value: unknown = DURATIONS.has(key) ? protoDuration(pc[key]) : pc[key];
    if (key === 'proxyMetadata' || key === 'runtimeValues') value = sortedMap(value);
    let written = value !== undefined && value !== null;
    if (CLEANED.includes(key) && value === (DURATIONS.has(key) ? protoDuration(DEFAULT_PROXY_CONFIG[key]) : DEFAULT_PROXY_CONFIG[key])) written = false;
    if (Object.hasOwn(SCALAR_ZERO, key) && value === SCALAR_ZERO[key]) written = false;
    if ((key === 'proxyMetadata' || key === 'runtimeValues' || key === 'extraStatTags' || key === 'caCertificatesPem') && empty(value)) written = false;
    out.push([key, value, written]);
  }
  return out;
}
