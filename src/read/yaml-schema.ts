import { NOT_RESOLVED, Schema, YAML11_SCHEMA, defineScalarTag } from 'js-yaml';
import { MAX_NESTING_DEPTH } from '../model/limits.js';

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const BINARY = 'tag:yaml.org,2002:binary';

/**
 * `!!binary` as kubectl reads it. sigs.k8s.io/yaml unmarshals with yaml.v2, which decodes the
 * base64 (Go's `base64.StdEncoding`: padding required, line breaks ignored) into a Go *string*
 * of those bytes; the JSON it then writes has that string, each byte that is not UTF-8 as
 * U+FFFD. So `!!binary aGVsbG8=` is the string `hello` (not the bytes, nor the base64 text).
 */
const kubectlBinary = defineScalarTag<string>(BINARY, {
  resolve: (source) => {
    const bytes = goBase64Decode(source);
    return bytes === undefined ? NOT_RESOLVED : goJsonString(bytes);
  },
  identify: () => false,
});

/**
 * The schema Kubernetes reads manifests with. kubectl parses YAML 1.1 (go-yaml v2 under
 * sigs.k8s.io/yaml): `0755` is octal (493) — the usual `defaultMode` — and `on`/`yes` are
 * booleans, so a YAML 1.2 core schema would change what a changed document means. Merge keys
 * (`<<`) are honoured. Timestamps are left as strings, as the JSON conversion in kubectl does;
 * `!!binary` is read as kubectl reads it (above).
 */
export const KUBE_SCHEMA = new Schema([...YAML11_SCHEMA.tags.filter((t) => t.tagName !== TIMESTAMP && t.tagName !== BINARY), kubectlBinary]);

/** Limits against hostile input. */
export const LIMITS = {
  /** Nesting depth of collections (js-yaml `maxDepth`); JSON inside annotations has the same. */
  maxDepth: MAX_NESTING_DEPTH,
  /** Alias nodes per document (js-yaml `maxAliases`). */
  maxAliases: 1000,
  /** Nodes a document may have once every alias is expanded (a "billion laughs" guard). */
  maxExpandedNodes: 1_000_000,
  /** Bytes of scalars a document may have once every alias is expanded (alias amplification). */
  maxExpandedBytes: 32 * 1024 * 1024,
} as const;

/** Go `base64.StdEncoding.DecodeString`: `\r` and `\n` skipped, padding required; undefined when invalid. */
function goBase64Decode(source: string): Buffer | undefined {
  const s = source.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return undefined;
  return Buffer.from(s, 'base64');
}

/** A Go string of `bytes` as `json.Marshal` writes it: each byte that does not start a valid UTF-8 sequence becomes U+FFFD. */
function goJsonString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      out += '\uFFFD';
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + n)).toString('utf8');
      i += n;
    }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i` (Go's `utf8.DecodeRune` rules), or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => j < b.length && b[j]! >= lo && b[j]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}
