/**
 * Every overlay of the conformance suite, Istio's templates: what the fast reader accepts reads
 * as with js-yaml. Istio's sidecar template closes a flow mapping at its key's indentation
 * (`annotations: {` … `}`), which strict js-yaml rejects and only the lenient retry reads: the
 * reader declines those, and nothing else.
 */
import { expect } from 'vitest';
import { renderedOverlayConformance } from '../inject/rendered-overlays.js';

renderedOverlayConformance('istio', (t) => {
  expect(t.accepted + t.declined.length).toBe(t.texts);
  expect(t.declined.filter((d) => !d.jsYamlRejects), 'declined overlays js-yaml reads strictly').toEqual([]);
});
