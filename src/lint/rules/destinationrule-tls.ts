import { joinPointer } from '../../model/pointer.js';
import { isMap, str } from '../../model/values.js';
import { specOf, trafficIndex } from '../traffic/index.js';
import type { Rule } from '../types.js';

const VERIFYING_MODES = new Set(['SIMPLE', 'MUTUAL']);

export const destinationruleTls: Rule = {
  meta: {
    id: 'destinationrule-tls',
    severity: 'warning',
    istioCodes: ['IST0128', 'IST0129'],
    description: 'A DestinationRule that originates TLS (mode SIMPLE or MUTUAL) names the CA certificates that verify the server.',
    help:
      'With `tls.mode: SIMPLE` or `MUTUAL` and no `caCertificates`, the sidecar does not verify the server\'s certificate ' +
      '(IST0128 for the rule\'s `trafficPolicy.tls`, IST0129 for a `portLevelSettings` entry). Set `caCertificates` (or a ' +
      '`credentialName` holding the CA, with a workloadSelector), as Istio checks it.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0128/',
  },
  check(ctx) {
    for (const dr of trafficIndex(ctx.index).destinationRules) {
      const policy = specOf(dr.obj).trafficPolicy;
      if (!isMap(policy)) continue;
      const selected = isMap(specOf(dr.obj).workloadSelector);
      const unverified = (tls: unknown): string | undefined => {
        if (!isMap(tls)) return undefined;
        const mode = str(tls.mode);
        if (!VERIFYING_MODES.has(mode) || str(tls.caCertificates) !== '') return undefined;
        return str(tls.credentialName) !== '' && selected ? undefined : mode;
      };
      const base = { doc: dr.obj.doc, object: dr.obj.located };
      const top = unverified(policy.tls);
      if (top) {
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, 'spec', 'trafficPolicy', 'tls', 'mode'),
          istioCode: 'IST0128',
          message: `TLS mode ${top} without caCertificates: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`,
        });
      }
      const ports = Array.isArray(policy.portLevelSettings) ? policy.portLevelSettings : [];
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const mode = unverified(p.tls);
        if (!mode) return;
        const number = isMap(p.port) && typeof p.port.number === 'number' ? p.port.number : '?';
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, 'spec', 'trafficPolicy', 'portLevelSettings', i, 'tls', 'mode'),
          istioCode: 'IST0129',
          message: `TLS mode ${mode} without caCertificates on port ${number}: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`,
        });
      });
    }
  },
};
