import type { KubeInjectError } from '../model/errors.js';
/**
 * The one place that turns an error into text for people: `file:line:column: error: message`,
 * control characters of the input escaped (see printable.ts).
 */
export declare function formatError(e: KubeInjectError): string;
/** The message of an error without its place: `Deployment "ns/web": …` when it is about an object. */
export declare function errorMessage(e: KubeInjectError): string;
