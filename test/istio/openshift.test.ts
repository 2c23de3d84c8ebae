import { describe, expect, it } from 'vitest';
import { dropProxyUserMatchingApp, proxyIdsFromNamespace } from '../../src/istio/openshift.js';

const UID = 'openshift.io/sa.scc.uid-range';
const GROUPS = 'openshift.io/sa.scc.supplemental-groups';

describe("OpenShift's proxy IDs (Istio's GetProxyIDs)", () => {
  it('the last ID of the range; groups fall back to the UID range', () => {
    expect(proxyIdsFromNamespace({ [UID]: '1000620000/10000' })).toEqual({ uid: 1000629999, gid: 1000629999 });
    expect(proxyIdsFromNamespace({ [UID]: '5000-5999', [GROUPS]: '7000/10,9000/10' })).toEqual({ uid: 5999, gid: 7009 });
  });
  it('missing, empty or unreadable annotations leave 1337', () => {
    expect(proxyIdsFromNamespace({})).toEqual({ uid: 1337, gid: 1337 });
    expect(proxyIdsFromNamespace({ [UID]: '', [GROUPS]: '' })).toEqual({ uid: 1337, gid: 1337 });
    expect(proxyIdsFromNamespace({ [UID]: 'x/10', [GROUPS]: '7000/10,bad' })).toEqual({ uid: 1337, gid: 1337 });
    expect(proxyIdsFromNamespace({ [UID]: '4294967296/1' })).toEqual({ uid: 1337, gid: 1337 });
  });
});

describe("dropping an istio-proxy override's user equal to the app's", () => {
  const spec = (proxy: object, app: object) => ({ containers: [{ name: 'app', securityContext: app }, { name: 'istio-proxy', securityContext: proxy }] });
  it('drops runAsUser and runAsGroup when they match (unset counts as 0)', () => {
    const out = dropProxyUserMatchingApp(spec({ runAsUser: 7, runAsGroup: 8, privileged: false }, { runAsUser: 7 }));
    expect(out.containers![1]!.securityContext).toEqual({ privileged: false });
    expect(dropProxyUserMatchingApp(spec({ runAsGroup: 8 }, {})).containers![1]!.securityContext).toEqual({});
  });
  it('keeps a different user, and leaves the spec alone', () => {
    const s = spec({ runAsUser: 9, runAsGroup: 9 }, { runAsUser: 7 });
    expect(dropProxyUserMatchingApp(s)).toBe(s);
  });
});
