// The CDN build's later-steps.load.ts (rollup.config.mjs swaps them): the later steps are a
// part beside the entry, fetched and checked against its hash on the first call of
// loadLaterSteps() (the intake makes it once its first page is on screen).
import type * as Steps from './later-steps.js';

let loaded: typeof Steps | undefined;
let loading: Promise<typeof Steps> | undefined;

/** The later steps' exports: use only once {@link laterStepsLoaded} (or after {@link loadLaterSteps}). */
export const laterSteps = new Proxy({} as typeof Steps, {
  get(_target, name) {
    if (!loaded) throw new Error(`OneStory: ${String(name)} is in the later steps, which are not loaded yet (await loadLaterSteps() first)`);
    return loaded[name as keyof typeof Steps];
  },
});

/** True once the later steps are here. */
export const laterStepsLoaded = (): boolean => loaded !== undefined;

/** Resolves with the later steps once loaded; rejects when their part could not be loaded (asked again, it is tried again). */
export function loadLaterSteps(): Promise<typeof Steps> {
  loading ??= import('./later-steps.js').then(
    (steps) => (loaded = steps),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
