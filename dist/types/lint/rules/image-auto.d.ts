import type { Rule } from '../types.js';
export declare const imageAuto: Rule;
