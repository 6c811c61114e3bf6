import type { Definition } from '../definition/definition.schema.js';
import { translate } from '../i18n/translate.js';
import type { Locale } from '../i18n/locale.js';

/** A number to call in an emergency, as shown to the person. */
export interface EmergencyNumber {
  /** Who answers, in the person's language. */
  readonly label: string;
  /** The number, as written (spaces kept for reading). */
  readonly phone: string;
}

/**
 * The numbers to call when someone says they are in immediate danger, in `locale`: the
 * definition's `settings.emergencyContacts`, else the UK emergency number (999).
 */
export function emergencyContacts(definition: Definition, locale: Locale): EmergencyNumber[] {
  const contacts = definition.settings?.emergencyContacts;
  return contacts && contacts.length > 0
    ? contacts.map((contact) => ({ label: contact.label[locale], phone: contact.phone }))
    : [{ label: translate(locale, 'ui.emergency.default'), phone: '999' }];
}
