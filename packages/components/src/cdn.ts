// Entry of the self-contained CDN bundle (rollup.config.mjs): one ES module that registers
// every element and exposes the public API.
import './all.define.js';

export * from './index.js';
