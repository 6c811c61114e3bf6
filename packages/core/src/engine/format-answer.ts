import type { DeclaredField } from '../definition/declared-field.schema.js';
import { formatPence } from '../definition/declared-value.js';
import type { Question } from '../definition/definition.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { isMessageKey, translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';
import { isIsoDate, type IsoDate } from '../story/rules.js';
import type { Address, HouseholdMember, SafeContact } from '../story/story.schema.js';
import { isAnswered } from './conditions.js';
import { optionText, voicedKey, type Voice } from './voice.js';

const t = (locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
  translate(locale, key, params);

/** A catalogue key built from a prefix and a value, if the catalogue has it. */
function keyed(prefix: string, value: unknown): MessageKey | null {
  const key = `${prefix}${String(value)}`;
  return isMessageKey(key) ? key : null;
}

/** "27 March 2007" / "27 Mawrth 2007" for an ISO date; other strings unchanged. */
export function formatDate(value: IsoDate, locale: Locale): string {
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const monthName = keyed('answer.month.', month);
  return `${day} ${monthName ? t(locale, monthName) : month} ${year}`;
}

const YES_NO_UNKNOWN: Readonly<Record<string, MessageKey>> = { yes: 'answer.yes', no: 'answer.no', unknown: 'answer.unknown' };

function formatScalar(value: unknown, locale: Locale): string {
  if (typeof value === 'boolean') return t(locale, value ? 'answer.yes' : 'answer.no');
  return String(value);
}

function formatAddress(address: Address): string[] {
  return [address.line1, address.line2, address.town, address.county, address.postcode].filter(
    (line): line is string => typeof line === 'string' && line.trim().length > 0,
  );
}

function formatMember(member: HouseholdMember, locale: Locale, voice: Voice): string {
  const relationship = keyed('answer.relationship.', member.relationship);
  const parts = [member.name, relationship ? t(locale, relationship) : member.relationship];
  if (member.dateOfBirth) parts.push(t(locale, 'answer.household.born', { date: formatDate(member.dateOfBirth, locale) }));
  else if (member.age !== undefined) parts.push(t(locale, 'answer.household.age', { age: member.age }));
  parts.push(t(locale, voicedKey(member.livesWith ? 'answer.household.livesWith' : 'answer.household.livesElsewhere', voice)));
  for (const role of member.roles) {
    // A child's relationship already says "child"; repeating the role adds nothing.
    if (role === 'child' && member.relationship === 'child') continue;
    const key = keyed('answer.role.', role);
    if (key) parts.push(t(locale, voicedKey(key, voice)));
  }
  if (member.school) parts.push(t(locale, 'answer.household.school', { school: member.school }));
  return parts.join(', ');
}

const CHANNELS = ['call', 'text', 'email', 'post', 'visit'] as const;

function formatSafeContact(safeContact: SafeContact, locale: Locale): string[] {
  const channel = (name: (typeof CHANNELS)[number]): string => {
    const label = t(locale, keyed('answer.channel.', name)!);
    const times = safeContact[name].times;
    return safeContact[name].safe && times ? `${label} (${times})` : label;
  };
  const safe = CHANNELS.filter((name) => safeContact[name].safe).map(channel);
  const unsafe = CHANNELS.filter((name) => !safeContact[name].safe).map(channel);
  const none = t(locale, 'answer.none');
  const lines = [
    t(locale, 'answer.safeContact.safe', { channels: safe.length ? safe.join(', ') : none }),
    t(locale, 'answer.safeContact.unsafe', { channels: unsafe.length ? unsafe.join(', ') : none }),
    t(locale, 'answer.safeContact.voicemail', { answer: t(locale, safeContact.voicemail ? 'answer.yes' : 'answer.no') }),
  ];
  const alternative = safeContact.alternative;
  if (alternative) {
    const details = [alternative.name, alternative.phone, alternative.relationship].filter(Boolean).join(', ');
    lines.push(t(locale, 'answer.safeContact.alternative', { details }));
  }
  return lines;
}

/** The text of one value of a field that has a natural wording without options. */
function formatKnownField(field: FieldPath, value: unknown, locale: Locale, voice: Voice): string[] | null {
  switch (field) {
    case 'person.dateOfBirth':
      return [formatDate(String(value), locale)];
    case 'contact.address':
      return formatAddress(value as Address);
    case 'contact.safeContact':
      return formatSafeContact(value as SafeContact, locale);
    case 'household.members': {
      const members = value as readonly HouseholdMember[];
      return members.length ? members.map((m) => formatMember(m, locale, voice)) : [t(locale, 'answer.household.none')];
    }
    case 'risk.dash': {
      const answers = value as readonly string[];
      return [t(locale, 'answer.dash.summary', { yes: answers.filter((a) => a === 'yes').length, total: answers.length })];
    }
    case 'needs.domains':
      return (value as readonly string[]).map((domain) => {
        const key = keyed('answer.domain.', domain);
        return key ? t(locale, key) : domain;
      });
    case 'access.interpreter':
    case 'referrer.type': {
      const key = keyed(field === 'access.interpreter' ? 'answer.interpreter.' : 'answer.referrer.', value);
      return [key ? t(locale, key) : String(value)];
    }
    case 'risk.immediateDanger': {
      const key = YES_NO_UNKNOWN[String(value)];
      return [key ? t(locale, key) : String(value)];
    }
    case 'person.nhsNumber': {
      const digits = String(value);
      // NHS numbers are read in groups of 3, 3 and 4.
      return [/^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits];
    }
    default:
      return null;
  }
}

// Fields summarised by their own rule even when the question lists options for their parts.
const STRUCTURED: ReadonlySet<string> = new Set<FieldPath>(['contact.address', 'contact.safeContact', 'household.members', 'risk.dash']);

const groupThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A declared field's answer (parsed stage) as lines of text, by its type. */
function formatDeclared(declared: DeclaredField, value: unknown, locale: Locale, voice: Voice): string[] {
  const optionLabel = (v: unknown): string => {
    const option = declared.options?.find((o) => o.value === v);
    return option ? optionText(option, locale, voice).label : String(v);
  };
  switch (declared.type) {
    case 'money':
      return [typeof value === 'number' ? formatPence(value) : String(value)];
    case 'whole-number':
      return [typeof value === 'number' ? groupThousands(value) : String(value)];
    case 'date':
      return [formatDate(String(value), locale)];
    case 'yes-no':
      return [typeof value === 'boolean' ? t(locale, value ? 'answer.yes' : 'answer.no') : String(value)];
    case 'yes-no-not-known': {
      const key = YES_NO_UNKNOWN[String(value)];
      return [key ? t(locale, key) : String(value)];
    }
    case 'choice':
      return [optionLabel(value)];
    case 'multi-choice':
      return Array.isArray(value) ? value.map(optionLabel) : [optionLabel(value)];
    case 'text':
    case 'long-text':
      return String(value).split(/\r?\n/).filter((line) => line.trim().length > 0);
  }
}

/**
 * An answer (parsed stage) as lines of plain text for "check your answers" and receipts:
 * option labels for choices (one line per chosen option), dates as "27 March 2007", an
 * address as its lines, yes/no/not known in words, household members and safe-contact
 * preferences summarised; a declared field's answer by its type (pass its declaration):
 * money as `£1,250.00`, dates as `3 March 2027`. In `voice` 'other' options and built-in
 * texts are worded about the person, as they were offered. Text, never HTML: render it
 * with text bindings only.
 */
export function formatAnswer(question: Question, value: unknown, locale: Locale, declared?: DeclaredField, voice: Voice = 'self'): string[] {
  if (!isAnswered(value, question.field)) return [t(locale, 'answer.notAnswered')];
  if (declared) return formatDeclared(declared, value, locale, voice);
  if (question.options && !STRUCTURED.has(question.field)) {
    // The option as it was offered: about the person when someone else filled it in.
    const label = (v: unknown): string => {
      const option = question.options!.find((o) => o.value === v);
      return option ? optionText(option, locale, voice).label : formatScalar(v, locale);
    };
    if (Array.isArray(value)) return value.map(label);
    if (question.options.some((o) => o.value === value)) return [label(value)];
  }
  const known = formatKnownField(question.field, value, locale, voice);
  if (known) return known;
  if (Array.isArray(value)) return value.map((v) => formatScalar(v, locale));
  if (typeof value === 'string') return value.split(/\r?\n/).filter((line) => line.trim().length > 0);
  return [formatScalar(value, locale)];
}
