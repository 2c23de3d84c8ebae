/**
 * Value validators for Istio annotations. The first group mirrors what Istio's injector checks
 * (`pkg/kube/inject/validate.go`), with its messages; the second group is kube-inject's own,
 * for annotations Istio reads without rejecting bad values (the linter uses them).
 */
import { isValidQuantity } from '../../model/quantity.js';
import { jsonDepthError } from '../../model/limits.js';
import { isMap } from '../../model/values.js';
import { goParseBoolError, goParseDuration, goParseUintError, goQuote, goTrimSpace } from './go-parse.js';
import { cidrListError, interfaceListError, portError, portListError } from './net-validators.js';
import type { Validator } from './types.js';

// ---- Istio injector validators (validate.go) ----

export const validateInterceptionMode: Validator = (mode) =>
  mode === 'REDIRECT' || mode === 'TPROXY' || mode === 'NONE'
    ? null
    : `interceptionMode invalid, use REDIRECT,TPROXY,NONE: ${mode}`;

/** `*` or a CIDR list (empty allowed: no outbound capture). */
export const validateIncludeIPRanges: Validator = (v) => {
  if (v === '*') return null;
  const e = cidrListError(v);
  return e ? `includeIPRanges invalid: ${e}` : null;
};

/** A CIDR list (empty allowed); `*` is not allowed. */
export const validateExcludeIPRanges: Validator = (v) => {
  const e = cidrListError(v);
  return e ? `excludeIPRanges invalid: ${e}` : null;
};

const portList =
  (parameter: string, allowStar: boolean): Validator =>
  (v) => {
    if (allowStar && v === '*') return null;
    const e = portListError(v);
    return e ? `${parameter} invalid: ${e}` : null;
  };

export const validateIncludeInboundPorts = portList('includeInboundPorts', true);
export const validateExcludeInboundPorts = portList('excludeInboundPorts', false);
export const validateExcludeOutboundPorts = portList('excludeOutboundPorts', false);

/** One port, 0..65535 (Istio parses it as uint16; 0 turns the status server off). */
export const validateStatusPort: Validator = (v) => {
  const e = portError(v);
  return e ? `statusPort invalid: ${e}` : null;
};

export const validateUInt32: Validator = (v) => goParseUintError(v, 32);

export const validateBool: Validator = (v) => goParseBoolError(v);

/** A Kubernetes resource quantity without control characters. */
export const validateResourceQuantity: Validator = (v) => {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(v)) return 'value contains control characters';
  return isValidQuantity(v) ? null : 'quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'';
};

export const validateInterfaces: Validator = (v) => interfaceListError(v);

// ---- kube-inject's own (Istio reads these without rejecting bad values) ----

export const validateIncludeOutboundPorts = portList('includeOutboundPorts', false);
export const validateApplicationPorts = portList('applicationPorts', false);

/** Go `time.ParseDuration` syntax, e.g. `5s`, `1m30s`, `250ms`. */
export const validateDuration: Validator = (v) => {
  const d = goParseDuration(v);
  return 'error' in d ? d.error : null;
};

/** Exactly `true` or `false` (Istio compares the strings). */
export const validateTrueFalse: Validator = (v) =>
  v === 'true' || v === 'false' ? null : `must be "true" or "false", got ${goQuote(v)}`;

const ENVOY_LEVELS = ['trace', 'debug', 'info', 'warning', 'error', 'critical', 'off'];
const AGENT_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal', 'none'];

/** Envoy's log level (`--proxyLogLevel`). */
export const validateEnvoyLogLevel: Validator = (v) =>
  ENVOY_LEVELS.includes(v) ? null : `unknown log level ${goQuote(v)}, use one of ${ENVOY_LEVELS.join(', ')}`;

/** `component:level[,component:level…]` (Envoy's `--proxyComponentLogLevel`). */
export const validateComponentLogLevel: Validator = (v) => scopedLevels(v, ENVOY_LEVELS, false);

