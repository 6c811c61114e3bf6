import { sendKeys } from '@web/test-runner-commands';
import type { MessageKey } from '@onestory/core';

/** The tag of every field element. */
export type FieldTag =
  | 'onestory-text-field'
  | 'onestory-textarea'
  | 'onestory-number-field'
  | 'onestory-money-field'
  | 'onestory-phone-field'
  | 'onestory-email-field'
  | 'onestory-radios'
  | 'onestory-checkboxes'
  | 'onestory-select'
  | 'onestory-date-field'
  | 'onestory-name-field'
  | 'onestory-address-field'
  | 'onestory-safe-contact-field'
  | 'onestory-checklist'
  | 'onestory-household-field';

/**
 * One field element as a person uses it, for the contract suite: how to answer it with
 * the keyboard alone and what the element must then hold and submit.
 */
export interface FieldExample {
  readonly tag: FieldTag;
  /** Properties set before the element is connected (always includes `label`). */
  readonly props: Readonly<Record<string, unknown>>;
  /** Types a valid answer with the keyboard only; focus starts on the first control (an optional checklist's first is its decline button) and stays inside. */
  readonly typeValid: () => Promise<void>;
  /** The value (parsed stage) after {@link typeValid}. */
  readonly validValue: unknown;
  /** The FormData entries after {@link typeValid}, for a field named `answer`. */
  readonly validEntries: readonly (readonly [string, string])[];
  /** Types an answer that is present but wrong, so even an optional field is invalid. */
  readonly typeWrong?: () => Promise<void>;
  /** Answers and then empties the field again (for choices, which cannot be "wrong"). */
  readonly typeThenEmpty?: () => Promise<void>;
  /** The message shown when the field is required and empty. */
  readonly requiredKey: MessageKey;
}

const type = (text: string) => sendKeys({ type: text });
const press = (key: string) => sendKeys({ press: key });

async function steps(...actions: (string | { press: string })[]): Promise<void> {
  for (const action of actions) {
    if (typeof action === 'string') await type(action);
    else await press(action.press);
  }
}
const TAB = { press: 'Tab' } as const;
const DOWN = { press: 'ArrowDown' } as const;
const UP = { press: 'ArrowUp' } as const;
const SPACE = { press: 'Space' } as const;

/** Tabs past an optional checklist's "I'd rather not answer these" button, when focus is on it. */
async function pastDecline(): Promise<void> {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active?.getAttribute('part') === 'decline') await press('Tab');
}

const DOMAINS = [
  { value: 'housing', label: 'Housing' },
  { value: 'money', label: 'Money and debt' },
  { value: 'safety', label: 'Safety and relationships', hint: 'Including domestic abuse' },
];

/** A short checklist: the element takes any number of items (the DASH checklist has 24). */
export const CHECKLIST_ITEMS = [
  { value: 'injury', label: 'Has the current incident resulted in injury?' },
  { value: 'frightened', label: 'Are you very frightened?' },
  { value: 'isolated', label: 'Do you feel isolated from family or friends?', hint: 'For example, are you stopped from seeing them?' },
];

