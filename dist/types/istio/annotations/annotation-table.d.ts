import type { AnnotationInfo } from './types.js';
export declare const ANNOTATIONS: readonly AnnotationInfo[];
