import type { InjectorConfig } from '../inject/types.js';
/** The environment `env` in templates reads (the CLI's `io.env`). */
export type Environment = Readonly<Record<string, string | undefined>>;
/** The injection inputs as the CLI gathers them from its options. */
export interface InjectionInputs {
    values?: string[];
    meshConfig?: string[];
    injectConfig?: string;
    operatorFile?: string;
    hub?: string;
    tag?: string;
    proxyImage?: string;
    revision?: string;
    nativeSidecars?: boolean;
    /** istiod's COMPLIANCE_POLICY (`--compliance-policy`); else values `pilot.env.COMPLIANCE_POLICY`. */
    compliancePolicy?: string;
    /** istiod's platform (`--platform`); else values `global.platform` (`openshift` takes the proxy's IDs from the Namespace). */
    platform?: string;
}
/**
 * Builds the injector configuration: our defaults, then the user's files in order (later files
 * deep-merge over earlier ones), then an IstioOperator's `spec.values`/`spec.meshConfig`, then
 * the flags. Every file is checked against its schema before it is used.
 *
 * @param env what the templates' `env` function reads: nothing, unless the user allows it (the
 *   CLI's `--allow-env`), so that a supplied template cannot copy a CI secret into the output.
 */
export declare function loadInjectorConfig(inputs: InjectionInputs, env: Environment): Promise<InjectorConfig>;
/** Our default mesh config with the `--mesh-config` files merged over it, in order (for `lint`). */
export declare function loadMeshConfig(paths: readonly string[]): Promise<Record<string, unknown>>;
