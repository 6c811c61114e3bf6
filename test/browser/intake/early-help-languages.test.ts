import { expect } from '@open-wc/testing';
import type { Submission } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { inLanguages } from '../../support/languages.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { ANSWERS, type StoryAnswers } from './answers.js';
import { chooseServices, clickContinue, fillPagesUntil } from './drive.js';
import {
  EARLY_HELP_URL,
  exampleDefinition,
  exampleInLanguages,
  headingText,
  mountIntake,
  shadow,
  untilHeading,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';

// The early-help example in the languages it can be declared in, each journey to "sent" on
// the real endpoint: English alone (a council in England); English and Welsh, read in Welsh,
// where the organisation's contact is in Welsh too ("Hwb Cymorth Cynnar", not "Early Help
// Hub"); and English, Welsh and Arabic, the third language given as files (the definition's
// texts and the interface catalogue, both test translations: see their "note"), read right
// to left with 0 axe violations on every step.

const AR_CATALOGUE_URL = '/test/fixtures/catalogues/ar.test-catalogue.json';
const AR_TEXTS_URL = '/test/fixtures/catalogues/early-help.ar.json';

/** The step headings a journey passes, in the language it is read in. */
interface Headings {
  readonly services: string;
  readonly privacy: string;
  readonly check: string;
  readonly sent: string;
}
const HEADINGS: Readonly<Record<'en' | 'cy' | 'ar', Headings>> = {
  en: { services: 'Get help from local services', privacy: 'How we use your information', check: 'Check your answers before sending', sent: 'Your information has been sent' },
  cy: { services: 'Cael help gan wasanaethau lleol', privacy: 'Sut rydym yn defnyddio eich gwybodaeth', check: 'Gwiriwch eich atebion cyn anfon', sent: 'Mae eich gwybodaeth wedi’i hanfon' },
  ar: { services: 'احصل على المساعدة من الخدمات المحلية', privacy: 'كيف نستخدم معلوماتك', check: 'تحقق من إجاباتك قبل الإرسال', sent: 'تم إرسال معلوماتك' },
};
const SERVICES = ['housing-support', 'money-advice'];
// What the journey adds to the story answers: it lives alone, and every way of contact is safe.
const SAFE = { safe: true };
const JOURNEY: StoryAnswers = {
  'household.members': [],
  'contact.safeContact': { call: SAFE, text: SAFE, email: SAFE, post: SAFE, visit: SAFE, voicemail: true },
};

type Radios = HTMLElement & { value: unknown };

/**
 * From the first step to "sent": answers each page (choosing {@link SERVICES} on the
 * services step), agrees to every consent question, sends, and returns what the endpoint
 * stored. `onStep` runs on every step shown, "sent" included.
 */
async function walkToSent(
  intake: OneStoryIntakeElement,
  headings: Headings,
  answers: StoryAnswers,
  onStep: (heading: string) => Promise<void> = async () => {},
): Promise<Submission> {
  const marker = String(Math.floor(Math.random() * 1e12)); // digits: no word in any language
  await fillPagesUntil(intake, headings.privacy, { ...answers, ...JOURNEY, 'needs.money.description': `${answers['needs.money.description']} ${marker}` }, {
    onPage: async (heading) => {
      await onStep(heading);
      if (heading === headings.services) await chooseServices(intake, SERVICES);
    },
  });
  await onStep(headings.privacy);
  for (const radios of shadow(intake).querySelectorAll<Radios>('onestory-radios[id^="consent-"]')) {
    radios.value = 'given';
    radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await intake.updateComplete;
  await clickContinue(intake);
  await untilHeading(intake, headings.check);
  await onStep(headings.check);
  await clickContinue(intake);
  await untilHeading(intake, headings.sent);
  await onStep(headings.sent);
  const stored = (await (await testEndpoint()).submissions()).filter((line) => JSON.stringify(line.submission).includes(marker));
  expect(stored, 'stored exactly once').to.have.length(1);
  return stored[0]!.submission;
}

async function mountOnEndpoint(definition: object, attributes: { locale?: string; catalogues?: string } = {}): Promise<OneStoryIntakeElement> {
  return mountIntake(definition, { ...attributes, endpoint: `${(await testEndpoint()).url}/submissions` });
}

const rect = (element: Element) => element.getBoundingClientRect();

/** Every text node under `root`, through shadow roots, that is rendered. */
function visibleTexts(root: Node): Text[] {
  const texts: Text[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      if (node.parentElement?.checkVisibility() && node.data.trim()) texts.push(node);
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts;
}

// Latin words an Arabic page may show: what the person typed, the languages offered by their
// own names, and names that stay as they are in Arabic text (acronyms, a key's name).
const LATIN_ALLOWED = new Set(['English', 'Cymraeg', 'NHS', 'ICO', 'BSL', 'DASH', 'Citizens', 'Advice', 'Wales', 'Shift']);
const latinWordsOf = (text: string) =>
  text
    .replace(/\S+@\S+|\b[\w-]+(?:\.[\w-]+)+(?:\/[\w-]*)*/g, ' ') // email and web addresses
    .replace(/\b[A-Z0-9]{2,4}(?:-[A-Z0-9]{4})+\b/g, ' ') // the reference number and receipt code
    .match(/[A-Za-zÀ-ž][A-Za-zÀ-ž’'-]*/g) ?? [];

/**
 * What is wrong with an Arabic step: not right to left, English left in it, a number whose
 * groups read in the wrong order, a date, phone or postcode box not left to right, or the
 * heading or Exit button on the wrong side.
 */
function rightToLeftProblems(intake: OneStoryIntakeElement, step: string, typed: readonly string[]): string[] {
  const problems: string[] = [];
  const root = shadow(intake).querySelector<HTMLElement>('.intake')!;
  if (root.dir !== 'rtl' || root.lang !== 'ar' || getComputedStyle(root).direction !== 'rtl') problems.push(`${step}: not lang=ar dir=rtl`);
  const allowed = new Set([...LATIN_ALLOWED, ...typed.flatMap(latinWordsOf)]);
  const toolbar = shadow(intake).querySelector('.toolbar');
  for (const text of visibleTexts(shadow(intake))) {
    if (toolbar?.contains(text)) continue;
    const english = latinWordsOf(text.data).filter((word) => !allowed.has(word));
    if (english.length) problems.push(`${step}: not in Arabic: "${text.data.trim()}"`);
    // A number in groups ("07700 900 982", "0303 123 1113") reads left to right: its first
    // group is shown left of its last, whatever the direction of the text around it.
    for (const match of text.data.matchAll(/\d+(?: \d+)+/g)) {
      const first = document.createRange();
      first.setStart(text, match.index);
      first.setEnd(text, match.index + match[0].indexOf(' '));
      const last = document.createRange();
      last.setStart(text, match.index + match[0].lastIndexOf(' ') + 1);
      last.setEnd(text, match.index + match[0].length);
      if (first.getBoundingClientRect().left > last.getBoundingClientRect().left) problems.push(`${step}: "${match[0]}" reads right to left in "${text.data.trim()}"`);
    }
  }
  const h1 = shadow(intake).querySelector('h1')!;
  const heading = document.createRange();
  heading.selectNodeContents(h1);
  const shown = heading.getBoundingClientRect();
  if (rect(root).right - shown.right > shown.left - rect(root).left + 1) problems.push(`${step}: the heading is not at the right`);
  const exit = shadow(shadow(intake).querySelector('onestory-quick-exit')!).querySelector('.button')!;
  if (rect(exit).left - rect(root).left > rect(root).right - rect(exit).right) problems.push(`${step}: the Exit button is not at the left`);
  const inputs = (field: string) => {
    const element = shadow(intake).querySelector(`[data-field="${field}"]`);
    return element ? [...shadow(element).querySelectorAll<HTMLInputElement>('input')] : [];
  };
  for (const field of ['person.dateOfBirth', 'contact.phone', 'contact.email']) {
    for (const input of inputs(field)) if (getComputedStyle(input).direction !== 'ltr') problems.push(`${step}: ${field} #${input.id} is not left to right`);
  }
  const postcode = inputs('contact.address').find((input) => input.autocomplete === 'postal-code');
  if (postcode && getComputedStyle(postcode).direction !== 'ltr') problems.push(`${step}: the postcode is not left to right`);
  const [day, , year] = inputs('person.dateOfBirth');
  if (day && year && rect(day).left < rect(year).left) problems.push(`${step}: the day is not the rightmost part of the date`);
  return problems;
}

describe('intake: the early-help example in each language it declares', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 3);

  it('English alone: loads with no Welsh and no language switch, and is sent in English', async () => {
    const english = inLanguages(await exampleDefinition(EARLY_HELP_URL), ['en']);
    english['nation'] = 'england';
    const intake = await mountOnEndpoint(english);
    expect(headingText(intake)).to.equal('Your safety');
    expect(shadow(intake).querySelectorAll('.toolbar button')).to.have.length(0);
    let notice = '';
    const submission = await walkToSent(intake, HEADINGS.en, ANSWERS['en']!, async (heading) => {
      if (heading === HEADINGS.en.privacy) notice = shadow(intake).querySelector('[part="privacy-notice"]')!.textContent ?? '';
    });
    expect(notice).to.contain('Early Help Hub, Civic Centre, Morlan');
    expect(submission.locale).to.equal('en');
    expect(submission.disclosures.map((d) => d.serviceId).sort()).to.deep.equal(SERVICES);
  });

  it('English and Welsh, read in Welsh: the contacts are in Welsh on the privacy notice, and it is sent in Welsh', async () => {
    const intake = await mountOnEndpoint(await exampleDefinition(EARLY_HELP_URL), { locale: 'cy' });
    expect(headingText(intake)).to.equal('Eich diogelwch');
    let notice = '';
    let page = '';
    const submission = await walkToSent(intake, HEADINGS.cy, ANSWERS['cy']!, async (heading) => {
      if (heading !== HEADINGS.cy.privacy) return;
      notice = shadow(intake).querySelector('[part="privacy-notice"]')!.textContent ?? '';
      page = shadow(intake).textContent ?? '';
    });
    expect(notice).to.contain('Cysylltu: Hwb Cymorth Cynnar, Canolfan Ddinesig, Morlan.');
    expect(notice).to.contain('Swyddog diogelu data: Swyddog Diogelu Data, Canolfan Ddinesig, Morlan.');
    expect(page).to.not.contain('Early Help Hub');
    expect(page).to.not.contain('Civic Centre');
    expect(submission.locale).to.equal('cy');
  });

  it('English, Welsh and Arabic from files, read in Arabic: right to left, numbers left to right, 0 axe violations on every step at 1280 and 320 px, sent in Arabic', async () => {
    const definition = await exampleInLanguages(EARLY_HELP_URL, ['en', 'cy', 'ar'], AR_TEXTS_URL);
    const intake = await mountOnEndpoint(definition, { locale: 'ar', catalogues: AR_CATALOGUE_URL });
    expect(headingText(intake)).to.equal('سلامتك');
    const answers = ANSWERS['ar']!;
    const typed = Object.values(answers).flatMap((value) => (typeof value === 'object' && value ? Object.values(value) : [value])).map(String);
    const problems: string[] = [];
    const steps: string[] = [];
    const check = async (step: string) => {
      steps.push(step);
      problems.push(...rightToLeftProblems(intake, step, typed), ...(await problemsAtEverySize(intake)).map((p) => `${step}: ${p}`));
      if (step !== HEADINGS.ar.services) return;
      // The error summary, once: continuing without choosing a service.
      await clickContinue(intake);
      expect(shadow(intake).querySelector('.error-summary'), 'an error summary').to.exist;
      await check(`${step} (error)`);
    };
    const submission = await walkToSent(intake, HEADINGS.ar, answers, check);
    expect(problems).to.deep.equal([]);
    expect(steps, 'every step was checked').to.include.members([HEADINGS.ar.services, 'السكن والمال', HEADINGS.ar.privacy, HEADINGS.ar.check, HEADINGS.ar.sent]);
    expect(submission.locale).to.equal('ar');
    // "What language would you like us to use?" was answered for the person with the one they used.
    expect(submission.disclosures.map((d) => d.story.access?.language)).to.deep.equal(['العربية', 'العربية']);
  });
});
