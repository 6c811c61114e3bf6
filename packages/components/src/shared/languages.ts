import { registerCatalogue, type Catalogue, type Locale } from '@onestory/core';
import { isLocale } from '@onestory/core/i18n';

// The shipped catalogues other than English, as separate modules: the CDN build leaves
// them out of its entry (rollup.config.mjs) and fetches one only when a page is shown in
// that language. In an npm build they are present already, and nothing is loaded.
const SHIPPED: Readonly<Record<string, () => Promise<Catalogue>>> = {
  cy: async () => (await import('@onestory/core/i18n/cy')).cy,
};

const loading = new Map<Locale, Promise<void>>();

/** True when `locale` has a catalogue now, or a shipped one that {@link ensureLocale} loads. */
export function isAvailableLocale(locale: unknown): locale is Locale {
  return isLocale(locale) || (typeof locale === 'string' && Object.hasOwn(SHIPPED, locale));
}

/** True when `locale` is a shipped language whose catalogue is not here yet. */
export function needsLoading(locale: unknown): locale is Locale {
  return !isLocale(locale) && typeof locale === 'string' && Object.hasOwn(SHIPPED, locale);
}

/**
 * Makes the shipped catalogue for `locale` available (once per page); resolves at once
 * when it is here already or `locale` is not a shipped language. Rejects when the file
 * could not be loaded (offline, or refused as changed).
 */
export function ensureLocale(locale: Locale): Promise<void> {
  if (!needsLoading(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = SHIPPED[locale]!().then((messages) => {
      // A council's own catalogue for the language, loaded meanwhile, wins.
      if (!isLocale(locale)) registerCatalogue(locale, messages);
    });
    // A failed load may be tried again (the person back online).
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}
