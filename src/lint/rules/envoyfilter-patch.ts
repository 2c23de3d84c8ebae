import { joinPointer } from '../../model/pointer.js';
import { isMap, str } from '../../model/values.js';
import { specOf } from '../traffic/index.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import type { Rule } from '../types.js';

const ROUTE_LEVEL = new Set(['ROUTE_CONFIGURATION', 'HTTP_ROUTE']);
const REPLACEABLE = new Set(['NETWORK_FILTER', 'HTTP_FILTER', 'VIRTUAL_HOST']);

export const envoyfilterPatch: Rule = {
  meta: {
    id: 'envoyfilter-patch',
    severity: 'warning',
    istioCodes: ['IST0151', 'IST0152', 'IST0153', 'IST0154', 'IST0155'],
    description: 'EnvoyFilter patches use operations that apply where they are written, and relative operations have a priority.',
    help:
      'ADD and REMOVE are ignored on ROUTE_CONFIGURATION and HTTP_ROUTE (IST0153, IST0154, errors); REPLACE works only on ' +
      'NETWORK_FILTER, HTTP_FILTER and VIRTUAL_HOST (IST0152, an error). A relative operation (INSERT_BEFORE, INSERT_AFTER, ' +
      'REPLACE, REMOVE) in an EnvoyFilter without `priority` may be applied before the filter it refers to exists, so not at ' +
      'all (IST0151); when a patch with a `proxyVersion` match patches the same filter, that risk comes with upgrades ' +
      '(IST0155). Set `priority`, or use INSERT_FIRST or ADD.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0151/',
  },
  check(ctx) {
    // Istio carries the names of patches with a proxyVersion match from one EnvoyFilter to the next.
    const versioned: string[] = [];
    for (const ef of ctx.index.objects) {
      if (ef.kind !== 'EnvoyFilter' || !str(ef.located.object.apiVersion).startsWith('networking.istio.io/') || !isAnalyzedByIstio(ef)) continue;
      const spec = specOf(ef);
      const priority = typeof spec.priority === 'number' ? spec.priority : 0;
      const patches = Array.isArray(spec.configPatches) ? spec.configPatches : [];
      for (const [i, cp] of patches.entries()) {
        if (!isMap(cp) || !isMap(cp.patch)) break;
        const op = str(cp.patch.operation);
        const applyTo = str(cp.applyTo);
        const name = instanceName(cp);
        const report = (istioCode: string, severity: 'error' | 'warning', message: string) =>
          ctx.report({ doc: ef.doc, object: ef.located, pointer: joinPointer(ef.located.pointer, 'spec', 'configPatches', i, 'patch', 'operation'), istioCode, severity, message });
        const relative = () => {
          if (priority !== 0) return;
          if (versioned.includes(name)) report('IST0155', 'warning', `the ${op} patch has no priority, and a patch with a proxyVersion match patches the same filter: it may not be applied during an upgrade; use INSERT_FIRST or ADD, or set priority`);
          else report('IST0151', 'warning', `the ${op} patch is relative and the EnvoyFilter has no priority, so it may not be applied; use INSERT_FIRST or ADD, or set priority`);
        };
        if (op === 'ADD') {
          if (ROUTE_LEVEL.has(applyTo)) report('IST0153', 'error', `the ADD operation is ignored when applyTo is ${applyTo}`);
        } else if (op === 'REMOVE') {
          if (ROUTE_LEVEL.has(applyTo)) report('IST0154', 'error', `the REMOVE operation is ignored when applyTo is ${applyTo}`);
          else relative();
        } else if (op === 'REPLACE') {
          if (!REPLACEABLE.has(applyTo)) report('IST0152', 'error', `the REPLACE operation is only valid for HTTP_FILTER, NETWORK_FILTER and VIRTUAL_HOST, not ${applyTo || 'an unset applyTo'}`);
          else relative();
        } else if (op === 'INSERT_BEFORE' || op === 'INSERT_AFTER') relative();
        const proxy = isMap(cp.match) && isMap(cp.match.proxy) ? cp.match.proxy : undefined;
        if (proxy && str(proxy.proxyVersion) !== '') versioned.push(name);
      }
    }
  },
};

/** The patched filter's name as Istio's analyzer takes it: the patch value's `name`, else the matched filter's. */
function instanceName(cp: Record<string, unknown>): string {
  const patch = cp.patch as Record<string, unknown>;
  if (!isMap(patch.value) || Object.keys(patch.value).length === 0) return '';
  if (patch.value.name !== undefined) return `value:${JSON.stringify(patch.value.name)}`;
  const listener = isMap(cp.match) && isMap(cp.match.listener) ? cp.match.listener : undefined;
  const chain = listener && isMap(listener.filterChain) ? listener.filterChain : undefined;
  return chain && isMap(chain.filter) ? str(chain.filter.name) : '';
}
