/**
 * The edit writer on hand-written documents: the exact text it writes for each kind of change,
 * and what it does where it cannot edit (an alias, a merge key, a tag: that node replaced and
 * counted; an anchor an alias shares: the whole document re-serialised). Each result is also
 * held to the oracle (the re-serialiser's text reads back the same).
 */
import { describe, expect, it } from 'vitest';
import { editDocument } from '../../../src/emit/text-edit/index.js';
import type { ManifestDocument } from '../../../src/model/document.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { checkOutputs } from './oracle.js';

function doc(text: string): ManifestDocument {
  const docs = splitStream(makeSource('doc.yaml', text)).filter((d) => !d.empty);
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

type Obj = Record<string, unknown>;

/** The document's text edited into `change(old value)`, checked against the oracle. */
function edit(text: string, change: (v: Obj) => unknown): ReturnType<typeof editDocument> {
  const d = doc(text);
  const value = change(structuredClone(d.value) as Obj);
  checkOutputs([{ doc: d, value }], 'hand-written');
  return editDocument(d, value);
}

describe('the edit writer', () => {
  it('adds keys after the existing ones, at their column, keeping comments and blank lines', () => {
    const r = edit('# head\nmetadata:\n  name: web   # the name\n\n  labels:\n    app: web\nspec: {}\n', (v) => {
      const m = v['metadata'] as Obj;
      (m['labels'] as Obj)['version'] = 'v1';
      m['annotations'] = { a: 'on' };
      return v;
    });
    expect(r.text).toBe("# head\nmetadata:\n  name: web   # the name\n\n  labels:\n    app: web\n    version: v1\n  annotations:\n    a: 'on'\nspec: {}\n");
    expect(r.fallbacks).toEqual([]);
  });

  it('changes a scalar in its own quotes, and inside a flow mapping in flow style', () => {
    const r = edit("a: \"8080\"  # port\nb: 'x'\nprobe: {path: /ready, port: 8080}\n", () => ({ a: '15020', b: "it's", probe: { path: '/app-health/web/readyz', port: 15020, scheme: 'HTTP' } }));
    expect(r.text).toBe("a: \"15020\"  # port\nb: 'it''s'\nprobe: {path: /app-health/web/readyz, port: 15020, scheme: HTTP}\n");
  });

  it('appends and inserts list items in the list style of the document', () => {
    const r = edit('spec:\n  containers:\n    - name: app\n      image: app:1\n', (v) => {
      const spec = v['spec'] as Obj;
      spec['containers'] = [{ name: 'init' }, ...(spec['containers'] as unknown[]), { name: 'proxy', args: ['a', 'b'] }];
      spec['volumes'] = [{ name: 'v' }];
      return v;
    });
    expect(r.text).toBe('spec:\n  containers:\n    - name: init\n    - name: app\n      image: app:1\n    - name: proxy\n      args:\n        - a\n        - b\n  volumes:\n    - name: v\n');
  });

  it('keeps CRLF line endings and 4-space indentation', () => {
    const r = edit('a:\r\n    b: 1\r\n    c:\r\n    - x\r\n', () => ({ a: { b: 1, c: ['x', 'z'], d: { e: 1 } } }));
    expect(r.text).toBe('a:\r\n    b: 1\r\n    c:\r\n    - x\r\n    - z\r\n    d:\r\n      e: 1\r\n');
  });

  it('keeps a JSON document JSON, laid out as it was', () => {
    const r = edit('{\n  "kind": "Pod",\n  "spec": {\n    "containers": [\n      {"name": "app"}\n    ]\n  }\n}\n', (v) => {
      const spec = v['spec'] as Obj;
      spec['containers'] = [...(spec['containers'] as unknown[]), { name: 'proxy', ports: [15090] }];
      spec['volumes'] = [{ name: 'v' }];
      return v;
    });
    expect(JSON.parse(r.text!)).toEqual({ kind: 'Pod', spec: { containers: [{ name: 'app' }, { name: 'proxy', ports: [15090] }], volumes: [{ name: 'v' }] } });
    expect(r.text).toBe('{\n  "kind": "Pod",\n  "spec": {\n    "containers": [\n      {"name": "app"},\n      {\n        "name": "proxy",\n        "ports": [\n          15090\n        ]\n      }\n    ],\n    "volumes": [\n      {\n        "name": "v"\n      }\n    ]\n  }\n}\n');
  });

  it('removes keys and items with their lines', () => {
    const r = edit('a: 1\nb:   # gone\n  c: 2\nd:\n- x\n- y   # gone too\n- z\n', () => ({ a: 1, d: ['x', 'z'] }));
    expect(r.text).toBe('a: 1\nd:\n- x\n- z\n');
  });

  it('replaces a node that holds a merge key, and counts it', () => {
    const r = edit('base: &b {cpu: 1}\nres:\n  <<: *b\n  memory: 1Gi\n', (v) => ({ ...v, res: { cpu: 2, memory: '1Gi' } }));
    expect(r.fallbacks).toEqual(['merge key']);
    expect(r.text).toBe('base: &b {cpu: 1}\nres:\n  cpu: 2\n  memory: 1Gi\n');
  });

  it('keeps an unchanged alias, replaces a changed one, and counts it', () => {
    const r = edit('x: &x [a]\ny: *x\nz: *x\n', (v) => ({ ...v, z: ['a', 'b'] }));
    expect(r.fallbacks).toEqual(['alias']);
    // No block list under a key in the document: new lists are indented (the re-serialiser's default).
    expect(r.text).toBe('x: &x [a]\ny: *x\nz:\n  - a\n  - b\n');
  });

  it('replaces a changed tagged node, and counts it', () => {
    const r = edit('a: !!str 123\nb: 1\n', () => ({ a: '124', b: 1 }));
    expect(r.fallbacks).toEqual(['tag']);
    expect(r.text).toBe("a: '124'\nb: 1\n");
  });

  it('re-serialises the whole document when a change falls inside an anchor an alias shares', () => {
    const d = doc('x: &x {a: 1}\ny: *x\n');
    const r = editDocument(d, { x: { a: 2 }, y: { a: 1 } });
    expect(r.text).toBeNull();
    expect(r.reason).toBe('a change inside an anchor that an alias shares');
    checkOutputs([{ doc: d, value: { x: { a: 2 }, y: { a: 1 } } }], 'shared anchor');
  });

  it('moves a comment after a replaced value of several lines to a line of its own', () => {
    const r = edit('a: 1 # one\nb: 2\n', () => ({ a: { x: 1, w: 2 }, b: 2 }));
    expect(r.text).toBe('a:\n  x: 1\n  w: 2\n# one\nb: 2\n');
  });

  it('leaves a kept block scalar its trailing blank lines', () => {
    const r = edit('a: |+\n  keep\n\nb: 1\n', (v) => ({ ...v, c: 2 }));
    expect(r.text).toBe('a: |+\n  keep\n\nb: 1\nc: 2\n');
  });
});
