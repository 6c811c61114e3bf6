import type { Locale } from './locale.js';
import { validationEn } from './validation.en.js';
import { validationCy } from './validation.cy.js';

/**
 * The English catalogue: every string OneStory shows, by key. Each area keeps its own part
 * (`<area>.en.ts` beside a typed `<area>.cy.ts`) and is merged here.
 */
export const en = { ...validationEn } as const;

/** Every message key OneStory knows. */
export type MessageKey = keyof typeof en;

/** A complete catalogue for one locale. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The Welsh catalogue: typed against English, so a missing key is a compile error. */
export const cy: Catalogue = { ...validationCy };

/** The catalogue of each locale. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, cy };
