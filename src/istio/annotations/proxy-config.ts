/**
 * `proxy.istio.io/config`: YAML or JSON of a ProxyConfig. Istio applies it over the default
 * ProxyConfig with jsonpb (unknown fields are tolerated on a second try) and then runs
 * `ValidateMeshConfigProxyConfig`. Here: parse with js-yaml, require a mapping, type-check the
 * known fields as jsonpb would, then re-check the merged result the way Istio does (paths,
 * cluster name, drain duration, addresses, ports, control plane auth policy).
 * Unknown fields are not errors (Istio accepts them); `unknownProxyConfigFields` lists them.
 */
import { isIP } from 'node:net';
import { load } from 'js-yaml';
import { MAX_NESTING_DEPTH } from '../../model/limits.js';
import { setOwn } from '../../model/values.js';
import { DEFAULT_PROXY_CONFIG } from '../mesh-defaults.js';
import { goParseDuration, goQuote } from './go-parse.js';
import { PROXY_CONFIG_FIELDS, proxyConfigFieldName, type FieldType } from './proxy-config-fields.js';
import type { Validator } from './types.js';

export const validateProxyConfig: Validator = (value) => {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === 'string') return `failed to convert to apply proxy config: ${parsed}`;
  const merged: Record<string, unknown> = { ...DEFAULT_PROXY_CONFIG };
  for (const [key, v] of Object.entries(parsed)) {
    const name = proxyConfigFieldName(key);
    if (name === undefined) continue;
    const typeError = checkType(v, PROXY_CONFIG_FIELDS[name]!);
    if (typeError) return `failed to convert to apply proxy config: ${key}: ${typeError}`;
    if (v === null) continue;
    if (name === 'tracingServiceName') delete merged.serviceCluster;
    if (name === 'serviceCluster') delete merged.tracingServiceName;
    setOwn(merged, name, v);
  }
  const errors = checkMerged(merged);
  return errors.length ? errors.join('; ') : null;
};

/** Top-level keys of a `proxy.istio.io/config` value that ProxyConfig does not have. */
export function unknownProxyConfigFields(value: string): string[] {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === 'string') return [];
  return Object.keys(parsed).filter((k) => proxyConfigFieldName(k) === undefined);
}

function parseProxyConfig(value: string): Record<string, unknown> | string {
  let doc: unknown;
  // jsonpb treats a top-level null (an empty document) as "no overrides".
  if (/^(\s*(#.*)?(\n|$))*$/.test(value)) return {};
  try {
    doc = load(value, { maxDepth: MAX_NESTING_DEPTH });
  } catch (e) {
    return (e as Error).message.split('\n')[0] ?? 'invalid YAML';
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) return 'ProxyConfig must be a mapping';
  return doc as Record<string, unknown>;
}

function checkType(v: unknown, type: FieldType): string | null {
  if (v === null) return null;
  switch (type.t) {
    case 'string':
      return typeof v === 'string' ? null : 'expected a string';
    case 'int32':
    case 'int32-wrapper':
      return isInt(v, -(2 ** 31), 2 ** 31 - 1) ? null : 'expected a 32-bit integer';
    case 'uint32':
      return isInt(v, 0, 2 ** 32 - 1) ? null : 'expected an unsigned 32-bit integer';
    case 'bool-wrapper':
      return typeof v === 'boolean' ? null : 'expected true or false';
    case 'duration': {
      if (typeof v !== 'string') return 'expected a duration string such as "45s"';
      const d = goParseDuration(v);
      return 'error' in d ? `bad Duration: ${d.error}` : null;
    }
    case 'enum':
      if (typeof v === 'string') return type.values.includes(v) ? null : `unknown value ${goQuote(v)}`;
      return Number.isInteger(v) ? null : `expected one of ${type.values.join(', ')}`;
    case 'message':
      return typeof v === 'object' && !Array.isArray(v) ? null : 'expected a mapping';
    case 'string-map':
      return typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => typeof x === 'string')
        ? null
        : 'expected a mapping of strings';
    case 'string-list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'expected a list of strings';
  }
}

function isInt(v: unknown, min: number, max: number): boolean {
  const n = typeof v === 'string' && /^-?[0-9]+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

function checkMerged(c: Record<string, unknown>): string[] {
  const errs: string[] = [];
  if (c.configPath === '') errs.push('config path must be set');
  if (c.binaryPath === '') errs.push('binary path must be set');
  if (c.serviceCluster === '') errs.push('service cluster must be specified');
  const drain = goParseDuration(String(c.drainDuration));
  if ('ns' in drain) {
    if (drain.ns < 1e6) errs.push('invalid drain duration: duration must be greater than 1ms');
    else if (drain.ns % 1e6 !== 0) errs.push('invalid drain duration: only durations to ms precision are supported');
    else if (drain.ns % 1e9 !== 0) errs.push('drain time only supports durations to seconds precision');
  }
  if (c.discoveryAddress === '') errs.push('discovery address must be set to the proxy discovery service');
  else addressError(errs, 'invalid discovery address:', c.discoveryAddress);
  addressError(errs, `invalid statsd udp address ${goQuote(String(c.statsdUdpAddress))}:`, c.statsdUdpAddress);
  addressError(errs, 'invalid envoy metrics service address:', c.envoyMetricsServiceAddress);
  addressError(errs, 'invalid envoy metrics service address:', nestedAddress(c.envoyMetricsService));
  addressError(errs, 'invalid envoy access log service address:', nestedAddress(c.envoyAccessLogService));
  portRange(errs, 'invalid proxy admin port:', c.proxyAdminPort);
  portRange(errs, 'invalid status port:', c.statusPort);
  const policy = c.controlPlaneAuthPolicy;
  if (!(policy === 'NONE' || policy === 'MUTUAL_TLS' || policy === 0 || policy === 1)) {
    errs.push(`invalid authentication policy: unrecognized control plane auth policy ${goQuote(String(policy))}`);
  }
  return errs;
}

function nestedAddress(service: unknown): unknown {
  return typeof service === 'object' && service !== null ? (service as Record<string, unknown>).address : undefined;
}

function portRange(errs: string[], prefix: string, port: unknown): void {
  const n = Number(port);
  if (!(n >= 1 && n <= 65535)) errs.push(`${prefix} port number ${n} must be in the range 1..65535`);
}

/** Istio's `ValidateProxyAddress`: host:port, port 1..65535, host a DNS name or an IP. */
function addressError(errs: string[], prefix: string, address: unknown): void {
  if (typeof address !== 'string' || address === '') return;
  const m = /^(?:\[([^\]]*)\]|([^:]*)):([^:]*)$/.exec(address);
  if (!m) {
    errs.push(`${prefix} unable to split ${goQuote(address)}: address ${address}: missing port in address`);
    return;
  }
  const host = m[1] ?? m[2] ?? '';
  const port = m[3] ?? '';
  if (!/^[+-]?[0-9]+$/.test(port)) errs.push(`${prefix} port (${port}) is not a number`);
  else if (!(Number(port) >= 1 && Number(port) <= 65535)) errs.push(`${prefix} port number ${Number(port)} must be in the range 1..65535`);
  else if (!isDnsName(host) && isIP(host) === 0) errs.push(`${prefix} ${goQuote(host)} is not a valid hostname or an IP address`);
}

function isDnsName(host: string): boolean {
  if (host.length === 0 || host.length > 255) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (/^[+-]?[0-9]+$/.test(tld)) return false;
  return labels.every((l, i) => (i === labels.length - 1 && l === '') || /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/.test(l));
}
