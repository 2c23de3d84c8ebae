import type { AnnotationInfo } from './types.js';
export declare const LABELS: readonly AnnotationInfo[];
