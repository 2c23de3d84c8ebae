/**
 * Parsing what a template rendered. Go's YAML parser (which Istio uses) is lenient where
 * js-yaml follows the spec: Istio's own sidecar template closes a flow mapping at the indentation
 * of its key (`annotations: {` … `  }`), which js-yaml rejects as "deficient indentation". On
 * such a failure the continuation lines of flow collections are indented deeper (insignificant
 * inside a flow collection) and the text is parsed again.
 */
import { load } from 'js-yaml';
import { parseBlockYaml } from '../read/block-yaml.js';
import { KUBE_SCHEMA } from '../read/yaml-schema.js';
import { RenderedReuse } from './rendered-reuse.js';

const OPTIONS = { schema: KUBE_SCHEMA };
/** A block node whose value is a block scalar header (`key: |-`, `- >`). */
const BLOCK_SCALAR = /(?:^\s*-|:)\s+[|>][-+0-9]*\s*(?:#.*)?$/;

/** What is remembered per template between pods. */
export interface RenderHint {
  /** Its output needed the lenient reading: later pods skip the failing strict attempt. */
  lenient?: boolean;
  /** Its recent outputs, to read the next one by difference (`rendered-reuse.ts`). */
  reuse?: RenderedReuse;
}

/** @param hint what is remembered of the template's earlier outputs (none: every text is read in full). */
export function loadRendered(text: string, hint?: RenderHint): unknown {
  if (hint?.lenient) return load(indentFlowContinuations(text), OPTIONS);
  // Plain block YAML (all our templates render) is read without js-yaml, to the same value;
  // anything else is declined and read below, as before (test/inject/rendered-overlays.ts).
  // Most of a template's output is what it rendered for the pod before: read by difference.
  let fast;
  if (hint) {
    const reuse = (hint.reuse ??= new RenderedReuse(KUBE_SCHEMA));
    const v = reuse.read(text);
    if (v !== undefined) return v;
    fast = reuse.seed(text);
  } else fast = parseBlockYaml(text, KUBE_SCHEMA);
  if (fast.ok) return fast.value;
  try {
    return load(text, OPTIONS);
  } catch (e) {
    const fixed = indentFlowContinuations(text);
    if (fixed === text) throw e;
    let v: unknown;
    try {
      v = load(fixed, OPTIONS);
    } catch {
      throw e;
    }
    if (hint) hint.lenient = true;
    return v;
  }
}

interface ScanState {
  depth: number;
  quote: '' | '"' | "'";
}

/** Advances the flow nesting over `s` (quote-aware; a ` #` outside quotes ends the line). */
function scan(s: string, st: ScanState): void {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (st.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') st.quote = '';
    } else if (st.quote === "'") {
      if (c === "'" && s[i + 1] === "'") i++;
      else if (c === "'") st.quote = '';
    } else if (c === '"' || c === "'") st.quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) return;
    else if (c === '{' || c === '[') st.depth++;
    else if (c === '}' || c === ']') st.depth--;
    if (st.depth === 0 && st.quote === '') return;
  }
}

/** Offset in `line` where a flow collection starts as a block node's value, or -1. */
function flowStart(line: string): number {
  let i = line.length - line.trimStart().length;
  while (line.startsWith('- ', i)) i += 2 + (line.slice(i + 2).length - line.slice(i + 2).trimStart().length);
  const c = line[i];
  if (c === '{' || c === '[') return i;
  let end: number;
  if (c === '"' || c === "'") {
    end = line.indexOf(c, i + 1);
    if (end < 0) return -1;
    end = line.indexOf(':', end);
  } else {
    end = line.search(/:(\s|$)/);
  }
  if (end < 0) return -1;
  const rest = line.slice(end + 1);
  const j = end + 1 + (rest.length - rest.trimStart().length);
  return line[j] === '{' || line[j] === '[' ? j : -1;
}

export function indentFlowContinuations(text: string): string {
  const lines = text.split('\n');
  const st: ScanState = { depth: 0, quote: '' };
  let base = 0;
  let changed = false;
  let blockIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      // Content of a block scalar (`|`, `>`): text, never touched.
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (st.depth > 0) {
      if (line.trim() !== '' && indent <= base) {
        lines[n] = ' '.repeat(base + 2 - indent) + line;
        changed = true;
      }
      scan(line, st);
      continue;
    }
    if (BLOCK_SCALAR.test(line)) {
      blockIndent = indent;
      continue;
    }
    const at = flowStart(line);
    if (at < 0) continue;
    base = indent;
    scan(line.slice(at), st);
  }
  return changed ? lines.join('\n') : text;
}
