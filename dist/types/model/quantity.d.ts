/**
 * Kubernetes resource quantities (`100m`, `1.5Gi`, `2e3`), parsed as apimachinery
 * `pkg/api/resource/quantity.go` `ParseQuantity` does:
 *
 *   [+-] digits [. digits] suffix
 *   suffix: n u m "" k M G T P E (powers of ten), Ki Mi Gi Ti Pi Ei (powers of two),
 *           e<int> / E<int> (decimal exponent; a bare `E` is the exa suffix).
 *
 * Values are kept exactly, in nano units (k8s' smallest scale); anything finer is rounded away
 * from zero to the next nano, as k8s does ("if you want some resources, you should get some").
 *
 * Deliberate differences from k8s: a sign with no digits (`"-"`, `"+"`, which k8s reads as 0)
 * is rejected; exponents beyond ±1000 are rejected (k8s would wrap them into int32) so that a
 * hostile `1e999999999` cannot make us build a huge number; the int64 cap k8s applies to
 * binary quantities is not applied.
 */
type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
export interface Quantity {
    /** The value × 10⁹, exact. `"2"` → `2000000000n`, `"100m"` → `100000000n`. */
    readonly nanos: bigint;
    /** How k8s would write it back out. */
    readonly format: QuantityFormat;
}
export declare function parseQuantity(input: string | number): Quantity | null;
/** True if k8s would accept the value as a resource quantity. */
export declare function isValidQuantity(input: unknown): boolean;
/** `"2"` = `"2000m"`, `"1Gi"` = `"1024Mi"`. False if either is not a quantity. */
export declare function quantitiesEqual(a: string | number, b: string | number): boolean;
/** -1, 0 or 1; `null` if either is not a quantity. */
export declare function compareQuantities(a: string | number, b: string | number): -1 | 0 | 1 | null;
/** The value in thousandths, rounded away from zero (k8s `Quantity.MilliValue`). */
export declare function milliValue(q: Quantity): bigint;
export {};
