/**
 * `result` with, at every map, first the keys that the corresponding map of `original` had (in
 * `original`'s order), then the other keys in the Go field order of `typeName` (keys Go does not
 * know last, in their current order). Free-form maps (labels, annotations, `nodeSelector`,
 * quantities: Go maps) keep their new keys in their current order. List elements correspond by
 * their merge key (`name` for containers, env and volumes, `containerPort` for ports, `mountPath`
 * for volume mounts), else by index; an element new in `result` gets Go order throughout.
 *
 * Pure: neither argument is modified; subtrees whose order does not change are returned as they
 * are (the result shares them with `result`), and a subtree of `result` that IS the original's
 * (same object) is not walked at all.
 */
export declare function orderLikeGo(original: unknown, result: unknown, typeName?: string): unknown;
