import type { Locale } from './locale.js';
import { validationEn } from './validation.en.js';
import { validationCy } from './validation.cy.js';
import { uiEn } from './ui.en.js';
import { uiCy } from './ui.cy.js';
import { safetyEn } from './safety.en.js';
import { safetyCy } from './safety.cy.js';
import { engineEn } from './engine.en.js';
import { engineCy } from './engine.cy.js';
import { consentEn } from './consent.en.js';
import { consentCy } from './consent.cy.js';
import { fieldsEn } from './fields.en.js';
import { fieldsCy } from './fields.cy.js';
import { declaredEn } from './declared.en.js';
import { declaredCy } from './declared.cy.js';

/**
 * The English catalogue: every string OneStory shows, by key. Each area keeps its own part
 * (`<area>.en.ts` beside a typed `<area>.cy.ts`) and is merged here.
 */
export const en = { ...validationEn, ...uiEn, ...safetyEn, ...engineEn, ...consentEn, ...fieldsEn, ...declaredEn } as const;

/** Every message key OneStory knows. */
export type MessageKey = keyof typeof en;

/** A complete catalogue for one locale. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The Welsh catalogue: typed against English, so a missing key is a compile error. */
export const cy: Catalogue = { ...validationCy, ...uiCy, ...safetyCy, ...engineCy, ...consentCy, ...fieldsCy, ...declaredCy };

/** The catalogue of each locale. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, cy };
