/** The merge's error: which field, and of which input, it is about. */
import { KubeInjectError } from '../model/errors.js';
/**
 * A strategic merge that cannot be done (code `merge`). `input` tells whose field the pointer is
 * in: the patch (a template's output, usually) or the original (the user's pod), so callers
 * can tell the two apart without reading the message.
 */
export declare class MergeError extends KubeInjectError {
    readonly input: 'patch' | 'original';
    constructor(message: string, pointer: string, input?: 'patch' | 'original');
}
