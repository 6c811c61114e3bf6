import type { FieldOption } from '../answers/options.js';
import type { DeclaredField } from '../definition/declared-field.schema.js';
import { DECLARED_WIDGETS, YES_NO_NOT_KNOWN } from '../definition/declared-value.js';
import type { Question, WIDGETS } from '../definition/definition.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { NEED_DOMAINS } from '../story/story.schema.js';
import type { FieldPath } from '../story/fields.js';
import { optionText, voicedKey, type Voice } from './voice.js';

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

/**
 * The widget a question is shown with: its own `widget`, else its field's natural one (for
 * a declared field, its type's: pass the declaration, e.g. `PlannedQuestion.declared`).
 */
export function widgetFor(question: Question, declared?: DeclaredField): Widget {
  if (question.widget) return question.widget;
  if (declared) return DECLARED_WIDGETS[declared.type][0];
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
  return (AUTOCOMPLETE as Readonly<Record<string, string>>)[field] ?? '';
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
    ['parent', 'answer.referrer.parent'],
    ['professional', 'answer.referrer.professional'],
  ],
  'needs.domains': NEED_DOMAINS.map((domain) => [domain, `answer.domain.${domain}`] as const),
};

const YES_NO_NOT_KNOWN_KEYS = { yes: 'answer.yes', no: 'answer.no', unknown: 'answer.unknown' } as const;

/** The options a declared field is chosen from, as text in `locale` and `voice`. */
function declaredOptions(declared: DeclaredField, widget: Widget, locale: Locale, voice: Voice): FieldOption[] {
  switch (declared.type) {
    case 'choice':
    case 'multi-choice':
      return (declared.options ?? []).map((option) => ({ value: option.value, ...optionText(option, locale, voice) }));
    case 'yes-no':
      // A single box says "Yes" when ticked; radios offer both answers.
      return widget === 'checkboxes'
        ? [{ value: true, label: translate(locale, 'answer.yes') }]
        : [{ value: true, label: translate(locale, 'answer.yes') }, { value: false, label: translate(locale, 'answer.no') }];
    case 'yes-no-not-known':
      return YES_NO_NOT_KNOWN.map((value) => ({ value, label: translate(locale, YES_NO_NOT_KNOWN_KEYS[value]) }));
    default:
      return [];
  }
}

/**
 * A choice question's options as text in `locale`: a declared field's own (pass its
 * declaration), else the question's, else the Story's own values. In `voice` 'other'
 * (someone fills it in about the person) an option's `other` words are used when it has
 * them, and a built-in option's `<key>.other` message.
 */
export function optionsFor(question: Question, locale: Locale, declared?: DeclaredField, voice: Voice = 'self'): FieldOption[] {
  if (declared) return declaredOptions(declared, widgetFor(question, declared), locale, voice);
  if (question.options) return question.options.map((option) => ({ value: option.value, ...optionText(option, locale, voice) }));
  return ((DEFAULT_OPTIONS as Readonly<Record<string, readonly (readonly [string, MessageKey])[]>>)[question.field] ?? []).map(([value, key]) => ({ value, label: translate(locale, voicedKey(key, voice)) }));
}
