import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import { isMap, str } from '../../model/values.js';
import { specOf, trafficIndex, type Gateway } from '../traffic/index.js';
import type { Rule } from '../types.js';

/** Istio's `selectorSubset`: every pair of `x` is in `y`. */
function subset(x: Readonly<Record<string, string>>, y: Readonly<Record<string, string>>): boolean {
  return Object.entries(x).every(([k, v]) => Object.hasOwn(y, k) && y[k] === v);
}

interface Tls {
  readonly credentialName: string;
  readonly serverCertificate: string;
  readonly privateKey: string;
}

function tlsOf(g: Gateway): Tls[] {
  const servers = specOf(g.obj).servers;
  return (Array.isArray(servers) ? servers : []).flatMap((s) =>
    isMap(s) && isMap(s.tls) ? [{ credentialName: str(s.tls.credentialName), serverCertificate: str(s.tls.serverCertificate), privateKey: str(s.tls.privateKey) }] : [],
  );
}

/** Istio's `haveSameCertificate`. */
function same(a: Tls, b: Tls): boolean {
  if (a.credentialName !== '' && b.credentialName !== '') return a.credentialName === b.credentialName;
  if (a.credentialName !== '' || b.credentialName !== '') return false;
  return a.serverCertificate !== '' && a.serverCertificate === b.serverCertificate && a.privateKey !== '' && a.privateKey === b.privateKey;
}

export const gatewayCertificate: Rule = {
  meta: {
    id: 'gateway-certificate',
    severity: 'warning',
    istioCode: 'IST0138',
    description: 'No two Gateways for the same gateway pods serve TLS with the same certificate.',
    help:
      'When servers of two Gateways on the same proxies use one certificate (the same credentialName, or the same ' +
      'serverCertificate and privateKey), a client that reuses an HTTP/2 connection for a host of the other Gateway gets 404s. ' +
      'Serve those hosts from one Gateway server, or give each its own certificate. A Gateway is compared with those whose ' +
      'selector includes all of its labels (with an empty selector, with every Gateway).',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0138/',
  },
  check(ctx) {
    const gateways = trafficIndex(ctx.index).gateways;
    const tls = new Map(gateways.map((g) => [g, tlsOf(g)]));
    for (const g of gateways) {
      const mine = tls.get(g)!;
      if (mine.length === 0) continue;
      for (const o of gateways) {
        if (o === g || (o.obj.namespace === g.obj.namespace && o.obj.name === g.obj.name)) continue;
        if (Object.keys(g.selector).length > 0 && !subset(g.selector, o.selector)) continue;
        for (const a of mine) {
          for (const b of tls.get(o)!) {
            if (!same(a, b)) continue;
            ctx.report({
              doc: g.obj.doc,
              object: g.obj.located,
              pointer: joinPointer(g.obj.located.pointer, 'metadata', 'name'),
              message: `${describeObject('Gateway', g.obj.namespace, g.obj.name)} and ${describeObject('Gateway', o.obj.namespace, o.obj.name)} serve the same certificate${a.credentialName ? ` (${a.credentialName})` : ''}, which may cause 404s when clients reuse HTTP/2 connections`,
            });
          }
        }
      }
    }
  },
};
