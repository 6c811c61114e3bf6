// The CDN build's more-fields.load.ts (rollup.config.mjs swaps them): the field elements
// beyond the first page's are a part beside the entry, fetched and checked against its
// hash as soon as the entry runs, while the first page is read.
import('./more-fields.js').catch((error: unknown) => {
  // An element of theirs on screen stays a plain, empty element: say why, for the developer.
  console.error(`OneStory: the field elements could not be loaded. ${error instanceof Error ? error.message : String(error)}`);
});
