/**
 * The Kubernetes Go structs a pod template is made of, as `k8s-field-order.json` describes them:
 * for each struct its fields in Go order, with their JSON name, `omitempty`/`omitzero`, pointer
 * and quantity flags, and the kind (string, number, bool) of scalar ones. Generated from the k8s.io/api Go types by `scripts/gen-k8s-field-order.mjs`;
 * read here once for field ordering (`field-order.ts`) and Go's JSON (`typed-json.ts`).
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

/** The structs a pod template is made of (`PodTemplateSpec` down): name → fields in Go order. */
export const GO_STRUCTS: ReadonlyMap<string, readonly GoField[]> = (() => {
  const types = (table as { types: Record<string, Record<string, string>> }).types;
  const structs = new Map<string, GoField[]>();
  for (const [name, fields] of Object.entries(types)) {
    structs.set(
      name,
      Object.entries(fields).map(([field, spec]): GoField => {
        const m = /^(\??)(~?)(\*?)(?:\[([A-Z]\w*|q|\$)(?::([^\]]+))?\]|\{(q|\$)\}|(s|n|b)|(\$)(n?)|(q|[A-Z]\w*)?)$/.exec(spec);
        if (!m) throw new Error(`k8s-field-order.json: ${name}.${field}: cannot read ${JSON.stringify(spec)}`);
        const [, omitempty, omitzero, pointer, listOf, mergeKey, mapOf, kind, self, selfKind, single] = m;
        const type = listOf !== undefined ? `[${listOf}]` : mapOf !== undefined ? `{${mapOf}}` : (self ?? single ?? '');
        const scalar = SCALAR_KINDS[kind ?? selfKind ?? ''];
        return { name: field, omitempty: omitempty === '?', omitzero: omitzero === '~', pointer: pointer === '*', type, scalar, mergeKey };
      }),
    );
  }
  for (const [name, fields] of structs) {
    for (const f of fields) {
      const inner = f.type.replace(/^[[{](.*)[\]}]$/, '$1');
      if (/^[A-Z]/.test(inner) && !structs.has(inner)) throw new Error(`k8s-field-order.json: ${name}.${f.name} refers to the unknown type ${inner}`);
    }
  }
  return structs;
})();

/** The struct a field's value (or each list element) is: `T` or `[T]` of `GO_STRUCTS`; else undefined. */
export function structOf(type: string): string | undefined {
  const inner = type.startsWith('[') ? type.slice(1, -1) : type;
  return GO_STRUCTS.has(inner) ? inner : undefined;
}
