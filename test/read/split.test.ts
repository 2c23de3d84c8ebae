import { describe, expect, it } from 'vitest';
import { loadAll } from 'js-yaml';
import { splitStream } from '../../src/read/split.js';
import { makeSource } from '../../src/read/sources.js';
import { writeStream } from '../../src/emit/manifests.js';
import { documentText } from '../../src/model/document.js';
import { KubeInjectError } from '../../src/model/errors.js';

const split = (text: string, name = 'in.yaml') => splitStream(makeSource(name, text));
const roundTrip = (text: string) => writeStream(split(text).map((doc) => ({ doc })));

function splitError(text: string): KubeInjectError {
  try {
    split(text);
  } catch (e) {
    if (e instanceof KubeInjectError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('splitStream', () => {
  it('keeps a --- inside a block scalar as content', () => {
    const text = 'kind: ConfigMap\ndata:\n  script: |\n    echo one\n    ---\n    echo two\n---\nkind: Service\n';
    const docs = split(text);
    expect(docs).toHaveLength(2);
    expect((docs[0]!.value as { data: { script: string } }).data.script).toBe('echo one\n---\necho two\n');
    expect(documentText(docs[1]!)).toBe('---\nkind: Service\n');
  });

  it('gives each document its exact text, start line and index', () => {
    const text = '# leading comment\napiVersion: v1\nkind: A\n---\n# about B\nkind: B # trailing\n';
    const docs = split(text);
    expect(docs.map(documentText)).toEqual(['# leading comment\napiVersion: v1\nkind: A\n', '---\n# about B\nkind: B # trailing\n']);
    expect(docs.map((d) => d.startLine)).toEqual([2, 6]);
    expect(docs.map((d) => d.index)).toEqual([0, 1]);
  });

  it('ends a document at ... and reads what follows as a new document', () => {
    const docs = split('a: 1\n...\nb: 2\n');
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(roundTrip('a: 1\n...\nb: 2\n')).toBe('a: 1\n...\n---\nb: 2\n');
  });

  it('keeps empty and comment-only documents as they are (helm template writes them)', () => {
    const text = '---\n# Source: chart/templates/empty.yaml\n---\n---\nkind: A\n';
    const docs = split(text);
    expect(docs.map((d) => d.empty)).toEqual([true, true, false]);
    expect(roundTrip(text)).toBe(text);
  });

  it('accepts a UTF-8 BOM, CRLF line endings and tabs inside scalars', () => {
    const text = '\uFEFFkind: A\r\nmetadata:\r\n  name: "a\tb"\r\n---\r\nkind: B\r\n';
    const docs = split(text);
    expect(docs.map((d) => d.value)).toEqual([{ kind: 'A', metadata: { name: 'a\tb' } }, { kind: 'B' }]);
    expect(docs[0]!.eol).toBe('\r\n');
    expect(roundTrip(text)).toBe(text.slice(1));
  });

  it('reads JSON documents and remembers their format', () => {
    const docs = split('{"kind": "Pod", "metadata": {"name": "p"}}\n');
    expect(docs[0]!.format).toBe('json');
    expect(docs[0]!.value).toEqual({ kind: 'Pod', metadata: { name: 'p' } });
  });

  it('resolves anchors, aliases and merge keys as Kubernetes does', () => {
    const docs = split('base: &b {x: 1, z: 2}\nderived:\n  <<: *b\n  z: 3\nmode: 0755\nflag: on\n');
    expect(docs[0]!.value).toEqual({ base: { x: 1, z: 2 }, derived: { x: 1, z: 3 }, mode: 493, flag: true });
  });

  it('still rejects a key stated twice, with or without merge keys', () => {
    for (const text of ['a: 1\nb: 2\na: 3\n', 'm: &m {x: 1}\nd:\n  <<: *m\n  a: 1\n  a: 2\n']) {
      const e = splitError(text);
      expect(e.message).toMatch(/duplicated mapping key/);
      expect(e.position.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps pointers back to line and column', () => {
    const text = 'kind: Deployment\nspec:\n  template:\n    metadata:\n      annotations:\n        a/b: "x"\n';
    const doc = split('---\nkind: Other\n---\n' + text)[1]!;
    expect(doc.locate('/spec/template/metadata/annotations/a~1b')).toEqual({ line: 9, column: 9 });
    expect(doc.locate('/spec/template/metadata/annotations/a~1b', 'value')).toEqual({ line: 9, column: 14 });
    // A field that does not exist points at its nearest existing parent.
    expect(doc.locate('/spec/template/metadata/labels/app')).toEqual({ line: 7, column: 5 });
  });

  it('rejects bad YAML with file, line and column', () => {
    const e = splitError('a: 1\n---\nb: [1, 2\nc: 3\n');
    expect(e.code).toBe('yaml');
    expect(e.position.file).toBe('in.yaml');
    expect(e.position.line).toBeGreaterThanOrEqual(3);
    expect(e.position.column).toBeGreaterThanOrEqual(1);
  });

  it('refuses a document whose aliases would expand without bound', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const e = splitError(lines.join('\n') + '\n');
    expect(e.code).toBe('yaml-hostile');
    expect(e.message).toMatch(/aliases/);
    expect(e.position.line).toBe(1);
  });

  it('refuses nesting deeper than the limit', () => {
    const e = splitError('a: ' + '['.repeat(200) + ']'.repeat(200) + '\n');
    expect(e.code).toBe('yaml');
    expect(e.position.line).toBe(1);
  });

  it('round-trips every document of a stream byte-for-byte', () => {
    const text = 'kind: A # c\n---\n# x\nkind: B\ndata:\n  k: |\n    ---\n---\n[1, 2]\n';
    const out = roundTrip(text);
    expect(out).toBe(text);
    expect(loadAll(out)).toHaveLength(3);
  });
});

describe('writeStream', () => {
  it('writes a changed document after its marker and comments, in its own format and line endings', () => {
    const docs = split('kind: A\r\n---\r\n# keep me\r\nkind: B\r\n---\n{"kind": "C"}\n');
    const out = writeStream([{ doc: docs[0]! }, { doc: docs[1]!, value: { kind: 'B', added: true } }, { doc: docs[2]!, value: { kind: 'C', x: 1 } }]);
    // The JSON document was written on one line, and stays so (text-edit/ keeps the author's layout).
    expect(out).toBe('kind: A\r\n---\r\n# keep me\r\nkind: B\r\nadded: true\r\n---\n{"kind": "C", "x": 1}\n');
  });

  it('separates the documents of several files', () => {
    const a = splitStream(makeSource('a.yaml', 'kind: A'));
    const b = splitStream(makeSource('b.yaml', 'kind: B\n'));
    expect(writeStream([...a, ...b].map((doc) => ({ doc })))).toBe('kind: A\n---\nkind: B\n');
  });

  it('quotes strings that YAML 1.1 would read as something else', () => {
    const [doc] = split('kind: A\n');
    const out = writeStream([{ doc: doc!, value: { a: 'on', b: '0755', c: '1.0', d: 'yes' } }]);
    expect(split(out)[0]!.value).toEqual({ a: 'on', b: '0755', c: '1.0', d: 'yes' });
  });
});

describe('text outside any document', () => {
  it('keeps a header comment before the first --- with the first document', () => {
    const text = '# Licence header\r\n\r\n---\r\na: 1\r\n---\r\nb: 2\r\n';
    expect(roundTrip(text)).toBe(text);
    const docs = split(text);
    expect(docs).toHaveLength(2);
    const out = writeStream([{ doc: docs[0]!, value: { a: 2 } }, { doc: docs[1]! }]);
    expect(out).toBe('# Licence header\r\n\r\n---\r\na: 2\r\n---\r\nb: 2\r\n');
  });

  it('keeps comments after a final ... with the last document', () => {
    const text = 'a: 1\n...\n# trailing\n';
    expect(roundTrip(text)).toBe(text);
  });
});

describe('list style of changed documents', () => {
  it("keeps kubectl's unindented lists, or indented ones, as the author wrote them", () => {
    const flat = split('kind: A\nitems:\n- a\n')[0]!;
    const deep = split('kind: A\nitems:\n  - a\n')[0]!;
    expect(writeStream([{ doc: flat, value: { kind: 'A', items: ['a', 'b'] } }])).toBe('kind: A\nitems:\n- a\n- b\n');
    expect(writeStream([{ doc: deep, value: { kind: 'A', items: ['a', 'b'] } }])).toBe('kind: A\nitems:\n  - a\n  - b\n');
  });
});