/** `level` or `scope:level[,scope:level…]` (pilot-agent's `--log_output_level`). */
export const validateAgentLogLevel: Validator = (v) => scopedLevels(v, AGENT_LEVELS, true);

function scopedLevels(v: string, levels: readonly string[], bareAllowed: boolean): string | null {
  for (const item of v.split(',')) {
    const colon = item.lastIndexOf(':');
    if (colon < 0 && !bareAllowed) return `${goQuote(item)} is not of the form component:level`;
    const scope = colon < 0 ? 'default' : item.slice(0, colon);
    const level = item.slice(colon + 1);
    if (scope === '') return `${goQuote(item)} has an empty scope`;
    if (!levels.includes(level)) return `unknown log level ${goQuote(level)}, use one of ${levels.join(', ')}`;
  }
  return null;
}

/** JSON of name → object (or a list of objects), as `userVolume` / `userVolumeMount` take. */
export const validateJsonObjects: Validator = (v) => {
  const parsed = parseJson(v);
  if (typeof parsed === 'string') return parsed;
  const items = Array.isArray(parsed.value) ? parsed.value : isMap(parsed.value) ? Object.values(parsed.value) : null;
  if (items === null) return 'must be a JSON object of name to definition';
  return items.every(isMap) ? null : 'every entry must be a JSON object';
};

/** JSON object of prefix → list of numbers (`statsHistogramBuckets`). */
export const validateHistogramBuckets: Validator = (v) => {
  const parsed = parseJson(v);
  if (typeof parsed === 'string') return parsed;
  if (!isMap(parsed.value)) return 'must be a JSON object of prefix to bucket list';
  for (const [prefix, buckets] of Object.entries(parsed.value)) {
    if (!Array.isArray(buckets) || !buckets.every((b) => typeof b === 'number')) {
      return `buckets for ${goQuote(prefix)} must be a list of numbers`;
    }
  }
  return null;
};

/** Integer 0..100. */
export const validatePercent: Validator = (v) =>
  /^[0-9]+$/.test(v) && Number(v) <= 100 ? null : `must be an integer from 0 to 100, got ${goQuote(v)}`;

export const oneOf =
  (...allowed: string[]): Validator =>
  (v) =>
    allowed.includes(v) ? null : `must be one of ${allowed.join(', ')}, got ${goQuote(v)}`;

function parseJson(v: string): { value: unknown } | string {
  const deep = jsonDepthError(v);
  if (deep) return deep;
  try {
    return { value: JSON.parse(v) as unknown };
  } catch (e) {
    return `invalid JSON: ${(e as Error).message}`;
  }
}

/**
 * `kube-inject.io/ignore`: comma-separated rule ids (Istio codes or kube-inject rule names) or
 * `*`, optionally followed by `=<reason>` (the syntax `src/lint/ignore.ts` reads).
 */
export const validateIgnoreList: Validator = (v) => {
  const eq = v.indexOf('=');
  for (const item of (eq < 0 ? v : v.slice(0, eq)).split(',')) {
    if (!/^[A-Za-z0-9_.*-]+$/.test(goTrimSpace(item))) return `${goQuote(item)} is not a rule id`;
  }
  return null;
};

/**
 * `prometheus.istio.io/scrape-targets`: `port[:path]` entries; Istio refuses the pod at metrics
 * merge when a port is not a number in 1..65535 (`applyPrometheusMerge`).
 */
export const validateScrapeTargets: Validator = (v) => {
  for (const raw of v.split(',')) {
    const entry = goTrimSpace(raw);
    if (entry === '') continue;
    const port = goTrimSpace(entry.split(':', 1)[0] ?? '');
    if (port === '') return `empty port in scrape target ${goQuote(entry)}`;
    if (!/^[+-]?[0-9]+$/.test(port) || Number(port) < 1 || Number(port) > 65535) return `invalid target port ${goQuote(port)}`;
  }
  return null;
};
