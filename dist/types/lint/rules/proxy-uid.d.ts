import type { Rule } from '../types.js';
export declare const PROXY_UID = 1337;
export declare const proxyUid: Rule;
