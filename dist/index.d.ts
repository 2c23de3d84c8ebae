// kube-inject's library entry (dist/index.js): its types.
export * from './types/index.js';