/** Every field element, answered as a person would. */
export const FIELD_EXAMPLES: readonly FieldExample[] = [
  {
    tag: 'onestory-text-field',
    props: { label: 'What would you like to be called?', hint: 'For example, a shortened name', maxLength: 20 },
    typeValid: () => type('Sam'),
    validValue: 'Sam',
    validEntries: [['answer', 'Sam']],
    typeWrong: () => type('A name much longer than twenty'),
    requiredKey: 'required',
  },
  {
    tag: 'onestory-textarea',
    props: { label: 'What is happening?', maxLength: 40 },
    typeValid: () => type('We are behind with the rent'),
    validValue: 'We are behind with the rent',
    validEntries: [['answer', 'We are behind with the rent']],
    typeWrong: () => type('We are behind with the rent and the landlord wants us out'),
    requiredKey: 'required',
  },
  {
    tag: 'onestory-number-field',
    props: { label: 'How many children live with you?', min: 0, max: 20 },
    typeValid: () => type('3'),
    validValue: 3,
    validEntries: [['answer', '3']],
    typeWrong: () => type('three'),
    requiredKey: 'required',
  },
  {
    tag: 'onestory-money-field',
    props: { label: 'How much rent do you owe?', min: 0, max: 10_000_000 },
    typeValid: () => type('£1,250.50'),
    validValue: 125050,
    validEntries: [['answer', '125050']],
    typeWrong: () => type('12.505'),
    requiredKey: 'required',
  },
  {
    tag: 'onestory-phone-field',
    props: { label: 'Telephone number' },
    typeValid: () => type('07700 900982'),
    validValue: '07700 900982',
    validEntries: [['answer', '07700 900982']],
    typeWrong: () => type('12345'),
    requiredKey: 'required.contact.phone',
  },
  {
    tag: 'onestory-email-field',
    props: { label: 'Email address' },
    typeValid: () => type('sam@example.com'),
    validValue: 'sam@example.com',
    validEntries: [['answer', 'sam@example.com']],
    typeWrong: () => type('sam@example'),
    requiredKey: 'required.contact.email',
  },
  {
    tag: 'onestory-radios',
    props: {
      label: 'Do you need an interpreter?',
      options: [
        { value: 'none', label: 'No' },
        { value: 'spoken', label: 'Yes, for a spoken language' },
        { value: 'bsl', label: 'Yes, British Sign Language (BSL)', hint: 'We will book a BSL interpreter' },
      ],
    },
    // Arrow keys move to the next answer and choose it, as with native radios.
    typeValid: () => steps(DOWN),
    validValue: 'spoken',
    validEntries: [['answer', 'spoken']],
    requiredKey: 'required.choice',
  },
  {
    tag: 'onestory-checkboxes',
    props: { label: 'What do you need help with?', hint: 'Select all that apply', options: DOMAINS },
    typeValid: () => steps(SPACE, TAB, TAB, SPACE),
    validValue: ['housing', 'safety'],
    validEntries: [
      ['answer', 'housing'],
      ['answer', 'safety'],
    ],
    typeThenEmpty: () => steps(SPACE, SPACE),
    requiredKey: 'required.choice',
  },
  {
    tag: 'onestory-select',
    props: {
      label: 'Which council do you live in?',
      options: [
        { value: 'cardiff', label: 'Cardiff' },
        { value: 'swansea', label: 'Swansea' },
      ],
    },
    typeValid: () => steps(DOWN, DOWN),
    validValue: 'swansea',
    validEntries: [['answer', 'swansea']],
    typeThenEmpty: () => steps(DOWN, UP),
    requiredKey: 'required.choice',
  },
  {
    tag: 'onestory-date-field',
    props: { label: 'What is your date of birth?', hint: 'For example, 27 3 2007', autocomplete: 'bday' },
    typeValid: () => steps('27', TAB, '3', TAB, '2007'),
    validValue: '2007-03-27',
    validEntries: [['answer', '2007-03-27']],
    typeWrong: () => steps('31', TAB, '2', TAB, '2007'),
    requiredKey: 'date.missing',
  },
  {
    tag: 'onestory-name-field',
    props: { label: 'What is your name?' },
    typeValid: () => steps('Siân', TAB, 'Llewellyn-Jones'),
    validValue: { givenName: 'Siân', familyName: 'Llewellyn-Jones' },
    validEntries: [
      ['answer.givenName', 'Siân'],
      ['answer.familyName', 'Llewellyn-Jones'],
    ],
    typeWrong: () => type('x'.repeat(101)),
    requiredKey: 'required.person.givenName',
  },
  {
    tag: 'onestory-address-field',
    props: { label: 'What is your address?' },
    typeValid: () => steps('1 High Street', TAB, TAB, 'Cardiff', TAB, TAB, 'cf10 1aa'),
    validValue: { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' },
    validEntries: [
      ['answer.line1', '1 High Street'],
      ['answer.town', 'Cardiff'],
      ['answer.postcode', 'CF10 1AA'],
    ],
    typeWrong: () => steps('1 High Street', TAB, TAB, 'Cardiff', TAB, TAB, 'NOT A POSTCODE'),
    requiredKey: 'required.contact.address',
  },
  {
    tag: 'onestory-safe-contact-field',
    props: { label: 'How can we contact you safely?' },
    // In each yes/no question, ArrowDown moves from "Yes" to "No" and chooses it.
    typeValid: () => steps(DOWN, TAB, DOWN, TAB, DOWN, TAB, DOWN, TAB, DOWN, TAB, DOWN),
    validValue: {
      call: { safe: false },
      text: { safe: false },
      email: { safe: false },
      post: { safe: false },
      visit: { safe: false },
      voicemail: false,
    },
    validEntries: [
      ['answer.call.safe', 'false'],
      ['answer.text.safe', 'false'],
      ['answer.email.safe', 'false'],
      ['answer.post.safe', 'false'],
      ['answer.visit.safe', 'false'],
      ['answer.voicemail', 'false'],
    ],
    // Only the first question answered: the others still need a yes or no.
    typeWrong: () => steps(DOWN),
    requiredKey: 'fields.safeContact.required',
  },
  {
    tag: 'onestory-checklist',
    props: { label: 'Risk checklist', hint: 'Answer “not known” if you are not sure', options: CHECKLIST_ITEMS },
    // Space chooses "Yes" in the first item; Tab moves to the next item, where ArrowDown
    // moves from "Yes" to "No" (and once more to "Not known"), choosing as it goes.
    typeValid: async () => {
      await pastDecline();
      await steps(SPACE, TAB, DOWN, TAB, DOWN, DOWN);
    },
    validValue: ['yes', 'no', 'unknown'],
    validEntries: [
      ['answer', 'yes'],
      ['answer', 'no'],
      ['answer', 'unknown'],
    ],
    // Only the first item answered: the others still need an answer.
    typeWrong: async () => {
      await pastDecline();
      await steps(SPACE);
    },
    requiredKey: 'dash.answers',
  },
  {
    tag: 'onestory-household-field',
    props: { label: 'Who lives with you, or is important to your situation?' },
    // The first person's name; type-ahead in the relationship list; their age; Space on
    // "Yes" (they live with the person).
    typeValid: () => steps('Alex', TAB, 'Partner', TAB, '34', TAB, SPACE),
    validValue: [{ name: 'Alex', relationship: 'partner', age: 34, livesWith: true, roles: [] }],
    validEntries: [
      ['answer.0.name', 'Alex'],
      ['answer.0.relationship', 'partner'],
      ['answer.0.age', '34'],
      ['answer.0.livesWith', 'true'],
    ],
    // A name alone: how they are related, and whether they live there, are still to say.
    typeWrong: () => steps('Alex'),
    requiredKey: 'required',
  },
];
