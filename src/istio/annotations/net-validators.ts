/**
 * CIDR, port and interface-name lists as Istio's injector checks them (validate.go, and
 * `pkg/util/net.ValidateInterfaceNames`). Facts carried over: CIDRs are parsed like Go's
 * `netip.ParsePrefix` (no spaces, no IPv6 zone, no leading zeros, bits within 0..32 / 0..128);
 * ports are trimmed and parsed as uint16, so 0 is accepted; empty lists are allowed.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { goParseUintError, goQuote, goTrimSpace } from './go-parse.js';

/** Go `netip.ParsePrefix` error text, or null. */
function parsePrefixError(s: string): string | null {
  const fail = (msg: string): string => `netip.ParsePrefix(${goQuote(s)}): ${msg}`;
  const slash = s.lastIndexOf('/');
  if (slash < 0) return fail("no '/'");
  const addr = s.slice(0, slash);
  const bitsStr = s.slice(slash + 1);
  let maxBits: number;
  if (isIPv4(addr)) maxBits = 32;
  else if (addr.includes('%') && isIPv6(addr)) return fail('IPv6 zones cannot be present in a prefix');
  else if (isIPv6(addr)) maxBits = 128;
  else return fail(`ParseAddr(${goQuote(addr)}): unable to parse IP`);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsStr)) return fail(`bad bits after slash: ${goQuote(bitsStr)}`);
  if (Number(bitsStr) > maxBits) return fail('prefix length out of range');
  return null;
}

/** Comma-separated CIDRs; the empty string is an empty (valid) list. */
export function cidrListError(cidrs: string): string | null {
  if (cidrs.length === 0) return null;
  for (const cidr of cidrs.split(',')) {
    const e = parsePrefixError(cidr);
    if (e) return `failed parsing cidr '${cidr}': ${e}`;
  }
  return null;
}

/** One port: trimmed, decimal, 0..65535. */
export function portError(port: string): string | null {
  const e = goParseUintError(goTrimSpace(port), 16);
  return e ? `failed parsing port '${port}': ${e}` : null;
}

/** Comma-separated ports; the (trimmed) empty string is an empty list. */
export function portListError(ports: string): string | null {
  const trimmed = goTrimSpace(ports);
  if (trimmed.length === 0) return null;
  for (const p of trimmed.split(',')) {
    const e = portError(p);
    if (e) return `failed parsing port '${p}': ${e}`;
  }
  return null;
}

const INTERFACE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

/** Comma-separated Linux interface names (each trimmed, ≤ 15 characters); empty is allowed. */
export function interfaceListError(interfaces: string): string | null {
  if (interfaces.length === 0) return null;
  for (const raw of interfaces.split(',')) {
    const iface = goTrimSpace(raw);
    if (iface.length === 0) return 'empty interface name';
    if (iface.length > 15) return `interface name ${goQuote(iface)} too long (max 15 chars)`;
    if (!INTERFACE_NAME.test(iface)) return `interface name ${goQuote(iface)} contains invalid characters`;
  }
  return null;
}
