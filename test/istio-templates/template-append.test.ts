/** Istio's own sidecar template (from ../shared) copies no list over and over either. */
import { describe, expect, it } from 'vitest';
import { renderBigPod } from '../hostile/append-support.js';
import { istioTemplates } from '../templates/support.js';

describe('append in a loop, Istio\'s sidecar template', () => {
  it('copies no list over and over on 5,000 ports and 2,000 containers', () => {
    const { out, copied } = renderBigPod(istioTemplates()['sidecar']!);
    expect(out).toContain('"containerPort":5000');
    expect(copied).toBeLessThan(10_000);
  });
});
