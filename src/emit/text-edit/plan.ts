/**
 * The edits that turn a document's text into the text of its new value: the source's nodes are
 * walked beside the old value and the new one; what did not change is left alone, and each
 * difference becomes the smallest edit at its place (a new key or item inserted, a removed one
 * taken out, a changed scalar replaced in its own quoting). New keys go where the re-serialiser
 * would put them: after the kept key that precedes them in the new value.
 *
 * A node the walk cannot edit inside (an alias, a tag, a merge key, a complex key, keys the
 * engine reordered) is replaced whole, and counted. A change the text cannot take safely (inside
 * an anchor that an alias shares) raises NotEditable: the whole document is re-serialised.
 */
import { SCALAR_STYLE } from 'js-yaml';
import { quoteDouble } from '../yaml-text.js';
import { alignItems } from './align.js';
import * as block from './block-layout.js';
import type { Edit } from './edits.js';
import { sameValue, isPlainMapping, isScalar, writtenKeys } from './equal.js';
import * as flow from './flow-layout.js';
import { column } from './lines.js';
import { NotEditable } from './not-editable.js';
import { pick, type RenderStyle } from './render.js';
import type { SourceEntry, SourceNode, SourceTree } from './source-tree.js';

/** Where a node sits: the document root, a block value (after `key:` or `-`), or inside a flow collection. */
type Place = { readonly kind: 'root' } | block.BlockPlace | { readonly kind: 'flow'; readonly col: number | null };

export class Planner {
  readonly edits: Edit[] = [];
  /** Nodes replaced whole because they could not be edited inside, with why. */
  readonly fallbacks: string[] = [];

  constructor(
    private readonly text: string,
    private readonly tree: SourceTree,
    private readonly style: RenderStyle,
  ) {}

  document(before: unknown, after: unknown): void {
    this.node(this.tree.root, before, after, { kind: 'root' });
  }

  private node(node: SourceNode, before: unknown, after: unknown, place: Place): void {
    if (before === after) return;
    if (node.anchor !== null && this.tree.aliased.has(node.anchor)) {
      if (sameValue(before, after)) return;
      throw new NotEditable('a change inside an anchor that an alias shares');
    }
    if (node.opaque !== null) {
      if (sameValue(before, after)) return;
      this.fallback(node, after, place, node.opaque);
      return;
    }
    if (node.kind === 'mapping' && isPlainMapping(before) && isPlainMapping(after)) return this.mapping(node, before, after, place);
    if (node.kind === 'sequence' && Array.isArray(before) && Array.isArray(after)) return this.sequence(node, before, after, place);
    if (isScalar(before) && isScalar(after)) {
      if (!Object.is(before, after)) this.scalar(node, after, place);
      return;
    }
    if (!sameValue(before, after)) this.replace(node, after, place);
  }

  private fallback(node: SourceNode, after: unknown, place: Place, why: string): void {
    this.fallbacks.push(why);
    this.replace(node, after, place);
  }

  private childPlace(parent: SourceNode, entry?: SourceEntry): Place {
    if (parent.flow) return { kind: 'flow', col: flow.flowColumn(this.text, parent) };
    const col = column(this.text, parent.open);
    return entry ? { kind: 'entry', entry, col } : { kind: 'item', col };
  }

  /** An empty flow collection outside a flow collection (`annotations: {}`) becomes a block one: it is replaced. */
  private growsFromEmpty(node: SourceNode, place: Place): boolean {
    return (node.kind === 'mapping' ? node.entries.length : node.items.length) === 0 && (place.kind !== 'flow' || this.style.json);
  }

