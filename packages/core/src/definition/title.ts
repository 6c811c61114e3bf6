import { localize, type Locale } from '../i18n/locale.js';
import type { Definition } from './definition.schema.js';

/**
 * The front door's title as the intake shows it on every step: the neutral title when the
 * definition sets one (neutral mode, for a device someone else may see), else its title.
 */
export function titleShown(definition: Definition, locale: Locale): string {
  return localize(definition.settings?.neutralTitle ?? definition.title, locale);
}
