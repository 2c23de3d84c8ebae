/**
 * The function table Istio's injector gives its templates: sprig's text functions overlaid by
 * Istio's own (`InjectionFuncmap`), as `template.New(...).Funcs(sprig.TxtFuncMap()).Funcs(istio)`.
 */
import type { FuncMap } from '../gotemplate/index.js';
import { istioFunctions, type IstioFunctionOptions } from './functions/istio.js';
import { SPRIG_DATA } from './functions/sprig-data.js';
import { SPRIG_STRINGS } from './functions/sprig-strings.js';

export { marshalGoJson } from './functions/marshal-json.js';
export { marshalGoYaml } from './functions/go-yaml.js';

/** sprig's functions (the subset implemented here; see the report for what is left out). */
export function sprigFunctions(): FuncMap {
  return { ...SPRIG_STRINGS, ...SPRIG_DATA };
}

/** sprig + Istio's injection functions, Istio's winning on name clashes. */
export function injectionFunctions(options: IstioFunctionOptions): FuncMap {
  return { ...SPRIG_STRINGS, ...SPRIG_DATA, ...istioFunctions(options) };
}
