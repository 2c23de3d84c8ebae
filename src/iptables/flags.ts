/**
 * istio-iptables' command line (`tools/istio-iptables/pkg/cmd/root.go`) → `IptablesConfig`.
 * Short and long forms, `--flag value` and `--flag=value`, `-pVALUE`; the environment variables
 * the flags are bound to (the flag's name in upper snake case, and the extra names Istio binds)
 * give defaults the flags override. Flags that change how rules are applied, not which, are
 * accepted and have no effect here. Two are kube-inject's own, for what istio-iptables finds
 * out from the pod: `--ipv6` (the pod has an IPv6 address) and `--dns-servers` (its resolv.conf).
 */
import { goParseBool } from '../istio/annotations/go-parse.js';
import { IPTABLES_ENV } from '../istio/capture.js';
import { KubeInjectError } from '../model/errors.js';
import { defaultIptablesConfig, split, withProxyIds, type IptablesConfig } from './config.js';

type StringField = {
  [K in keyof IptablesConfig]: IptablesConfig[K] extends string ? K : never;
}[keyof IptablesConfig];
type BoolField = {
  [K in keyof IptablesConfig]: IptablesConfig[K] extends boolean ? K : never;
}[keyof IptablesConfig];

interface Flag {
  readonly long: string;
  readonly short?: string;
  readonly kind: 'string' | 'bool';
  /** Where it goes; absent: accepted, no effect on the rules. */
  readonly field?: StringField | BoolField | 'dnsServers';
  /** Environment variables besides the flag's own name. */
  readonly env?: readonly string[];
}

/** Every istio-iptables flag, and kube-inject's two. */
export const IPTABLES_FLAGS: readonly Flag[] = [
  { long: 'envoy-port', short: 'p', kind: 'string', field: 'proxyPort' },
  { long: 'inbound-capture-port', short: 'z', kind: 'string', field: 'inboundCapturePort' },
  { long: 'inbound-tunnel-port', short: 'e', kind: 'string', field: 'inboundTunnelPort' },
  { long: 'proxy-uid', short: 'u', kind: 'string', field: 'proxyUID' },
  { long: 'proxy-gid', short: 'g', kind: 'string', field: 'proxyGID' },
  { long: 'istio-inbound-interception-mode', short: 'm', kind: 'string', field: 'inboundInterceptionMode', env: [IPTABLES_ENV.interceptionMode] },
  { long: 'istio-inbound-ports', short: 'b', kind: 'string', field: 'inboundPortsInclude' },
  { long: 'istio-local-exclude-ports', short: 'd', kind: 'string', field: 'inboundPortsExclude' },
  { long: 'istio-exclude-interfaces', short: 'c', kind: 'string', field: 'excludeInterfaces' },
  { long: 'istio-service-cidr', short: 'i', kind: 'string', field: 'outboundIPRangesInclude' },
  { long: 'istio-service-exclude-cidr', short: 'x', kind: 'string', field: 'outboundIPRangesExclude' },
  { long: 'istio-outbound-ports', short: 'q', kind: 'string', field: 'outboundPortsInclude' },
  { long: 'istio-local-outbound-ports-exclude', short: 'o', kind: 'string', field: 'outboundPortsExclude' },
  { long: 'kube-virt-interfaces', short: 'k', kind: 'string', field: 'rerouteVirtualInterfaces' },
  { long: 'istio-inbound-tproxy-mark', short: 't', kind: 'string', field: 'inboundTProxyMark', env: [IPTABLES_ENV.tproxyMark] },
  { long: 'istio-inbound-tproxy-route-table', short: 'r', kind: 'string', field: 'inboundTProxyRouteTable' },
  { long: 'redirect-dns', kind: 'bool', field: 'redirectDNS', env: [IPTABLES_ENV.dnsCapture] },
  { long: 'capture-all-dns', kind: 'bool', field: 'captureAllDNS' },
  { long: 'drop-invalid', kind: 'bool', field: 'dropInvalid', env: [IPTABLES_ENV.invalidDrop] },
  { long: 'dual-stack', kind: 'bool', field: 'dualStack', env: [IPTABLES_ENV.dualStack] },
  { long: 'ipv6', kind: 'bool', field: 'enableIPv6' },
  { long: 'dns-servers', kind: 'string', field: 'dnsServers' },
  { long: 'dry-run', short: 'n', kind: 'bool' },
  { long: 'iptables-probe-port', kind: 'string' },
  { long: 'probe-timeout', kind: 'string' },
  { long: 'skip-rule-apply', kind: 'bool' },
  { long: 'run-validation', kind: 'bool' },
  { long: 'network-namespace', kind: 'string' },
  { long: 'cni-mode', kind: 'bool' },
  { long: 'reconcile', kind: 'bool' },
  { long: 'force-apply', kind: 'bool' },
  { long: 'force-iptables-binary', kind: 'string' },
  { long: 'iptables-trace-logging', kind: 'bool' },
];

