/**
 * `value` as Go would write it back after decoding it as `type` (a name in `GO_STRUCTS`, or a
 * field type of it). Keys keep their order; fields Go does not know are kept (Istio would drop
 * them). Returns a new value where something changed, else `value` itself.
 */
export declare function goRoundTrip(value: unknown, type: string): unknown;
/** `json.Marshal` of a struct with `containers` and `initContainers` (both omitempty) lists. */
export declare function marshalContainerLists(lists: {
    containers?: unknown[];
    initContainers?: unknown[];
}): string;
