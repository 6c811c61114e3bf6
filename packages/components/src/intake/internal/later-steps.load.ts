// The later steps (later-steps.ts), for code that runs only after the first page. In the
// npm build they are here from the start, so everything stays synchronous; the CDN build
// swaps this file for later-steps.load.cdn.ts (rollup.config.mjs), which fetches them on
// demand. Code that may run before they are loaded awaits loadLaterSteps() first.
import * as steps from './later-steps.js';

/** The later steps' exports: use only once {@link laterStepsLoaded} (or after {@link loadLaterSteps}). */
export const laterSteps: typeof steps = steps;

/** True once the later steps are here (always, in the npm build). */
export const laterStepsLoaded = (): boolean => true;

/** Resolves with the later steps once loaded; rejects when their part could not be loaded. */
export const loadLaterSteps = (): Promise<typeof steps> => Promise.resolve(steps);
