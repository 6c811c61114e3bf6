// What a person says to the intake, chosen by what they read: a question's label or legend,
// a box's label, an option's label; never an option's value, index or position. Pure (no
// DOM, no Node APIs), so the Node Playwright driver (intake-driver.ts) and the in-browser
// helpers share it. A new question needs an entry in a map, never driver code.
import { translate, type Locale, type MessageKey } from '@onestory/core';

/**
 * The answer to a question, or to one box of it, by what the person reads:
 * - a string: the option to choose (in each group of radios, or a select, the question has)
 *   or the text to type (a one-box question);
 * - a boolean: whether to tick the checkbox of that label;
 * - `{ tick }`: the checkboxes of the question to tick, by label (the others stay unticked);
 * - `{ boxes }`: per box of the question, by the box's label or its group's legend.
 */
export type Answer =
  | string
  | boolean
  | { readonly tick: readonly string[] }
  | { readonly boxes: Readonly<Record<string, string | boolean>> };

/** Answers keyed by the text the person reads: a question's label or legend, or a box's label. */
export type AnswerMap = Readonly<Record<string, Answer>>;

/** One box (input, text area, select) of the step, as the person reads it. */
export interface SeenBox {
  /** The question holding it: its label or legend as shown (with any "(optional)"). */
  readonly question: string;
  /** The box's own label ("Day", "No", "Postcode"); a one-box question's is the question's. */
  readonly label: string;
  /** The legend of the fieldset holding it inside the question, if any (radios' is the question's). */
  readonly group: string;
  readonly tag: string;
  readonly type: string;
  readonly autocomplete: string;
  readonly inputmode: string;
}

const LOCALES: readonly Locale[] = ['en', 'cy'];
/** The same answer under a UI text in every language (`answer` given the language). */
const inEvery = (key: MessageKey, answer: (locale: Locale) => Answer): [string, Answer][] =>
  LOCALES.map((locale) => [translate(locale, key), answer(locale)]);
const yearsFromNow = (years: number) => String(new Date().getFullYear() + years);
const NEXT_YEAR: Answer = { boxes: Object.fromEntries(LOCALES.map((locale) => [translate(locale, 'fields.date.year'), yearsFromNow(1)])) };

/**
 * What every driven intake answers unless a test says otherwise, in English and Welsh:
 * filling it in for oneself, nobody in danger, no interpreter, renting privately (so the
 * notice and arrears questions are asked), born 21 years ago on 28 February (eligible for
 * every example service), a service's own dates next year (the notice to leave is future
 * only), safe to call, text, email and write to but not to visit, one household member
 * who does not live with them ("Nobody else" unticked).
 */
export const DEFAULT_ANSWERS: AnswerMap = {
  'Who is filling in this form?': 'I am asking for help for myself',
  'Pwy sy’n llenwi’r ffurflen hon?': 'Rwy’n gofyn am help i mi fy hun',
  'Is anyone in danger right now?': 'No',
  'A oes unrhyw un mewn perygl ar hyn o bryd?': 'Nac oes',
  'Do you need an interpreter?': 'No',
  'Oes angen cyfieithydd arnoch chi?': 'Nac oes',
  'Where do you live now?': 'I rent from a private landlord',
  'Ble rydych chi’n byw nawr?': 'Rwy’n rhentu gan landlord preifat',
  'If you have been told to leave, when does your notice end?': NEXT_YEAR,
  'Os ydych wedi cael gwybod bod rhaid i chi adael, pryd mae eich hysbysiad yn dod i ben?': NEXT_YEAR,
  'When is your baby due, or when were they born?': NEXT_YEAR,
  'Pryd mae disgwyl eich babi, neu pryd cafodd ei eni?': NEXT_YEAR,
  'How much rent do you owe, if any?': '1250.50',
  'Faint o rent sydd arnoch chi, os o gwbl?': '1250.50',
  'Are you at school, college, in training or in work?': 'In training or an apprenticeship',
  'Ydych chi yn yr ysgol, yn y coleg, mewn hyfforddiant neu mewn gwaith?': 'Mewn hyfforddiant neu brentisiaeth',
  'Have you had treatment or support for drugs or alcohol before?': translate('en', 'ui.no'),
  'Ydych chi wedi cael triniaeth neu gymorth ar gyfer cyffuriau neu alcohol o’r blaen?': translate('cy', 'ui.no'),
  // Every item of the risk checklist.
  'Domestic abuse, stalking and harassment risk checklist (DASH)': translate('en', 'ui.no'),
  'Rhestr wirio risg cam-drin domestig, stelcian ac aflonyddu (DASH)': translate('cy', 'ui.no'),
  'What is your NHS number?': '943 476 5919',
  'Beth yw eich rhif GIG?': '943 476 5919',
  // Boxes the components label themselves, in whichever question they appear.
  ...Object.fromEntries([
    ...inEvery('fields.date.day', () => '28'),
    ...inEvery('fields.date.month', () => '2'),
    ...inEvery('fields.date.year', () => yearsFromNow(-21)),
    ...inEvery('ui.household.nobodyElse', () => false),
    ...inEvery('ui.household.livesWith', (locale) => translate(locale, 'ui.household.no')),
    // Safe to call, text, email and write to; not to visit or leave a voicemail.
    ...(['call', 'text', 'email', 'post'] as const).flatMap((way) => inEvery(`fields.safeContact.${way}`, (locale) => translate(locale, 'fields.safeContact.yes'))),
    ...(['visit', 'voicemail', 'alternative'] as const).flatMap((way) => inEvery(`fields.safeContact.${way}`, (locale) => translate(locale, 'fields.safeContact.no'))),
    ...inEvery('ui.household.relationship', (locale) => capitalised(translate(locale, 'answer.relationship.friend'))),
  ]),
};

