import { Command, CommanderError } from 'commander';
import { KubeInjectError } from '../model/errors.js';
import { formatError } from '../emit/format-error.js';
import { EXIT, type CliIO } from './io.js';
import { addInjectCommand } from './inject-command.js';
import { addLintCommand } from './lint-command.js';
import { addServeCommand } from './serve-command.js';
import { addWebhookManifestsCommand } from './webhook-manifests-command.js';
import { addUninjectCommand } from './uninject-command.js';
import { addIptablesCommand } from './iptables-command.js';
import { addExplainCommand } from './explain-command.js';
import { VERSION } from './version.js';

/**
 * The CLI: parses `argv` (without `node` and the script), runs the command, returns the exit
 * code. Everything it touches comes through `io`; nothing here calls `process`.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = Math.max(code, c);
  };
  const program = new Command()
    .name('kube-inject')
    .description('Lint Kubernetes manifests for the Istio service mesh and inject the Istio sidecar, offline.')
    .version(VERSION, '--version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run kube-inject --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  addInjectCommand(program, io, setCode);
  addLintCommand(program, io, setCode);
  addServeCommand(program, io, setCode);
  addWebhookManifestsCommand(program, io, setCode);
  addUninjectCommand(program, io, setCode);
  addIptablesCommand(program, io, setCode);
  addExplainCommand(program, io, setCode);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    if (e instanceof KubeInjectError) {
      io.stderr.write(formatError(e) + '\n');
      return EXIT.invalid;
    }
    const debug = argv.includes('--debug');
    io.stderr.write(`kube-inject: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
    else io.stderr.write('(this is a bug in kube-inject; run again with --debug for details)\n');
    return EXIT.invalid;
  }
  return code;
}
