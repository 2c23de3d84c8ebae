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

const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[-+]?\d*)$/;
const MAX_EXPONENT = 1000;

export function parseQuantity(input: string | number): Quantity | null {
  let s: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    s = String(input);
  } else if (typeof input === 'string') {
    s = input;
  } else {
    return null;
  }
  const m = SHAPE.exec(s);
  if (!m) return null;
  const [, sign = '', whole = '', frac = '', suffix = ''] = m;
  if (whole === '' && frac === '') return null;

  let tenExp: number;
  let twoExp = 0;
  let format: QuantityFormat = 'DecimalSI';
  if (Object.hasOwn(DECIMAL, suffix)) {
    tenExp = DECIMAL[suffix] as number;
  } else if (Object.hasOwn(BINARY, suffix)) {
    tenExp = 0;
    twoExp = BINARY[suffix] as number;
    format = 'BinarySI';
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    tenExp = Number(suffix.slice(1));
    format = 'DecimalExponent';
  } else {
    return null;
  }
  if (Math.abs(tenExp) > MAX_EXPONENT) {
    if (tenExp > 0) return null;
    tenExp = -MAX_EXPONENT; // far below a nano: rounds to 1n (or stays 0)
  }

  const digits = BigInt(whole + frac);
  const nanoExp = tenExp - frac.length + 9;
  let magnitude = digits << BigInt(twoExp);
  if (nanoExp >= 0) {
    magnitude *= 10n ** BigInt(nanoExp);
  } else {
    const div = 10n ** BigInt(-nanoExp);
    magnitude = (magnitude + div - 1n) / div; // round away from zero
  }
  if (format === 'BinarySI' && magnitude > 0n && magnitude < 1_000_000_000n) format = 'DecimalSI';
  return { nanos: sign === '-' ? -magnitude : magnitude, format };
}

/** True if k8s would accept the value as a resource quantity. */
export function isValidQuantity(input: unknown): boolean {
  return (typeof input === 'string' || typeof input === 'number') && parseQuantity(input) !== null;
}

/** `"2"` = `"2000m"`, `"1Gi"` = `"1024Mi"`. False if either is not a quantity. */
export function quantitiesEqual(a: string | number, b: string | number): boolean {
  const qa = parseQuantity(a);
  const qb = parseQuantity(b);
  return qa !== null && qb !== null && qa.nanos === qb.nanos;
}

/** -1, 0 or 1; `null` if either is not a quantity. */
export function compareQuantities(a: string | number, b: string | number): -1 | 0 | 1 | null {
  const qa = parseQuantity(a);
  const qb = parseQuantity(b);
  if (qa === null || qb === null) return null;
  return qa.nanos < qb.nanos ? -1 : qa.nanos > qb.nanos ? 1 : 0;
}

/** The value in thousandths, rounded away from zero (k8s `Quantity.MilliValue`). */
export function milliValue(q: Quantity): bigint {
  const abs = q.nanos < 0n ? -q.nanos : q.nanos;
  const milli = (abs + 999_999n) / 1_000_000n;
  return q.nanos < 0n ? -milli : milli;
}
