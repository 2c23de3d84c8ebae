import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISTIO_DATA_DIR, locateConformanceData, missingDataMessage } from './shared.js';

describe('locating the Istio test data', () => {
  it('finds it in the repository, so a clone alone runs every test', () => {
    const loc = locateConformanceData();
    expect(loc.dir, missingDataMessage(loc)).toBe(ISTIO_DATA_DIR);
    expect(ISTIO_DATA_DIR).toMatch(/\/test\/data\/istio$/);
  });

  it('reports a missing folder with every place it looked', () => {
    const nowhere = join(tmpdir(), 'no-such-conformance-dir-' + process.pid);
    const loc = locateConformanceData([nowhere]);
    expect(loc.dir).toBeNull();
    expect(missingDataMessage(loc)).toContain(nowhere);
  });

  it('rejects a folder without the README layout', () => {
    expect(locateConformanceData([tmpdir()]).dir).toBeNull();
  });
});
