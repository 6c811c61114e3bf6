// The field elements beyond the first page's (more-fields.ts). In the npm build they
// are defined here, at once; the CDN build swaps this file for more-fields.load.cdn.ts
// (rollup.config.mjs), which fetches them as a part of their own.
import './more-fields.js';

/** Resolves once the field elements beyond the first page's are defined (at once, here); rejects when they could not be loaded. */
export const moreFieldsLoaded: Promise<void> = Promise.resolve();
