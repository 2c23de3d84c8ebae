/**
 * The arguments of each iptables golden in test/data/istio/iptables/, as istio-iptables flags.
 *
 * capture/: Istio's `tools/istio-iptables/pkg/capture/run_test.go` (TestIptables) sets these
 * fields on its test config (`-p 15001 -z 15006 -e 15008 -u 1337 -g 1337` and defaults otherwise);
 * the pod's IPv6 address and its resolv.conf servers, which istio-iptables finds out itself, are
 * kube-inject's `--ipv6` and `--dns-servers`.
 *
 * cni-plugin/: Istio's `cni/pkg/plugin/plugin_dryrun_test.go` runs the CNI plugin on a pod with
 * these traffic annotations; the plugin turns them into the same settings as these flags
 * (inbound `*` less the agent's ports, outbound `*`, the status port excluded both ways).
 */
export interface IptablesCase {
  /** The golden's path under test/data/istio/iptables/. */
  readonly golden: string;
  readonly args: readonly string[];
}

const BASE = ['-p', '15001', '-z', '15006', '-e', '15008', '-u', '1337', '-g', '1337'];
const CNI = ['-p', '15001', '-z', '15006', '-u', '1337', '-g', '1337', '-m', 'REDIRECT', '-i', '*', '-x', '', '-b', '*', '-d', '15020,15021,15090', '-o', '15020'];

export const IPTABLES_CASES: readonly IptablesCase[] = [
  { golden: 'capture/empty.golden', args: BASE },
  { golden: 'capture/basic-exclude-nic.golden', args: [...BASE, '-c', 'not-istio-nic'] },
  { golden: 'capture/dns-uid-gid.golden', args: [...BASE, '--redirect-dns', '--dns-servers', '127.0.0.53,::127.0.0.53', '-g', '1,2', '-u', '3,4', '--ipv6'] },
  { golden: 'capture/inbound-ports-include.golden', args: [...BASE, '-b', '32000,31000'] },
  { golden: 'capture/inbound-ports-wildcard.golden', args: [...BASE, '-b', '*'] },
  { golden: 'capture/inbound-ports-wildcard-tproxy.golden', args: [...BASE, '-b', '*', '-m', 'TPROXY'] },
  { golden: 'capture/ip-range.golden', args: [...BASE, '-x', '1.1.0.0/16', '-i', '9.9.0.0/16', '--redirect-dns', '-g', '1,2', '-u', '3,4', '--dns-servers', '127.0.0.53'] },
  { golden: 'capture/ipnets.golden', args: [...BASE, '-i', '10.0.0.0/8'] },
  { golden: 'capture/kube-virt-interfaces.golden', args: [...BASE, '-k', 'eth1,eth2', '-i', '*'] },
  { golden: 'capture/outbound-ports-include.golden', args: [...BASE, '-q', '32000,31000'] },
  {
    golden: 'capture/tproxy.golden',
    args: [...BASE, '-m', 'TPROXY', '-b', '*', '-x', '1.1.0.0/16', '-i', '9.9.0.0/16', '--redirect-dns', '--dns-servers', '127.0.0.53', '-c', 'not-istio-nic', '--ipv6'],
  },
  { golden: 'cni-plugin/basic.txt.golden', args: CNI },
  { golden: 'cni-plugin/include-exclude-ip.txt.golden', args: [...CNI, '-i', '127.0.0.0/8', '-x', '10.0.0.0/8'] },
  { golden: 'cni-plugin/include-exclude-ports.txt.golden', args: [...CNI, '-b', '1111,2222', '-d', '3333,4444,15020,15021,15090', '-o', '5555,6666'] },
  { golden: 'cni-plugin/tproxy.txt.golden', args: [...CNI, '-m', 'TPROXY'] },
];
