// The npm entry: classes, events and types, with no side effects. Register the elements
// by importing their `*.define.js` files (or use the CDN bundle, which registers them all).
export * from './intake/index.js';
export * from './provider/index.js';
export * from './events/index.js';
export * from './controllers/index.js';
export * from './quick-exit/index.js';
export * from './fields/index.js';
