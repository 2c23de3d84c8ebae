/**
 * The names of the findings formats. Kept apart from the reporters so the CLI can list them in
 * its help without loading them; `index.ts` maps every name to its reporter (the type checker
 * holds the two together).
 */
export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export type FindingsFormat = (typeof FORMATS)[number];
