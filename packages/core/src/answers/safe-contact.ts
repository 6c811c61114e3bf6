import type { MessageKey } from '../i18n/catalogue.js';
import { isPhone } from '../story/rules.js';
import type { SafeContact } from '../story/story.schema.js';
import { accept, noAnswer, reject, rejectAll, type FieldProblem, type Interpretation } from './interpretation.js';

/** The channels a service may use to reach the person, in the order they are asked. */
export const CHANNELS = ['call', 'text', 'email', 'post', 'visit'] as const;
/** One contact channel. */
export type Channel = (typeof CHANNELS)[number];

/** A yes/no question's raw answer: `''` until answered. */
export type YesNoAnswer = '' | 'yes' | 'no';

/**
 * The safe-contact questions as answered so far (raw input): a yes/no per channel with the
 * safe times typed under a yes, voicemail (asked when calls are safe), and an optional
 * alternative safe contact.
 */
export interface SafeContactAnswers {
  readonly call: YesNoAnswer;
  readonly callTimes: string;
  readonly text: YesNoAnswer;
  readonly textTimes: string;
  readonly email: YesNoAnswer;
  readonly emailTimes: string;
  readonly post: YesNoAnswer;
  readonly postTimes: string;
  readonly visit: YesNoAnswer;
  readonly visitTimes: string;
  readonly voicemail: YesNoAnswer;
  readonly alternative: YesNoAnswer;
  readonly alternativeName: string;
  readonly alternativePhone: string;
  readonly alternativeRelationship: string;
}

/** Every key of {@link SafeContactAnswers}. */
export const SAFE_CONTACT_ANSWER_KEYS = [
  'call', 'callTimes', 'text', 'textTimes', 'email', 'emailTimes', 'post', 'postTimes', 'visit', 'visitTimes',
  'voicemail', 'alternative', 'alternativeName', 'alternativePhone', 'alternativeRelationship',
] as const satisfies readonly (keyof SafeContactAnswers)[];

const YES_NO_KEYS = new Set<string>([...CHANNELS, 'voicemail', 'alternative']);

const CHANNEL_REQUIRED: Readonly<Record<Channel, MessageKey>> = {
  call: 'fields.safeContact.callRequired',
  text: 'fields.safeContact.textRequired',
  email: 'fields.safeContact.emailRequired',
  post: 'fields.safeContact.postRequired',
  visit: 'fields.safeContact.visitRequired',
};

// The Story's limits: times 200 characters, names and relationships 100, phones 30.
const TIMES_MAX = 200;
const SHORT_MAX = 100;
const PHONE_MAX = 30;

const unanswered = (question: 'voicemail' | 'alternative' | Channel, key: MessageKey): FieldProblem => ({
  code: key,
  flag: 'valueMissing',
  controls: [`${question}-yes`, `${question}-no`],
});

// Each box has its own words when too long, so two at once never read the same.
const TIMES_TOO_LONG: Readonly<Record<Channel, MessageKey>> = {
  call: 'fields.safeContact.callTimesTooLong',
  text: 'fields.safeContact.textTimesTooLong',
  email: 'fields.safeContact.emailTimesTooLong',
  post: 'fields.safeContact.postTimesTooLong',
  visit: 'fields.safeContact.visitTimesTooLong',
};

const tooLong = (control: string, key: MessageKey, max: number): FieldProblem => ({ code: key, params: { max }, flag: 'tooLong', controls: [control] });

/**
 * Reads the safe-contact answers (raw input) as the Story's SafeContact (parsed stage).
 * Nothing answered is no answer (or, when required, one message for the whole field);
 * once anything is answered every channel needs a yes or no. Every problem is reported at
 * once, in the order shown. Voicemail is only asked when calls are safe, and is false
 * otherwise. Times and the alternative contact are trimmed; blank times are left out.
 */
export function interpretSafeContact(raw: SafeContactAnswers, required: boolean): Interpretation<SafeContact> {
  if (SAFE_CONTACT_ANSWER_KEYS.every((key) => raw[key].trim() === '')) {
    return required ? reject({ code: 'fields.safeContact.required', flag: 'valueMissing', controls: ['call-yes'] }) : noAnswer();
  }
  const problems: FieldProblem[] = [];
  for (const channel of CHANNELS) {
    if (raw[channel] === '') problems.push(unanswered(channel, CHANNEL_REQUIRED[channel]));
    if (raw[channel] === 'yes' && raw[`${channel}Times`].trim().length > TIMES_MAX) problems.push(tooLong(`${channel}-times`, TIMES_TOO_LONG[channel], TIMES_MAX));
    if (channel === 'call' && raw.call === 'yes' && raw.voicemail === '') problems.push(unanswered('voicemail', 'fields.safeContact.voicemailRequired'));
  }
  const alternative = raw.alternative === 'yes' ? alternativeOf(raw) : undefined;
  if (alternative && 'problems' in alternative) problems.push(...alternative.problems);
  const [first, ...rest] = problems;
  if (first) return rejectAll([first, ...rest]);

  const channelOf = (channel: Channel): SafeContact[Channel] => {
    const times = raw[`${channel}Times`].trim();
    return raw[channel] === 'yes' ? { safe: true, ...(times ? { times } : {}) } : { safe: false };
  };
  return accept({
    call: channelOf('call'),
    text: channelOf('text'),
    email: channelOf('email'),
    post: channelOf('post'),
    visit: channelOf('visit'),
    voicemail: raw.call === 'yes' && raw.voicemail === 'yes',
    ...(alternative && 'value' in alternative ? { alternative: alternative.value } : {}),
  });
}