  private mapping(node: SourceNode, before: Record<string, unknown>, after: Record<string, unknown>, place: Place): void {
    const entries = node.entries;
    const n = entries.length;
    // The source's keys are the parsed value's, in its order (which puts integer-like keys
    // first): usually the source order itself.
    const beforeKeys = Object.keys(before);
    if (beforeKeys.length !== n) return this.fallback(node, after, place, 'keys that differ from the parsed value');
    let aligned = true;
    for (let i = 0; i < n && aligned; i++) aligned = entries[i]!.key === beforeKeys[i];
    let order: Map<string, number> | null = null;
    let byKey: Map<string, number> | null = null;
    if (!aligned) {
      order = new Map(beforeKeys.map((k, i) => [k, i]));
      byKey = new Map(entries.map((e, i) => [e.key, i]));
      if (entries.some((e) => !order!.has(e.key))) return this.fallback(node, after, place, 'keys that differ from the parsed value');
    }
    if (this.growsFromEmpty(node, place)) return this.replace(node, after, place);

    // One pass over the new keys: kept keys must keep their order; new ones are grouped after the
    // kept key before them (-1: before every kept key).
    let groups: Map<number, string[]> | null = null;
    let anchor = -1;
    let lastOrder = -1;
    let keptCount = 0;
    let cursor = 0;
    for (const k of writtenKeys(after)) {
      let at: number | undefined;
      if (order) at = order.get(k);
      else {
        // Keys mostly come in order: look from the last one found.
        for (let j = 0; j < n; j++) {
          const c = (cursor + j) % n;
          if (entries[c]!.key === k) {
            at = c;
            cursor = c + 1;
            break;
          }
        }
      }
      if (at === undefined) {
        const g = (groups ??= new Map()).get(anchor);
        if (g) g.push(k);
        else groups.set(anchor, [k]);
        continue;
      }
      if (at < lastOrder) return this.fallback(node, after, place, 'keys reordered');
      lastOrder = at;
      anchor = byKey ? byKey.get(k)! : at;
      keptCount++;
    }
    if (keptCount === 0) return this.replace(node, after, place);
    const kept = (k: string): boolean => Object.hasOwn(after, k) && after[k] !== undefined;

    let blockRemovals: Edit[] | null = null;
    let flowRemovals: Set<number> | null = null;
    if (keptCount < n) {
      for (let i = 0; i < n; i++) {
        if (kept(entries[i]!.key)) continue;
        if (node.flow) (flowRemovals ??= new Set()).add(i);
        else {
          const r = block.removeEntry(this.text, entries[i]!);
          if (r === null) return this.fallback(node, after, place, 'a removed key that shares its line');
          (blockRemovals ??= []).push(r);
        }
      }
    }
    const insert = (at: number, keys: string[]): void => {
      if (node.flow) this.push(flow.insertFlowEntries(this.text, node, at, keys, after, this.style));
      else this.push(block.insertEntries(this.text, node, at < 0 ? null : entries[at]!, pick(keys, after), this.style));
    };
    const first = groups?.get(-1);
    if (first) insert(-1, first);
    if (flowRemovals) for (const r of flow.removeFlowChildren(flow.entrySpans(node), flowRemovals)) this.push(r);
    if (blockRemovals) for (const r of blockRemovals) this.push(r);
    const flowPlace = node.flow ? this.childPlace(node) : null;
    const col = node.flow ? 0 : column(this.text, node.open);
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      if (!kept(e.key)) continue;
      const a = after[e.key];
      const b = before[e.key];
      if (a !== b) this.node(e.value, b, a, flowPlace ?? { kind: 'entry', entry: e, col });
      const keys = groups?.get(i);
      if (keys) insert(i, keys);
    }
  }

  private sequence(node: SourceNode, before: unknown[], after: unknown[], place: Place): void {
    const items = node.items;
    if (items.length !== before.length) return this.fallback(node, after, place, 'items that differ from the parsed value');
    if (after.length === 0 || this.growsFromEmpty(node, place)) return this.replace(node, after, place);
    const steps = alignItems(before, after, sameItem);
    const removed = steps.flatMap((s) => (s.kind === 'remove' ? [s.old] : []));
    const blockRemovals = node.flow ? [] : removed.map((i) => block.removeItem(this.text, items[i]!));
    if (blockRemovals.some((r) => r === null)) return this.fallback(node, after, place, 'a removed item that shares its line');

    // New items, grouped after the source item before them (-1: before the first).
    const groups = new Map<number, unknown[]>();
    let anchor = -1;
    for (const s of steps) {
      if (s.kind === 'insert') groups.set(anchor, [...(groups.get(anchor) ?? []), after[s.new]]);
      else if (s.kind === 'pair') anchor = s.old;
    }
    const insert = (at: number, values: unknown[]): void => {
      if (node.flow) this.push(flow.insertFlowItems(this.text, node, at, values, this.style));
      else this.push(block.insertItems(this.text, node, at < 0 ? null : items[at]!, values, this.style));
    };
    const first = groups.get(-1);
    if (first) insert(-1, first);
    if (node.flow) for (const r of flow.removeFlowChildren(flow.itemSpans(node), new Set(removed))) this.push(r);
    else for (const r of blockRemovals) this.push(r!);
    const childPlace = this.childPlace(node);
    for (const s of steps) {
      if (s.kind !== 'pair') continue;
      this.node(items[s.old]!, before[s.old], after[s.new], childPlace);
      const values = groups.get(s.old);
      if (values) insert(s.old, values);
    }
  }

  /** A changed scalar, in its own quoting when the new value allows it. */
  private scalar(node: SourceNode, after: string | number | boolean | null, place: Place): void {
    if (typeof after === 'string' && node.kind === 'scalar') {
      if (node.scalarStyle === SCALAR_STYLE.DOUBLE_QUOTED) {
        this.push({ start: node.start, end: node.end, text: this.style.json ? JSON.stringify(after) : quoteDouble(after) });
        return;
      }
      if (node.scalarStyle === SCALAR_STYLE.SINGLE_QUOTED && SINGLE_QUOTABLE.test(after)) {
        this.push({ start: node.start, end: node.end, text: `'${after.replaceAll("'", "''")}'` });
        return;
      }
    }
    this.replace(node, after, place);
  }

  /** An edit, unless it would take out an anchor that an alias elsewhere refers to. */
  private push(edit: Edit): void {
    for (const at of this.tree.sharedAnchors) {
      if (at >= edit.start && at < edit.end) throw new NotEditable('an edit takes out an anchor that an alias shares');
    }
    this.edits.push(edit);
  }

  /** A node replaced whole by the new value, written in the style of its place. */
  private replace(node: SourceNode, after: unknown, place: Place): void {
    if (place.kind === 'root') throw new NotEditable('the document is replaced whole');
    this.push(place.kind === 'flow' ? flow.replaceFlowValue(node, after, place.col, this.style) : block.replaceValue(this.text, node, after, place, this.style));
  }
}

/** One line of printable characters: what a single-quoted scalar can hold as it is. */
const SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** Containers (anything with a string `name`) are the same item when their names are; other items when equal. */
function sameItem(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isPlainMapping(a) && isPlainMapping(b) && typeof a['name'] === 'string') return a['name'] === b['name'];
  return sameValue(a, b);
}
