/**
 * The registry (src/istio/annotations/) is the one list of the Istio annotations and labels the
 * built-in templates read: every one they read is an entry, and their headers keep no copy.
 */
import { describe, expect, it } from 'vitest';
import { lookupAnnotation, lookupLabel } from '../../src/istio/annotations/index.js';
import { loadBuiltinTemplates } from '../../src/templates/index.js';

/** An Istio key in prose (not inside a URL). */
const ISTIO_KEY = /(?<![\w./-])[a-z0-9.-]*istio\.io\/[A-Za-z0-9._-]+/g;
const templates = Object.entries(loadBuiltinTemplates());

/** The template's leading comment block (its header), and the rest. */
function split(text: string): { header: string; body: string } {
  const end = text.startsWith('{{- /*') ? text.indexOf('*/') : -1;
  return end < 0 ? { header: '', body: text } : { header: text.slice(0, end), body: text.slice(end) };
}

describe('built-in templates and the annotation registry', () => {
  it.each(templates)('%s reads only keys the registry knows', (_name, text) => {
    const keys = new Set([...split(text).body.matchAll(/"([a-z0-9.-]*istio\.io\/[A-Za-z0-9._-]+)"/g)].map((m) => m[1]!));
    expect([...keys].filter((k) => !lookupAnnotation(k) && !lookupLabel(k))).toEqual([]);
  });

  it.each(templates)('%s keeps no list of annotations in its header; it points at the registry', (_name, text) => {
    // Prose may name a key or two (how a pod asks for this template); a list of them is a second registry.
    expect((split(text).header.match(ISTIO_KEY) ?? []).length).toBeLessThan(3);
  });
});
