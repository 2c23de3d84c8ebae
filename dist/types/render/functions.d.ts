/**
 * The function table Istio's injector gives its templates: sprig's text functions overlaid by
 * Istio's own (`InjectionFuncmap`), as `template.New(...).Funcs(sprig.TxtFuncMap()).Funcs(istio)`.
 */
import type { FuncMap } from '../gotemplate/index.js';
import { type IstioFunctionOptions } from './functions/istio.js';
export { marshalGoJson } from './functions/marshal-json.js';
export { marshalGoYaml } from './functions/go-yaml.js';
/** sprig's functions (the subset implemented here; see the report for what is left out). */
export declare function sprigFunctions(): FuncMap;
/** sprig + Istio's injection functions, Istio's winning on name clashes. */
export declare function injectionFunctions(options: IstioFunctionOptions): FuncMap;
