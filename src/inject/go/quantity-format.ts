/**
 * A resource quantity written the way Kubernetes writes it back (`Quantity.String()`, what Go's
 * JSON encoding of a pod gives): `3000m` → `3`, `1024Mi` → `1Gi`, `0.5` → `500m`, `1e3` → `1e3`.
 * Binary quantities stay binary when whole and not between -1024 and 1024; otherwise decimal
 * with the largest SI suffix that keeps the number whole.
 */
import { parseQuantity } from '../../model/quantity.js';

const DECIMAL_SUFFIX: Readonly<Record<number, string>> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const NANO = 1_000_000_000n;

/** The canonical text, or undefined when `input` is not a quantity. */
export function canonicalQuantity(input: string | number): string | undefined {
  const q = parseQuantity(input);
  if (q === null) return undefined;
  if (q.nanos === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI' && (q.nanos % NANO !== 0n || (q.nanos > -1024n * NANO && q.nanos < 1024n * NANO))) format = 'DecimalSI';
  if (format === 'BinarySI') {
    let amount = q.nanos / NANO;
    let exp = 0;
    while (amount % 1024n === 0n && exp < BINARY_SUFFIX.length - 1) {
      amount /= 1024n;
      exp++;
    }
    return `${amount}${BINARY_SUFFIX[exp]}`;
  }
  let amount = q.nanos;
  let exp = -9;
  while (amount % 10n === 0n) {
    amount /= 10n;
    exp++;
  }
  const rem = ((exp % 3) + 3) % 3;
  amount *= 10n ** BigInt(rem);
  exp -= rem;
  if (format === 'DecimalExponent') return exp === 0 ? `${amount}` : `${amount}e${exp}`;
  const suffix = DECIMAL_SUFFIX[exp];
  return suffix === undefined ? `${amount}e${exp}` : `${amount}${suffix}`;
}
