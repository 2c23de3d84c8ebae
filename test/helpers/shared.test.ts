import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceCandidates, locateConformanceData, missingDataMessage } from './shared.js';

describe('locating the conformance data', () => {
  it('looks next to the repository, at ../shared/istio-conformance', () => {
    const env = process.env['KUBE_INJECT_CONFORMANCE_DIR'];
    if (env) expect(conformanceCandidates()).toEqual([resolve(env)]);
    else expect(conformanceCandidates()).toEqual([expect.stringMatching(/\/shared\/istio-conformance$/)]);
  });

  it('reports a missing folder with every place it looked (the conformance tests then fail, never skip)', () => {
    const nowhere = join(tmpdir(), 'no-such-conformance-dir-' + process.pid);
    const loc = locateConformanceData([nowhere]);
    expect(loc.dir).toBeNull();
    expect(missingDataMessage(loc)).toContain(nowhere);
    expect(missingDataMessage(loc)).toMatch(/never skip/);
  });

  it('rejects a folder without the README layout', () => {
    expect(locateConformanceData([tmpdir()]).dir).toBeNull();
  });
});
