/** istio-iptables' command line: short and long forms, values inline or apart, the environment, mistakes. */
import { describe, expect, it } from 'vitest';
import { buildRules, parseIptablesArgs, restoreText } from '../../src/iptables/index.js';
import { PROXY_UID } from '../../src/istio/sidecar.js';
import { PROXY_INBOUND_PORT, PROXY_OUTBOUND_PORT } from '../../src/istio/ports.js';
import { KubeInjectError } from '../../src/model/errors.js';

const thrown = (f: () => unknown): KubeInjectError => {
  try {
    f();
  } catch (e) {
    if (e instanceof KubeInjectError) return e;
    throw e;
  }
  throw new Error('expected an error');
};

describe('parseIptablesArgs', () => {
  it('starts from the injector\'s ports and proxy UID, the GID following the UID', () => {
    const c = parseIptablesArgs([]);
    expect(c.proxyPort).toBe(String(PROXY_OUTBOUND_PORT));
    expect(c.inboundCapturePort).toBe(String(PROXY_INBOUND_PORT));
    expect(c.proxyUID).toBe(String(PROXY_UID));
    expect(parseIptablesArgs(['-u', '2000']).proxyGID).toBe('2000');
  });

  it('reads short and long forms, inline and separate values, the program name first', () => {
    const forms = [
      ['istio-iptables', '-b', '8080', '-m', 'TPROXY'],
      ['-b8080', '-mTPROXY'],
      ['--istio-inbound-ports', '8080', '--istio-inbound-interception-mode=TPROXY'],
    ];
    for (const f of forms) {
      const c = parseIptablesArgs(f);
      expect(c.inboundPortsInclude, f.join(' ')).toBe('8080');
      expect(c.inboundInterceptionMode, f.join(' ')).toBe('TPROXY');
    }
  });

  it('reads booleans as Go does, and the environment variables the flags are bound to (flags win)', () => {
    expect(parseIptablesArgs(['--redirect-dns']).redirectDNS).toBe(true);
    expect(parseIptablesArgs(['--redirect-dns=false'], { ISTIO_META_DNS_CAPTURE: 'true' }).redirectDNS).toBe(false);
    expect(parseIptablesArgs([], { ISTIO_META_DNS_CAPTURE: 'true' }).redirectDNS).toBe(true);
    expect(parseIptablesArgs([], { INVALID_DROP: 'true' }).dropInvalid).toBe(true);
    expect(parseIptablesArgs([], { ISTIO_OUTBOUND_OWNER_GROUPS: 'java' }).ownerGroupsInclude).toBe('java');
    expect(parseIptablesArgs(['--dns-servers', '10.0.0.10,fd00::10'])).toMatchObject({ dnsServersV4: ['10.0.0.10'], dnsServersV6: ['fd00::10'] });
  });

  it('accepts the flags that change how rules are applied, not which, and Istio\'s log flags', () => {
    expect(() => parseIptablesArgs(['--log_output_level=default:info', '--run-validation', '--skip-rule-apply', '--force-apply', '-n', '--probe-timeout', '5s'])).not.toThrow();
  });

  it('refuses an unknown flag, a missing value, a bad boolean, a stray word, and what it cannot show', () => {
    expect(thrown(() => parseIptablesArgs(['--bogus'])).message).toBe('iptables: unknown flag --bogus');
    expect(thrown(() => parseIptablesArgs(['-p'])).message).toBe('iptables: flag needs an argument: -p');
    expect(thrown(() => parseIptablesArgs(['--redirect-dns=maybe'])).message).toContain('not a boolean');
    expect(thrown(() => parseIptablesArgs(['15001'])).message).toContain('unexpected argument "15001"');
    expect(thrown(() => parseIptablesArgs(['--native-nftables'])).message).toContain('not supported');
    expect(thrown(() => parseIptablesArgs(['--cleanup-only'])).code).toBe('usage');
  });
});

describe('buildRules', () => {
  it('names a bad IP range and refuses to exclude everything', () => {
    expect(thrown(() => buildRules(parseIptablesArgs(['-i', '10.0.0/8']))).message).toContain('-i: "10.0.0/8" is not an IP range');
    expect(thrown(() => buildRules(parseIptablesArgs(['-x', '*']))).code).toBe('usage');
  });

  it('sorts IPv6 ranges into the IPv6 rules', () => {
    const rules = buildRules(parseIptablesArgs(['-i', '10.0.0.0/8,fd00::/8', '--ipv6']));
    expect(restoreText(rules.v4)).toContain('-A ISTIO_OUTPUT -d 10.0.0.0/8 -j ISTIO_REDIRECT');
    expect(restoreText(rules.v4)).not.toContain('fd00::/8');
    expect(restoreText(rules.v6)).toContain('-A ISTIO_OUTPUT -d fd00::/8 -j ISTIO_REDIRECT');
  });

  it('switches DNS capture off, with a warning, when it has no servers to capture', () => {
    const rules = buildRules(parseIptablesArgs(['--redirect-dns']));
    expect(rules.warnings[0]).toContain('DNS capture disabled');
    expect(restoreText(rules.v4)).not.toContain('ISTIO_OUTPUT_DNS');
    expect(restoreText(buildRules(parseIptablesArgs(['--redirect-dns', '--capture-all-dns'])).v4)).toContain('-A ISTIO_OUTPUT_DNS -p udp --dport 53 -j REDIRECT --to-port 15053');
  });

  it('drops invalid packets in the mangle table with --drop-invalid', () => {
    const text = restoreText(buildRules(parseIptablesArgs(['--drop-invalid'])).v4);
    expect(text).toContain('* mangle\n-N ISTIO_DROP\n-A PREROUTING -m conntrack --ctstate INVALID -j ISTIO_DROP\n-A ISTIO_DROP -j DROP\nCOMMIT\n* nat\n');
  });
});
