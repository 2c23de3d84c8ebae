import type { Command } from 'commander';
import { collect } from './common-options.js';

/**
 * The injection configuration options that `inject`, `serve` and `webhook-manifests` share,
 * defined once so the CLI and the webhook read the same files the same way.
 */
export function addConfigFileOptions(cmd: Command): Command {
  return cmd
    .option('--values <file>', 'Istio Helm values (YAML or JSON, or the sidecar injector ConfigMap); may repeat, later files win', collect, [])
    .option('--mesh-config <file>', 'MeshConfig YAML, or the istio ConfigMap; may repeat, later files win', collect, [])
    .option('--inject-config <file>', "the cluster's injector config: the istio-sidecar-injector ConfigMap, its data.config, or a bare template")
    .option('--operator-file <file>', 'an IstioOperator whose spec.values and spec.meshConfig override the other inputs');
}

export function addNativeSidecarsOption(cmd: Command): Command {
  return cmd.option('--native-sidecars', 'inject istio-proxy as a native sidecar (an init container with restartPolicy: Always); the pod annotation sidecar.istio.io/nativeSidecar wins');
}

export function addRevisionOption(cmd: Command): Command {
  return cmd.option('--revision <revision>', 'Istio revision to inject for (values revision)');
}
