import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { isMap } from '../model/values.js';
import { readTextFile } from '../read/sources.js';
import { configError, parseConfigText, readConfigFile, type ConfigFile } from './read-file.js';

/** Where a template's text sits in a file, so template errors can name the file's line. */
export interface TemplateSource {
  readonly name: string;
  readonly text: string;
  readonly file: string;
  /** 1-based line of the file on which the template's first line stands. */
  readonly line: number;
  /** Columns to add: the indentation of a template embedded in a YAML block scalar. */
  readonly indent: number;
}

/**
 * The injector file the user gives (`--inject-config`: `data.config` of the
 * istio-sidecar-injector ConfigMap), as read.
 */
interface InjectorFile {
  /** The configuration document, as read (templates removed); validated by the caller. */
  readonly settings: Record<string, unknown>;
  readonly settingsFile?: ConfigFile;
  readonly templates: TemplateSource[];
  /** `data.values` of a ConfigMap, when there is one. */
  readonly values?: ConfigFile;
}

/**
 * Reads `--inject-config`: (a) an istio-sidecar-injector ConfigMap manifest, (b) its bare
 * `config` document, or (c) a bare template, used as `sidecar` (as istioctl does: anything that
 * is not a configuration with templates is a template). The ConfigMap must have `data.config`.
 */
export async function readInjectConfig(path: string): Promise<InjectorFile> {
  let file: ConfigFile;
  try {
    file = await readConfigFile(path, 'injector config');
  } catch (e) {
    if (e instanceof KubeInjectError && e.code === 'io') throw e;
    return bareTemplate(path, await readRaw(path));
  }
  const v = file.value;
  if (isMap(v) && v.kind === 'ConfigMap') return fromConfigMap(file);
  if (isMap(v) && isMap(v.templates) && Object.keys(v.templates).length > 0) return fromConfig(file);
  return bareTemplate(path, file.doc.source.text);
}

/** The file's text as the other inputs are read (regular file, size limit, UTF-8). */
function readRaw(path: string): Promise<string> {
  return readTextFile(path);
}

function bareTemplate(file: string, text: string): InjectorFile {
  return { settings: {}, templates: [{ name: 'sidecar', text, file, line: 1, indent: 0 }] };
}

function fromConfigMap(cm: ConfigFile): InjectorFile {
  const data = (cm.value as Record<string, unknown>).data;
  if (!isMap(data) || typeof data.config !== 'string') {
    throw configError(cm, '/data', 'the ConfigMap has no data.config (is it the istio-sidecar-injector ConfigMap?)');
  }
  const config = fromConfig(embedded(cm, '/data/config', data.config, 'data.config'));
  let values: ConfigFile | undefined;
  if (typeof data.values === 'string') values = embedded(cm, '/data/values', data.values, 'data.values');
  return { ...config, ...(values ? { values } : {}) };
}

/** A YAML document held in a string field of another file, with its place in that file. */
function embedded(outer: ConfigFile, pointer: string, text: string, label: string): ConfigFile {
  const { line, indent } = blockStart(outer, pointer);
  try {
    return { ...parseConfigText(outer.file, text, label), origin: { line, indent } };
  } catch (e) {
    if (e instanceof KubeInjectError) {
      const p = e.position;
      throw new KubeInjectError(e.code, e.message, { ...p, file: outer.file, line: p.line !== undefined ? p.line + line - 1 : line, column: p.column !== undefined ? p.column + indent : undefined });
    }
    throw e;
  }
}

/**
 * Where the text of a string field starts in its file, and the indentation to add to columns:
 * for a block scalar (`key: |`), its first content line and that line's indentation; for an
 * inline string, the value's own line and column.
 */
function blockStart(file: ConfigFile, pointer: string): { line: number; indent: number } {
  const at = file.doc.locate(pointer, 'value');
  const text = file.doc.source.text.split('\n');
  const here = text[at.line - 1] ?? '';
  const c = here[at.column - 1];
  if (c === '|' || c === '>') return { line: at.line + 1, indent: (text[at.line] ?? '').match(/^ */)![0].length };
  const leading = here.match(/^ */)![0].length;
  // js-yaml places a block scalar's value at the start of its first content line.
  if (at.column === 1 && leading > 0) return { line: at.line, indent: leading };
  return { line: at.line, indent: at.column - 1 };
}

function fromConfig(file: ConfigFile): InjectorFile {
  const v = file.value as Record<string, unknown>;
  // Istio's injector ignores the old single `template` key; so do we.
  const { templates: raw, ...settings } = v;
  const templates: TemplateSource[] = [];
  const add = (name: string, text: unknown, pointer: string) => {
    if (typeof text !== 'string') throw configError(file, pointer, `template "${name}" must be a string`);
    const pos = blockStart(file, pointer);
    const o = file.origin;
    templates.push({ name, text, file: file.file, line: o ? o.line + pos.line - 1 : pos.line, indent: o ? o.indent + pos.indent : pos.indent });
  };
  if (isMap(raw)) for (const [name, text] of Object.entries(raw)) add(name, text, joinPointer('/templates', name));
  return { settings, settingsFile: file, templates };
}
