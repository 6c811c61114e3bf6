// Registers every OneStory element: `import '@onestory/components/define'`. Strict-CSP
// set-up comes first, before any schema can parse.
import './cdn/jitless.js';
import './provider/provider.define.js';
import './fields/fields.define.js';
import './quick-exit/quick-exit.define.js';
import './intake/intake.define.js';
