// The CDN build's more-fields.load.ts (rollup.config.mjs swaps them): the field elements
// beyond the first page's are a part beside the entry, fetched and checked against its
// hash as soon as the entry runs, while the first page is read.

/** Resolves once the field elements beyond the first page's are defined; rejects when their part could not be loaded. */
export const moreFieldsLoaded: Promise<void> = import('./more-fields.js').then(() => undefined);

// An element of theirs on screen stays a plain, empty element: say why, for the developer
// (an intake also shows the person that the form is not available).
moreFieldsLoaded.catch((error: unknown) => {
  console.error(`OneStory: the field elements could not be loaded. ${error instanceof Error ? error.message : String(error)}`);
});
