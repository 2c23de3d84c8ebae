/**
 * What Istio's injector does differently on OpenShift (istiod's PLATFORM `openshift`):
 *
 * - The proxy's UID and GID come from the pod's Namespace (Istio's `GetProxyIDs`): the UID is the
 *   LAST of the range in `openshift.io/sa.scc.uid-range`, the GID the last of the first range in
 *   `openshift.io/sa.scc.supplemental-groups` (which falls back to the UID range). A missing,
 *   empty or unreadable annotation leaves 1337.
 * - OpenShift gives every container the same `runAsUser`, so an istio-proxy override whose
 *   `runAsUser` equals the application's is not honoured: its `runAsUser` and `runAsGroup` are
 *   dropped (Istio's webhook, `isSidecarUserMatchingAppUser`).
 *
 * Ranges are OpenShift's blocks: `<start>/<size>` (start … start+size-1) or `<start>-<end>`,
 * unsigned 32-bit numbers.
 */
import { type Container, type PodSpec } from '../model/pod.js';
import { INIT_CONTAINER, PROXY_CONTAINER, PROXY_GID, PROXY_UID, VALIDATION_CONTAINER, findSidecar } from './sidecar.js';

export const OPENSHIFT_PLATFORM = 'openshift';
export const UID_RANGE_ANNOTATION = 'openshift.io/sa.scc.uid-range';
export const SUPPLEMENTAL_GROUPS_ANNOTATION = 'openshift.io/sa.scc.supplemental-groups';

const UINT32_MAX = 0xffffffff;

/** The last ID of a block, or undefined when Go's `fmt.Sscanf` would not read it. */
function blockEnd(text: string): number | undefined {
  const slash = text.includes('/');
  // %d skips leading blanks; what follows the second number is not looked at.
  const m = (slash ? /^[ \t]*\+?(\d+)\/[ \t]*\+?(\d+)/ : /^[ \t]*\+?(\d+)-[ \t]*\+?(\d+)/).exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > UINT32_MAX || b > UINT32_MAX) return undefined;
  // uint32 arithmetic, as Istio's Block: start + size - 1 wraps around.
  return slash ? (a + b - 1 + 2 ** 32) % 2 ** 32 : b;
}

/** The proxy's UID and GID for a Namespace with these annotations. */
export function proxyIdsFromNamespace(annotations: Readonly<Record<string, string>>): { uid: number; gid: number } {
  let uid = PROXY_UID;
  let gid = PROXY_GID;
  const range = annotations[UID_RANGE_ANNOTATION];
  if (range !== undefined && range !== '') uid = blockEnd(range) ?? uid;
  const groups = Object.hasOwn(annotations, SUPPLEMENTAL_GROUPS_ANNOTATION) ? annotations[SUPPLEMENTAL_GROUPS_ANNOTATION] : range;
  if (groups !== undefined && groups !== '') {
    const ends = groups.split(',').map(blockEnd);
    if (ends.every((e) => e !== undefined)) gid = ends[0]!;
  }
  return { uid, gid };
}

function runAsUser(c: Container): number {
  const sc = c.securityContext as Record<string, unknown> | undefined | null;
  const v = sc?.runAsUser;
  return typeof v === 'number' ? v : 0;
}

/**
 * `spec` with the istio-proxy override's `runAsUser` and `runAsGroup` dropped when its
 * `runAsUser` equals the application's (unset counts as 0 on both sides; the last container that
 * sets one is the application's). Returns `spec` itself when nothing changes.
 */
export function dropProxyUserMatchingApp(spec: PodSpec): PodSpec {
  const sidecar = findSidecar(spec);
  const sc = sidecar?.securityContext as Record<string, unknown> | undefined | null;
  if (!sidecar || sc === null || typeof sc !== 'object') return spec;
  let proxyUser = 0;
  let appUser = 0;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const set = typeof (c.securityContext as Record<string, unknown> | undefined | null)?.runAsUser === 'number';
    if (c.name === PROXY_CONTAINER) {
      if (set) proxyUser = runAsUser(c);
    } else if (c.name !== VALIDATION_CONTAINER && c.name !== INIT_CONTAINER) {
      if (set) appUser = runAsUser(c);
    }
  }
  if (proxyUser !== appUser || !('runAsUser' in sc || 'runAsGroup' in sc)) return spec;
  const { runAsUser: _u, runAsGroup: _g, ...rest } = sc;
  const out: PodSpec = { ...spec };
  for (const key of ['containers', 'initContainers'] as const) {
    const list = spec[key];
    if (list?.includes(sidecar)) out[key] = list.map((c) => (c === sidecar ? { ...c, securityContext: rest } : c));
  }
  return out;
}