function alternativeOf(raw: SafeContactAnswers): { value: NonNullable<SafeContact['alternative']> } | { problems: FieldProblem[] } {
  const name = raw.alternativeName.trim();
  const phone = raw.alternativePhone.trim();
  const relationship = raw.alternativeRelationship.trim();
  const problems: FieldProblem[] = [];
  if (!name) problems.push({ code: 'fields.safeContact.alternativeNameRequired', flag: 'valueMissing', controls: ['alternative-name'] });
  else if (name.length > SHORT_MAX) problems.push(tooLong('alternative-name', 'fields.safeContact.alternativeNameTooLong', SHORT_MAX));
  if (!phone) problems.push({ code: 'fields.safeContact.alternativePhoneRequired', flag: 'valueMissing', controls: ['alternative-phone'] });
  else if (phone.length > PHONE_MAX || !isPhone(phone)) problems.push({ code: 'fields.safeContact.alternativePhoneInvalid', flag: 'typeMismatch', controls: ['alternative-phone'] });
  if (relationship.length > SHORT_MAX) problems.push(tooLong('alternative-relationship', 'fields.safeContact.alternativeRelationshipTooLong', SHORT_MAX));
  return problems.length > 0 ? { problems } : { value: { name, phone, ...(relationship ? { relationship } : {}) } };
}

/** The answers that show `value` (nothing answered when undefined). */
export function safeContactAnswersOf(value: SafeContact | undefined): SafeContactAnswers {
  const yesNo = (flag: boolean | undefined): YesNoAnswer => (flag === undefined ? '' : flag ? 'yes' : 'no');
  return {
    call: yesNo(value?.call.safe),
    callTimes: value?.call.times ?? '',
    text: yesNo(value?.text.safe),
    textTimes: value?.text.times ?? '',
    email: yesNo(value?.email.safe),
    emailTimes: value?.email.times ?? '',
    post: yesNo(value?.post.safe),
    postTimes: value?.post.times ?? '',
    visit: yesNo(value?.visit.safe),
    visitTimes: value?.visit.times ?? '',
    voicemail: value?.call.safe ? yesNo(value.voicemail) : '',
    alternative: value ? yesNo(value.alternative !== undefined) : '',
    alternativeName: value?.alternative?.name ?? '',
    alternativePhone: value?.alternative?.phone ?? '',
    alternativeRelationship: value?.alternative?.relationship ?? '',
  };
}

/** True when `state` has the shape of {@link SafeContactAnswers}. */
export function isSafeContactAnswers(state: unknown): state is SafeContactAnswers {
  if (typeof state !== 'object' || state === null) return false;
  const record = state as Record<string, unknown>;
  return SAFE_CONTACT_ANSWER_KEYS.every((key) => {
    const answer = record[key];
    return typeof answer === 'string' && (!YES_NO_KEYS.has(key) || answer === '' || answer === 'yes' || answer === 'no');
  });
}

/** A host-assigned SafeContact: every channel an object with a boolean `safe`; else null. */
export function coerceSafeContact(input: unknown): SafeContact | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  const channelsOk = CHANNELS.every((channel) => {
    const entry = record[channel] as Record<string, unknown> | undefined;
    return (
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry['safe'] === 'boolean' &&
      (entry['times'] === undefined || typeof entry['times'] === 'string')
    );
  });
  const alternative = record['alternative'] as Record<string, unknown> | undefined;
  const alternativeOk =
    alternative === undefined ||
    (typeof alternative === 'object' &&
      alternative !== null &&
      typeof alternative['name'] === 'string' &&
      typeof alternative['phone'] === 'string' &&
      (alternative['relationship'] === undefined || typeof alternative['relationship'] === 'string'));
  return channelsOk && typeof record['voicemail'] === 'boolean' && alternativeOk ? (input as SafeContact) : null;
}
