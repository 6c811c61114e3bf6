import { en as enFirst } from './en.js';
import { enLater } from './en-later.js';
import { cy } from './cy.js';
import { isolateNumbers, textDirection, type TextDirection } from './direction.js';
import { isLanguageTag, type Locale } from './locale.js';

export { cy };

/**
 * The English catalogue, the reference for every other: `en.ts` and the messages of the
 * steps after the questions (`en-later.ts`). The CDN build leaves the second out of its
 * entry and brings it with those steps ({@link completeEnglish}), before any is shown.
 */
export const en: typeof enFirst & typeof enLater = { ...enFirst, ...enLater };

/**
 * Joins the English messages of the steps after the questions to {@link en}, when a build
 * brings them later (the CDN file's later part calls it as it loads); a no-op otherwise.
 */
export function completeEnglish(later: typeof enLater): void {
  Object.assign(en, later);
}

/** Every message key OneStory knows: the keys of the English catalogue. */
export type MessageKey = keyof typeof en;

/** A complete catalogue for one language: a message for every key. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The catalogues OneStory ships, by language. */
export const SHIPPED_CATALOGUES: Readonly<Record<'en' | 'cy', Catalogue>> = { en, cy };

interface Registered {
  readonly messages: Catalogue;
  readonly direction: TextDirection;
}

// Catalogues loaded at run time (a council's JSON catalogue file), by language. Module state
// on purpose: every element on the page translates through the same catalogues, and
// loading one must not need a rebuild or a reference threaded through every component.
const registered = new Map<Locale, Registered>();

/**
 * Makes a catalogue available for `locale` (a council's own language, or its reviewed
 * Welsh in place of the shipped one). Keys it lacks read in English; in a right-to-left
 * language, numbers in groups are isolated ({@link isolateNumbers}). Load a catalogue
 * file through `checkCatalogue`, which validates it first.
 */
export function registerCatalogue(
  locale: Locale,
  messages: Readonly<Partial<Record<MessageKey, string>>>,
  direction: TextDirection = textDirection(locale),
): void {
  if (!isLanguageTag(locale)) throw new TypeError(`"${locale}" is not a language tag such as "pl" or "pa-Arab".`);
  // Right to left: numbers in groups inside a message (a helpline) keep their order.
  const shown = direction === 'rtl' ? Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, isolateNumbers(text!)])) : messages;
  registered.set(locale, { messages: { ...en, ...shown }, direction });
}

/** Forgets a catalogue registered for `locale` (tests, or a page swapping its files). */
export function unregisterCatalogue(locale: Locale): void {
  registered.delete(locale);
}

/** The catalogue for `locale`, registered or shipped, or undefined when there is none. */
export function catalogueFor(locale: Locale): Catalogue | undefined {
  return registered.get(locale)?.messages ?? (locale === 'en' || locale === 'cy' ? SHIPPED_CATALOGUES[locale] : undefined);
}

/** True when `value` is a language OneStory has a catalogue for (shipped or loaded). */
export function isLocale(value: unknown): value is Locale {
  return isLanguageTag(value) && catalogueFor(value) !== undefined;
}

/** Every language with a catalogue: the shipped ones, then those loaded, in order. */
export function availableLocales(): Locale[] {
  return [...new Set<Locale>(['en', 'cy', ...registered.keys()])];
}

/** The direction `locale`'s text runs: as its catalogue file says, else from its script. */
export function directionOf(locale: Locale): TextDirection {
  return registered.get(locale)?.direction ?? textDirection(locale);
}

const unchanged = (text: string): string => text;

/**
 * How a text is shown in `locale`: on a right-to-left page, numbers written in groups keep
 * their order ({@link isolateNumbers}); otherwise as it is. For a definition's own texts
 * and for what is put into a message (a contact, a phone number), which the catalogue's
 * isolation cannot reach. Display only: what is stored or hashed stays as given.
 */
export function displayFor(locale: Locale): (text: string) => string {
  return directionOf(locale) === 'rtl' ? isolateNumbers : unchanged;
}
