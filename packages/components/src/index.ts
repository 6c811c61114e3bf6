// Placeholder so the harness builds before the first element lands; replace freely.
export const COMPONENTS_VERSION = '0.1.0';
export * from './quick-exit/index.js';
