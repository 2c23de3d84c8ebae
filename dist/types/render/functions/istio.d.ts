import type { FuncMap } from '../../gotemplate/index.js';
export interface IstioFunctionOptions {
    /**
     * Environment lookup for `env`. The caller decides what the templates may see (the CLI passes
     * its process environment); the engine reads none itself.
     */
    getEnv: (key: string) => string | undefined;
    /**
     * `protoToJSON` of a proxy config. Istio drops fields equal to its defaults first; the
     * default here writes the given JSON as is (compact, keys in given order, nil → `{}`).
     */
    protoToJSON?: (v: unknown) => string;
}
export declare function istioFunctions(options: IstioFunctionOptions): FuncMap;
