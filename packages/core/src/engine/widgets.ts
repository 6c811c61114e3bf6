import type { FieldOption } from '../answers/options.js';
import type { Question, WIDGETS } from '../definition/definition.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { NEED_DOMAINS } from '../story/story.schema.js';
import type { FieldPath } from '../story/fields.js';

/** How a question is shown. */
export type Widget = (typeof WIDGETS)[number];

// The natural widget of each field that is not plain text.
const NATURAL: Partial<Record<FieldPath, Widget>> = {
  'person.dateOfBirth': 'date',
  'contact.address': 'address',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.safeContact': 'safe-contact',
  'referrer.secureEmail': 'email',
  'access.interpreter': 'radios',
  'access.communicationNeeds': 'textarea',
  'access.adjustments': 'textarea',
  'household.members': 'household',
  'needs.domains': 'checkboxes',
  'risk.immediateDanger': 'radios',
  'risk.dash': 'checklist',
  'referrer.type': 'radios',
};

/** The widget a question is shown with: its own `widget`, else its field's natural one. */
export function widgetFor(question: Question): Widget {
  if (question.widget) return question.widget;
  const natural = NATURAL[question.field];
  if (natural) return natural;
  return /\.(description|servicesInvolved)$/.test(question.field) ? 'textarea' : 'text';
}

/** `autocomplete` tokens, so browsers and assistive tools can fill what they know. */
const AUTOCOMPLETE: Partial<Record<FieldPath, string>> = {
  'person.givenName': 'given-name',
  'person.familyName': 'family-name',
  'person.preferredName': 'nickname',
  'person.dateOfBirth': 'bday',
  'contact.phone': 'tel',
  'contact.email': 'email',
  'referrer.name': 'name',
  'referrer.role': 'organization-title',
  'referrer.organisation': 'organization',
  'referrer.secureEmail': 'email',
};

/** The `autocomplete` token of a field (WCAG 1.3.5), or '' when none fits. */
export function autocompleteFor(field: FieldPath): string {
  return AUTOCOMPLETE[field] ?? '';
}

// Options for choice fields whose definition gives none: the Story's own values.
const DEFAULT_OPTIONS: Partial<Record<FieldPath, readonly (readonly [string, MessageKey])[]>> = {
  'risk.immediateDanger': [
    ['yes', 'answer.yes'],
    ['no', 'answer.no'],
    ['unknown', 'answer.unknown'],
  ],
  'access.interpreter': [
    ['none', 'answer.interpreter.none'],
    ['spoken', 'answer.interpreter.spoken'],
    ['bsl', 'answer.interpreter.bsl'],
  ],
  'referrer.type': [
    ['self', 'answer.referrer.self'],
    ['professional', 'answer.referrer.professional'],
  ],
  'needs.domains': NEED_DOMAINS.map((domain) => [domain, `answer.domain.${domain}`] as const),
};

/** A choice question's options as text in `locale`: the definition's, else the Story's own values. */
export function optionsFor(question: Question, locale: Locale): FieldOption[] {
  if (question.options) {
    return question.options.map((option) => ({
      value: option.value,
      label: option.label[locale],
      ...(option.hint && { hint: option.hint[locale] }),
    }));
  }
  return (DEFAULT_OPTIONS[question.field] ?? []).map(([value, key]) => ({ value, label: translate(locale, key) }));
}
