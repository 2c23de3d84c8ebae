/**
 * The Kubernetes Go structs a pod template is made of, as `k8s-field-order.json` describes them:
 * for each struct its fields in Go order, with their JSON name, `omitempty`/`omitzero`, pointer
 * and quantity flags, and the kind (string, number, bool) of scalar ones. Generated from the k8s.io/api Go types by `scripts/gen-k8s-field-order.mjs`;
 * read here, a struct when first asked for, for field ordering (`field-order.ts`) and Go's JSON
 * (`typed-json.ts`).
 */
import table from './k8s-field-order.json' with { type: 'json' };

/** One field of a Kubernetes Go struct, as `k8s-field-order.json` describes it. */
export interface GoField {
  /** The JSON name. */
  readonly name: string;
  /** The JSON tag has `omitempty` (a struct value is never left out by it; a pointer is when nil). */
  readonly omitempty: boolean;
  /** The JSON tag has `omitzero` (Go 1.24: left out when the value is its type's zero). */
  readonly omitzero: boolean;
  /** The Go field is a pointer. */
  readonly pointer: boolean;
  /**
   * The value's type: `''` a scalar or a list or map of scalars; `q` a resource.Quantity; `$`
   * another struct that marshals itself as a scalar (metav1.Time, intstr.IntOrString …); a name
   * of `GO_STRUCTS`; `[X]` a list of X; `{X}` a map of X (`{q}`: a ResourceList).
   */
  readonly type: string;
  /**
   * The JSON kind of a scalar value (table `s`, `n`, `b`; `$n` a self-marshalling struct whose
   * zero is `0`, intstr.IntOrString): what Go writes for the field's zero value — `""`, `0`,
   * `false`. Undefined for everything else (lists, maps, structs, `null`-zero ones).
   */
  readonly scalar: 'string' | 'number' | 'bool' | undefined;
  /** Lists of structs: the element key that identifies an element (`patchMergeKey`); else by index. */
  readonly mergeKey: string | undefined;
}

const SCALAR_KINDS: Record<string, GoField['scalar']> = { s: 'string', n: 'number', b: 'bool' };

const TYPES = (table as { types: Record<string, Record<string, string>> }).types;
const FIELD_SPEC = /^(\??)(~?)(\*?)(?:\[([A-Z]\w*|q|\$)(?::([^\]]+))?\]|\{(q|\$)\}|(s|n|b)|(\$)(n?)|(q|[A-Z]\w*)?)$/;

/** One struct's fields, read from the table (checked: every struct a field refers to is there). */
function readStruct(name: string): readonly GoField[] {
  return Object.entries(TYPES[name]!).map(([field, spec]): GoField => {
    const m = FIELD_SPEC.exec(spec);
    if (!m) throw new Error(`k8s-field-order.json: ${name}.${field}: cannot read ${JSON.stringify(spec)}`);
    const [, omitempty, omitzero, pointer, listOf, mergeKey, mapOf, kind, self, selfKind, single] = m;
    const type = listOf !== undefined ? `[${listOf}]` : mapOf !== undefined ? `{${mapOf}}` : (self ?? single ?? '');
    const inner = type.replace(/^[[{](.*)[\]}]$/, '$1');
    if (/^[A-Z]/.test(inner) && !Object.hasOwn(TYPES, inner)) throw new Error(`k8s-field-order.json: ${name}.${field} refers to the unknown type ${inner}`);
    const scalar = SCALAR_KINDS[kind ?? selfKind ?? ''];
    return { name: field, omitempty: omitempty === '?', omitzero: omitzero === '~', pointer: pointer === '*', type, scalar, mergeKey };
  });
}

/**
 * The structs a pod template is made of (`PodTemplateSpec` down): name → fields in Go order.
 * Each struct is read from the table when first asked for: a pod meets a few dozen of the 111.
 */
class GoStructs implements ReadonlyMap<string, readonly GoField[]> {
  private readonly read = new Map<string, readonly GoField[]>();
  get size(): number {
    return Object.keys(TYPES).length;
  }
  has(name: string): boolean {
    return Object.hasOwn(TYPES, name);
  }
  get(name: string): readonly GoField[] | undefined {
    let fields = this.read.get(name);
    if (fields === undefined && this.has(name)) this.read.set(name, (fields = readStruct(name)));
    return fields;
  }
  *entries(): MapIterator<[string, readonly GoField[]]> {
    for (const name of Object.keys(TYPES)) yield [name, this.get(name)!];
  }
  *keys(): MapIterator<string> {
    yield* Object.keys(TYPES);
  }
  *values(): MapIterator<readonly GoField[]> {
    for (const name of Object.keys(TYPES)) yield this.get(name)!;
  }
  forEach(fn: (value: readonly GoField[], key: string, map: ReadonlyMap<string, readonly GoField[]>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator](): MapIterator<[string, readonly GoField[]]> {
    return this.entries();
  }
}

export const GO_STRUCTS: ReadonlyMap<string, readonly GoField[]> = new GoStructs();

/** The struct a field's value (or each list element) is: `T` or `[T]` of `GO_STRUCTS`; else undefined. */
export function structOf(type: string): string | undefined {
  const inner = type.startsWith('[') ? type.slice(1, -1) : type;
  return GO_STRUCTS.has(inner) ? inner : undefined;
}
