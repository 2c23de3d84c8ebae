import { type JsonMap } from '../../model/values.js';
/**
 * The annotations with the app's scrape settings restored from `scrape` (the parsed env value),
 * or with the agent-pointing ones removed when the app had none. Unchanged when neither applies.
 */
export declare function restoreScrapeAnnotations(annotations: Record<string, string>, scrape: JsonMap | undefined): Record<string, string>;
