/**
 * The outbound IP range lists (`-i`, `-x`) as istio-iptables reads them (`config.SeparateV4V6`):
 * `*`, or CIDRs split into IPv4 and IPv6, noting a loopback range.
 */
import { KubeInjectError } from '../model/errors.js';
import { split } from './config.js';

export interface NetworkRange {
  readonly isWildcard: boolean;
  readonly cidrs: readonly string[];
  readonly hasLoopback: boolean;
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

function isV4(cidr: string): boolean {
  const m = V4.exec(cidr);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255 && !/^0\d/.test(o)) && Number(m[5]) <= 32;
}

function isV6(cidr: string): boolean {
  const [addr, bits, ...rest] = cidr.split('/');
  if (rest.length > 0 || addr === undefined || bits === undefined || !/^\d{1,3}$/.test(bits) || Number(bits) > 128) return false;
  if (!/^[0-9A-Fa-f:.]+$/.test(addr) || !addr.includes(':')) return false;
  const doubles = addr.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = addr.split(':').filter((g) => g !== '');
  const tail = groups.at(-1) ?? '';
  const v4Tail = tail.includes('.');
  if (v4Tail && !isV4(`${tail}/32`)) return false;
  const hex = v4Tail ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hex.length + (v4Tail ? 2 : 0);
  return doubles === 1 ? count < 8 : count === 8;
}

/** The IPv6 address as 8 numbers (for the loopback check). */
function v6Loopback(cidr: string): boolean {
  const addr = cidr.split('/')[0]!;
  const [head = '', tail = ''] = addr.includes('::') ? addr.split('::') : [addr, ''];
  const groups = [...head.split(':').filter(Boolean), ...tail.split(':').filter(Boolean)];
  if (groups.some((g) => g.includes('.'))) return false;
  const values = groups.map((g) => parseInt(g, 16));
  return values.slice(0, -1).every((v) => v === 0) && values.at(-1) === 1;
}

/**
 * `list` split into its IPv4 and IPv6 ranges.
 * @throws KubeInjectError (`usage`) for an entry that is no CIDR, naming the flag.
 */
export function separateV4V6(list: string, flag: string): { v4: NetworkRange; v6: NetworkRange } {
  if (list === '*') return { v4: { isWildcard: true, cidrs: [], hasLoopback: false }, v6: { isWildcard: true, cidrs: [], hasLoopback: false } };
  const v4: string[] = [];
  const v6: string[] = [];
  for (const cidr of split(list)) {
    if (isV4(cidr)) v4.push(cidr);
    else if (isV6(cidr)) v6.push(cidr);
    else throw new KubeInjectError('usage', `iptables: ${flag}: ${JSON.stringify(cidr)} is not an IP range in CIDR form (e.g. 10.0.0.0/8)`);
  }
  return {
    v4: { isWildcard: false, cidrs: v4, hasLoopback: v4.some((c) => c.startsWith('127.')) },
    v6: { isWildcard: false, cidrs: v6, hasLoopback: v6.some(v6Loopback) },
  };
}
