// Entry of the self-contained CDN bundle (rollup.config.mjs). It will import every
// `*.define.js` registration file; until then it only re-exports the public API.
export * from './index.js';
import './quick-exit/quick-exit.define.js';
