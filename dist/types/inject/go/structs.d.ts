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
export declare const GO_STRUCTS: ReadonlyMap<string, readonly GoField[]>;
/** The struct a field's value (or each list element) is: `T` or `[T]` of `GO_STRUCTS`; else undefined. */
export declare function structOf(type: string): string | undefined;
