import type { FuncMap } from '../../gotemplate/index.js';
export declare const SPRIG_STRINGS: FuncMap;