/**
 * Options chosen wherever they are offered and no entry says otherwise: agreeing to each
 * consent question; and, on the address screen (someone feared in the household), being
 * reached only in the safe ways marked, whatever they are (an option read from its start).
 */
export const DEFAULT_CHOICES: readonly string[] = LOCALES.map((locale) => translate(locale, 'ui.consent.agree'));
const DEFAULT_CHOICE_STARTS: readonly string[] = LOCALES.map((locale) => translate(locale, 'ui.address.choice.safe-way', { ways: '' }).replace(/\(\)$/, ''));

/** What goes in a text box no entry names, by the kind of box: valid for its format. */
export const BOX_DEFAULTS: readonly { readonly when: Partial<Pick<SeenBox, 'type' | 'inputmode' | 'autocomplete'>>; readonly text: string }[] = [
  { when: { autocomplete: 'postal-code' }, text: 'SA11 1AA' },
  { when: { type: 'tel' }, text: '07700 900461' },
  { when: { type: 'email' }, text: 'person@example.com' },
  { when: { inputmode: 'numeric' }, text: '3' },
  // Money: a "£" box with the decimal keyboard, in pounds and pence.
  { when: { inputmode: 'decimal' }, text: '1250.50' },
];

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Text as read: whitespace collapsed, trimmed. */
export function asRead(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const OPTIONAL = LOCALES.map((locale) => ` ${translate(locale, 'ui.optional')}`);

/** The entry for `text`, as shown or without its "(optional)". */
function entry(map: AnswerMap, text: string): Answer | undefined {
  const read = asRead(text);
  if (read in map) return map[read];
  const suffix = OPTIONAL.find((s) => read.endsWith(s));
  return suffix ? map[read.slice(0, -suffix.length)] : undefined;
}

/** The answer for `box` from `map`: its question's entry for it, else its own label's (or group's), else its question's. */
export function answerFor(box: SeenBox, map: AnswerMap): string | boolean | undefined {
  const question = entry(map, box.question);
  if (question !== undefined && typeof question === 'object') {
    if ('tick' in question) return box.type === 'checkbox' ? question.tick.includes(asRead(box.label)) : undefined;
    const own = question.boxes[asRead(box.label)] ?? question.boxes[asRead(box.group)];
    if (own !== undefined) return own;
  }
  const isChoice = box.type === 'radio' || box.tag === 'select';
  const own = entry(map, box.type === 'radio' && box.group ? box.group : box.label);
  if (own !== undefined && typeof own !== 'object') return own;
  if (typeof question !== 'object' && (isChoice || asRead(box.label) === asRead(box.question))) return question;
  return undefined;
}

/**
 * The option to choose, by label, in a radio group or select whose boxes are `group`
 * (a select's `offered` are its options' labels): the entry's, else a {@link DEFAULT_CHOICES}
 * one offered. Throws, naming the question and what it offers, when neither applies, so a
 * new question gets an entry instead of a guess.
 */
export function chooseOption(box: SeenBox, offered: readonly string[], map: AnswerMap): string {
  const labels = offered.map(asRead);
  const answer = answerFor(box, map);
  const where = `"${asRead(box.question)}"${box.group && asRead(box.group) !== asRead(box.question) ? ` › "${asRead(box.group)}"` : ''}`;
  if (typeof answer === 'string') {
    if (labels.includes(asRead(answer))) return asRead(answer);
    throw new Error(`The answer "${answer}" to ${where} is not offered (it offers ${labels.map((l) => `"${l}"`).join(', ')})`);
  }
  const preferred = DEFAULT_CHOICES.find((choice) => labels.includes(choice)) ?? labels.find((label) => DEFAULT_CHOICE_STARTS.some((start) => label.startsWith(start)));
  if (preferred) return preferred;
  throw new Error(`No answer for ${where} (it offers ${labels.map((l) => `"${l}"`).join(', ')}): add one to the answer map`);
}

/** Whether to tick a checkbox: the entry's word, else yes (every service, every need). */
export function shouldTick(box: SeenBox, map: AnswerMap): boolean {
  const answer = answerFor(box, map);
  return typeof answer === 'boolean' ? answer : true;
}

/** What to type in a text box: the entry's text, else a {@link BOX_DEFAULTS} one for its kind, else undefined (free text). */
export function textFor(box: SeenBox, map: AnswerMap): string | undefined {
  const answer = answerFor(box, map);
  if (typeof answer === 'string') return answer;
  return BOX_DEFAULTS.find(({ when }) => Object.entries(when).every(([key, value]) => box[key as keyof SeenBox] === value))?.text;
}