/** Flags that ask for something this dry run cannot show. */
const REFUSED: Readonly<Record<string, string>> = {
  'cleanup-only': 'it removes rules instead of writing them',
  'native-nftables': 'it writes nftables rules; kube-inject shows the iptables ones',
};

/** Environment variables the settings are read from besides the flags (istio-iptables' `env.Register`). */
const ENV_FIELDS: ReadonlyArray<[string, StringField]> = [
  [IPTABLES_ENV.ownerGroups, 'ownerGroupsInclude'],
  [IPTABLES_ENV.ownerGroupsExclude, 'ownerGroupsExclude'],
  [IPTABLES_ENV.loopbackCidr, 'hostIPv4LoopbackCidr'],
];

const envName = (long: string) => long.toUpperCase().replace(/-/g, '_');

function usage(message: string): KubeInjectError {
  return new KubeInjectError('usage', `iptables: ${message}`);
}

function parseBool(flag: Flag, text: string): boolean {
  const b = goParseBool(text);
  if (b === null) throw usage(`invalid argument ${JSON.stringify(text)} for --${flag.long}: not a boolean`);
  return b;
}

function assign(c: IptablesConfig, flag: Flag, value: string | boolean): void {
  if (!flag.field) return;
  if (flag.field === 'dnsServers') {
    const servers = split(String(value));
    c.dnsServersV4 = servers.filter((s) => !s.includes(':'));
    c.dnsServersV6 = servers.filter((s) => s.includes(':'));
    return;
  }
  (c as unknown as Record<string, string | boolean>)[flag.field] = value;
}

/**
 * The configuration istio-iptables would run with for `args` (without the `istio-iptables`
 * program name) and `env` (the container's environment).
 * @throws KubeInjectError (`usage`) for an unknown flag, a missing value, a bad boolean
 */
export function parseIptablesArgs(args: readonly string[], env: Readonly<Record<string, string>> = {}): IptablesConfig {
  const c = defaultIptablesConfig();
  for (const [name, field] of ENV_FIELDS) if (env[name] !== undefined) c[field] = env[name]!;
  for (const flag of IPTABLES_FLAGS) {
    for (const name of [envName(flag.long), ...(flag.env ?? [])]) {
      const v = env[name];
      if (v === undefined) continue;
      assign(c, flag, flag.kind === 'bool' ? goParseBool(v) === true : v);
    }
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === 'istio-iptables' && i === 0) continue;
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = long ? null : /^-([A-Za-z])(.*)$/s.exec(arg);
    if (!long && !short) throw usage(`unexpected argument ${JSON.stringify(arg)} (istio-iptables takes flags only)`);
    const name = long ? long[1]! : short![1]!;
    if (long && (name.startsWith('log_') || name === 'help')) continue; // istio's logging flags
    if (long && Object.hasOwn(REFUSED, name)) throw usage(`--${name} is not supported: ${REFUSED[name]}`);
    const flag = IPTABLES_FLAGS.find((f) => (long ? f.long === name : f.short === name));
    if (!flag) throw usage(`unknown flag ${long ? `--${name}` : `-${name}`}`);
    const inline = long ? long[2] : short![2] === '' ? undefined : short![2]!.replace(/^=/, '');
    if (flag.kind === 'bool') {
      assign(c, flag, inline === undefined ? true : parseBool(flag, inline));
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= args.length) throw usage(`flag needs an argument: ${long ? `--${name}` : `-${name}`}`);
      value = args[++i]!;
    }
    assign(c, flag, value);
  }
  return withProxyIds(c);
}
