/** Every overlay of the conformance suite, built-in templates: the fast reader takes them all, as js-yaml reads them. */
import { expect } from 'vitest';
import { renderedOverlayConformance } from './rendered-overlays.js';

renderedOverlayConformance('built-in', (t) => {
  expect(t.declined, 'overlays of the built-in templates the fast reader left to js-yaml').toEqual([]);
  expect(t.accepted).toBe(t.texts);
});
