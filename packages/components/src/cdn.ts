// Entry of the self-contained CDN bundle (rollup.config.mjs): one ES module that registers
// every element. Strict-CSP set-up comes first, before anything can parse.
import './cdn/jitless.js';
import './provider/provider.define.js';
import './fields/fields.define.js';
import './quick-exit/quick-exit.define.js';
import './intake/intake.define.js';

export * from './index.js';
