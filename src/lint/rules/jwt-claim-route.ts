import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import { isMap } from '../../model/values.js';
import { labelMap } from '../selector.js';
import { matchesSet, refKey, specOf, trafficIndex, type VirtualService } from '../traffic/index.js';
import type { Rule } from '../types.js';

const CLAIM_PREFIX = '@request.auth.claims';

/** Istio's `jwt.ToRoutingClaim(key).Match`: `@request.auth.claims.a.b` or `@request.auth.claims[a][b]`. */
function isClaim(key: string): boolean {
  if (!key.toLowerCase().startsWith(CLAIM_PREFIX)) return false;
  const rest = key.slice(CLAIM_PREFIX.length);
  return (rest.startsWith('.') && rest.length > 1) || (rest.startsWith('[') && rest.endsWith(']') && rest.length > 2);
}

/** The first header match on a JWT claim, as Istio finds it, with its pointer. */
function claimMatch(vs: VirtualService): { key: string; pointer: string } | undefined {
  const http = specOf(vs.obj).http;
  for (const [i, route] of (Array.isArray(http) ? http : []).entries()) {
    const matches = isMap(route) && Array.isArray(route.match) ? route.match : [];
    for (const [j, m] of matches.entries()) {
      if (!isMap(m)) continue;
      for (const field of ['headers', 'withoutHeaders']) {
        const headers = m[field];
        if (!isMap(headers)) continue;
        const key = Object.keys(headers).find(isClaim);
        if (key !== undefined) return { key, pointer: joinPointer(vs.obj.located.pointer, 'spec', 'http', i, 'match', j, field, key) };
      }
    }
  }
  return undefined;
}

export const jwtClaimRoute: Rule = {
  meta: {
    id: 'jwt-claim-route',
    severity: 'error',
    istioCode: 'IST0149',
    description: 'A gateway VirtualService that routes on a JWT claim has a RequestAuthentication for the gateway\'s pods.',
    help:
      'Matching on `@request.auth.claims.<claim>` needs the gateway proxy to have validated the token: a RequestAuthentication ' +
      'whose selector matches the gateway pods, in their namespace or in istio-system. Without one the claim is never there ' +
      'and the route never matches. Add the RequestAuthentication.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0149/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const authn = new Map<string, Array<Readonly<Record<string, string>>>>();
    for (const o of ctx.index.objects) {
      if (o.kind !== 'RequestAuthentication' || !String(o.located.object.apiVersion ?? '').startsWith('security.istio.io/')) continue;
      const sel = specOf(o).selector;
      authn.set(o.namespace, [...(authn.get(o.namespace) ?? []), isMap(sel) ? labelMap(sel.matchLabels) : {}]);
    }
    for (const vs of t.virtualServices) {
      const claim = claimMatch(vs);
      if (!claim) continue;
      for (const gwName of vs.gateways) {
        if (gwName.value === 'mesh') continue;
        const key = gwName.value.includes('/') ? gwName.value : refKey(vs.obj.namespace, gwName.value);
        const gw = t.gateways.find((g) => refKey(g.obj.namespace, g.obj.name) === key);
        if (!gw) continue;
        for (const pod of t.podsWith(gw.selector)) {
          const selectors = [...(authn.get('istio-system') ?? []), ...(authn.get(pod.namespace) ?? [])];
          if (selectors.some((s) => matchesSet(s, pod.podLabels))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: claim.pointer,
            message: `the route matches the JWT claim ${JSON.stringify(claim.key)}, but no RequestAuthentication applies to the pods of ${describeObject('Gateway', gw.obj.namespace, gw.obj.name)} (${describeObject(pod.kind, pod.namespace, pod.name)}): the claim is never validated, and the route never matches`,
          });
        }
      }
    }
  },
};
