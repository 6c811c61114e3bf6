import { RELATIONSHIPS } from '../answers/household.js';
import type { DeclaredField } from '../definition/declared-field.schema.js';
import { declaredFieldOf } from '../definition/declared-fields.js';
import type { Definition, Question } from '../definition/definition.schema.js';
import { optionsFor } from '../engine/widgets.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { LOCALES, type LocalizedText } from '../i18n/locale.js';
import { DASH_QUESTION_COUNT, HOUSEHOLD_ROLES } from '../story/story.schema.js';
import { isDeclaredFieldPath, type FieldPath } from '../story/fields.js';
import { capitalised, catalogueText } from './text.js';

/**
 * How each Story field becomes Questionnaire items, as plain data: one source that the
 * Questionnaire builder, the QuestionnaireResponse writer and its reader all walk, so the
 * three cannot drift apart.
 */

/** A coded answer: the Story value is the code. */
export interface ShapeOption {
  readonly code: string;
  readonly label: LocalizedText;
}

/** A leaf: one answer of one FHIR type. `money` is a `decimal` of pounds, stored as whole pence. */
export interface LeafShape {
  readonly kind: 'string' | 'text' | 'date' | 'boolean' | 'integer' | 'money';
  readonly maxLength?: number;
}
export interface ChoiceShape {
  readonly kind: 'choice';
  readonly repeats?: boolean;
  readonly options: readonly ShapeOption[];
  /** How the intake shows it (SDC item control). */
  readonly control: 'radio-button' | 'check-box' | 'drop-down';
}
/** A part of a group: the Story key it holds, its label, and whether the group needs it. */
export interface GroupChild {
  readonly key: string;
  readonly label: LocalizedText;
  readonly shape: Shape;
  readonly required?: boolean;
  /** Shown only when this boolean sibling is true (a channel's safe times). */
  readonly whenTrue?: string;
}
export interface GroupShape {
  readonly kind: 'group';
  /** A list of objects (household members) rather than one object. */
  readonly repeats?: boolean;
  readonly children: readonly GroupChild[];
}
/** A fixed-length list of coded answers, one item each (the DASH checklist). */
export interface ListShape {
  readonly kind: 'list';
  readonly items: readonly { readonly key: string; readonly label: LocalizedText }[];
  readonly options: readonly ShapeOption[];
}
export type Shape = LeafShape | ChoiceShape | GroupShape | ListShape;

const text = (maxLength: number): LeafShape => ({ kind: 'text', maxLength });
const string = (maxLength: number): LeafShape => ({ kind: 'string', maxLength });
const date: LeafShape = { kind: 'date' };
const boolean: LeafShape = { kind: 'boolean' };
const option = (code: string, key: MessageKey, capitalise = false): ShapeOption => {
  const label = catalogueText(key);
  return { code, label: capitalise ? capitalised(label) : label };
};
const child = (key: string, label: MessageKey | LocalizedText, shape: Shape, extra: Partial<GroupChild> = {}): GroupChild => ({
  key,
  label: typeof label === 'string' ? catalogueText(label) : label,
  shape,
  ...extra,
});

const YES_NO_UNKNOWN = [option('yes', 'answer.yes'), option('no', 'answer.no'), option('unknown', 'answer.unknown')];

const ADDRESS: GroupShape = {
  kind: 'group',
  children: [
    child('line1', 'fields.address.line1', string(200), { required: true }),
    child('line2', 'fields.address.line2', string(200)),
    child('town', 'fields.address.town', string(100), { required: true }),
    child('county', 'fields.address.county', string(100)),
    child('postcode', 'fields.address.postcode', string(8), { required: true }),
  ],
};

const CHANNELS = ['call', 'text', 'email', 'post', 'visit'] as const;
const SAFE_CONTACT: GroupShape = {
  kind: 'group',
  children: [
    ...CHANNELS.map((channel) =>
      child(channel, `answer.channel.${channel}`, {
        kind: 'group',
        children: [
          child('safe', `fields.safeContact.${channel}`, boolean, { required: true }),
          child('times', 'fields.safeContact.times', string(200), { whenTrue: 'safe' }),
        ],
      }, { required: true }),
    ),
    child('voicemail', 'fields.safeContact.voicemail', boolean, { required: true }),
    child('alternative', 'fields.safeContact.alternative', {
      kind: 'group',
      children: [
        child('name', 'fields.safeContact.alternativeName', string(100), { required: true }),
        child('phone', 'fields.safeContact.alternativePhone', string(30), { required: true }),
        child('relationship', 'fields.safeContact.alternativeRelationship', string(100)),
      ],
    }),
  ],
};

