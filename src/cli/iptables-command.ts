import type { Command } from 'commander';
import { addInputOption, collect } from './common-options.js';
import type { CliIO } from './io.js';
import type { IptablesOptions } from './options.js';

export function addIptablesCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('iptables')
    .description("print the iptables-restore rules istio-iptables would apply (as its --dry-run does), for its flags or for each workload's istio-init")
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[istio-iptables flags...]', 'istio-iptables flags: -p -z -u -g -m -b -d -i -x -q -o -k -c -t -r -e, --redirect-dns, --capture-all-dns, --drop-invalid, --dual-stack, and the long forms');
  addInputOption(cmd)
    .option('--values <file>', 'with -f: Istio Helm values, as for inject; may repeat', collect, [])
    .option('--mesh-config <file>', 'with -f: MeshConfig, as for inject; may repeat', collect, [])
    .option('--inject-config <file>', 'with -f: the injector config, as for inject')
    .option('--operator-file <file>', 'with -f: an IstioOperator, as for inject')
    .option('--revision <revision>', 'with -f: the Istio revision, as for inject')
    .option('--native-sidecars', 'with -f: native sidecars, as for inject')
    .addHelpText(
      'after',
      `
Two flags are kube-inject's own, for what istio-iptables finds out in the pod: --ipv6 (the pod has
an IPv6 address: ip6tables rules too) and --dns-servers LIST (its /etc/resolv.conf servers, for
--redirect-dns). With -f, each workload's istio-init arguments are the ones injection renders;
flags given as well are added after them (so they win).

Examples:
  kube-inject iptables -p 15001 -z 15006 -u 1337 -m REDIRECT -i '*' -b '*' -d 15090,15021
  kube-inject iptables -f app.yaml
  kube-inject iptables -f app.yaml --dns-servers 10.96.0.10 --redirect-dns
`,
    )
    .action(async (args: string[], opts: IptablesOptions) => {
      const { runIptables } = await import('./iptables-run.js');
      setCode(await runIptables(args, opts, io));
    });
}
