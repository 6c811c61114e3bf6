// Registers every field element: those a first page usually needs at once, the rest as
// more-fields.load.ts says (at once in the npm build; just after, in the CDN file).
import './first-fields.define.js';
import './more-fields.load.js';