const HOUSEHOLD: GroupShape = {
  kind: 'group',
  repeats: true,
  children: [
    child('name', 'ui.household.name', string(100), { required: true }),
    child('relationship', 'ui.household.relationship', {
      kind: 'choice',
      control: 'drop-down',
      options: RELATIONSHIPS.map((r) => option(r, `answer.relationship.${r}`, true)),
    }, { required: true }),
    // The household field asks an age; a date of birth can still arrive by prefill.
    child('dateOfBirth', { en: 'Their date of birth (optional)', cy: 'Eu dyddiad geni (dewisol)' }, date),
    child('age', 'ui.household.age', { kind: 'integer' }),
    child('livesWith', 'ui.household.livesWith', boolean, { required: true }),
    child('roles', 'ui.household.roles', {
      kind: 'choice',
      repeats: true,
      control: 'check-box',
      options: HOUSEHOLD_ROLES.map((role) => option(role, `ui.household.role.${role}`)),
    }),
    child('school', 'ui.household.school', string(200)),
  ],
};

/**
 * The shape of a field, given the question that asks it (its options, for choices) and
 * the definition (for a declared field's type). A declared field the definition does not
 * declare is read as text.
 */
export function shapeOf(field: FieldPath, question: Question | undefined, definition?: Definition): Shape {
  if (isDeclaredFieldPath(field)) {
    const declared = definition && declaredFieldOf(definition, field);
    return declared ? declaredShape(declared) : string(100);
  }
  switch (field) {
    case 'person.dateOfBirth':
      return date;
    case 'contact.address':
      return ADDRESS;
    case 'contact.safeContact':
      return SAFE_CONTACT;
    case 'household.members':
      return HOUSEHOLD;
    case 'risk.dash':
      return dashShape(question);
    case 'access.interpreter':
    case 'risk.immediateDanger':
    case 'referrer.type':
    case 'needs.domains':
      return choiceShape(field, question);
    case 'access.communicationNeeds':
    case 'access.adjustments':
      return text(5000);
    case 'person.pronouns':
      return string(40);
    case 'access.language':
      return string(60);
    case 'contact.phone':
      return string(30);
    case 'contact.email':
    case 'referrer.secureEmail':
      return string(254);
    default:
      if (field.endsWith('.description')) return text(5000);
      if (field.endsWith('.servicesInvolved')) return text(1000);
      return string(100);
  }
}

function choiceShape(field: FieldPath, question: Question | undefined): ChoiceShape {
  const stub: Question = question ?? ({ id: 'x', field, label: { en: '', cy: '' } } as Question);
  const perLocale = LOCALES.map((locale) => optionsFor(stub, locale));
  const options = perLocale[0]!.map((first, i) => ({
    code: String(first.value),
    label: Object.fromEntries(LOCALES.map((locale, l) => [locale, perLocale[l]![i]!.label])) as unknown as LocalizedText,
  }));
  const multiple = field === 'needs.domains';
  const control = question?.widget === 'select' ? 'drop-down' : multiple ? 'check-box' : 'radio-button';
  return { kind: 'choice', options, control, ...(multiple && { repeats: true }) };
}

function dashShape(question: Question | undefined): ListShape {
  const items = question?.options
    ? question.options.map((o) => ({ key: String(o.value), label: o.label }))
    : Array.from({ length: DASH_QUESTION_COUNT }, (_, i) => ({ key: String(i + 1), label: { en: `DASH question ${i + 1}`, cy: `Cwestiwn DASH ${i + 1}` } }));
  return { kind: 'list', items, options: YES_NO_UNKNOWN };
}

/** A declared field's shape, by its type. */
function declaredShape(field: DeclaredField): Shape {
  const options = (field.options ?? []).map((o) => ({ code: o.value, label: o.label }));
  switch (field.type) {
    case 'text':
      return string(Math.min(field.maxLength ?? 100, 100));
    case 'long-text':
      return text(Math.min(field.maxLength ?? 5000, 5000));
    case 'whole-number':
      return { kind: 'integer' };
    case 'money':
      return { kind: 'money' };
    case 'date':
      return date;
    case 'yes-no':
      return boolean;
    case 'yes-no-not-known':
      return { kind: 'choice', control: 'radio-button', options: YES_NO_UNKNOWN };
    case 'choice':
      return { kind: 'choice', control: options.length > 6 ? 'drop-down' : 'radio-button', options };
    case 'multi-choice':
      return { kind: 'choice', control: 'check-box', repeats: true, options };
  }
}
