// The field elements a first page usually asks with (who is in danger, which services,
// a name): the CDN file defines them at once. The rest (more-fields.ts) follow
// while the first page is read.
import './text/text.define.js';
import './radios/radios.define.js';
import './checkboxes/checkboxes.define.js';
