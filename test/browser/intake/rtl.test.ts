import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unregisterCatalogue } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { axeViolations } from '../helpers/a11y.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { ANSWERS } from './answers.js';
import { chooseServices, clickContinue, decide, fillPagesUntil } from './drive.js';
import { WALKING_SKELETON_URL, exampleInLanguages, headingText, shadow, LONG_FLOW_MS, type SuiteContext } from './intake-helpers.js';

// Right to left, proven with an Arabic catalogue file loaded at run time (a test
// translation, see its "note") and the walking skeleton's texts in Arabic.
const CATALOGUE_URL = '/test/fixtures/catalogues/ar.test-catalogue.json';
const TEXTS_URL = '/test/fixtures/catalogues/walking-skeleton.ar.json';

async function mountArabic(endpoint = 'http://127.0.0.1:9/submissions'): Promise<OneStoryIntakeElement> {
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake .definition=${await exampleInLanguages(WALKING_SKELETON_URL, ['en', 'cy', 'ar'], TEXTS_URL)} endpoint=${endpoint} locale="ar" catalogues=${CATALOGUE_URL}></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1, .fallback'), 'the intake never rendered', { timeout: 5000 });
  await intake.updateComplete;
  return intake;
}

const rect = (element: Element) => element.getBoundingClientRect();

/**
 * Numbers written in groups ("01632 960 100") shown anywhere in the intake, its fields'
 * shadow roots included, that are not held left to right by a left-to-right isolate (or an
 * element of their own with `dir="ltr"`): on a right-to-left page those read backwards
 * ("100 960 01632").
 */
function unisolatedNumbers(intake: OneStoryIntakeElement): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      for (const match of node.data.matchAll(/(?<![\p{L}\p{N}])\d+(?:[ \u00A0]\d+)+/gu)) {
        const heldLeftToRight = node.data[match.index - 1] === '\u2066' || node.parentElement?.dir === 'ltr';
        if (!heldLeftToRight) found.push(`${match[0]} in "${node.data.trim()}"`);
      }
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(shadow(intake));
  return found;
}
const ar = ANSWERS['ar']!;

async function expectAccessible(intake: OneStoryIntakeElement, state: string): Promise<void> {
  const violations = await axeViolations(intake);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe in "${state}"`).to.deep.equal([]);
}

describe('intake: right to left (Arabic catalogue file)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    unregisterCatalogue('ar');
  });

  it('loads the catalogue file, runs right to left, and offers every other language by its own name', async () => {
    const intake = await mountArabic();
    const root = shadow(intake).querySelector<HTMLElement>('.intake')!;
    expect(root.lang).to.equal('ar');
    expect(root.dir).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(headingText(intake)).to.equal('احصل على المساعدة من الخدمات المحلية');
    const switches = [...shadow(intake).querySelectorAll<HTMLButtonElement>('.toolbar button')];
    expect(switches.map((b) => [b.textContent?.trim(), b.lang, b.dir])).to.deep.equal([['English', 'en', 'ltr'], ['Cymraeg', 'cy', 'ltr']]);
    // The Exit button sits at the inline end: the left on a right-to-left page.
    const exit = shadow(shadow(intake).querySelector('onestory-quick-exit')!).querySelector('.button')!;
    expect(exit.textContent?.trim()).to.equal('الخروج من هذه الصفحة');
    expect(rect(exit).left - rect(root).left).to.be.below(rect(root).right - rect(exit).right);
  });

  it('mirrors choices, the error summary and the date, and keeps numbers left to right', async () => {
    const intake = await mountArabic();
    const root = shadow(intake).querySelector('.intake')!;
    await clickContinue(intake);
    const summary = shadow(intake).querySelector<HTMLElement>('.error-summary')!;
    expect(summary.querySelector('h2')?.textContent).to.equal('هناك مشكلة');
    const range = document.createRange();
    range.selectNodeContents(summary.querySelector('h2')!);
    const title = range.getBoundingClientRect();
    expect(rect(summary).right - title.right, 'the summary reads from the right').to.be.below(title.left - rect(summary).left);
    // The invalid question's red bar is on its inline start: the right.
    const checkboxes = shadow(intake).querySelector('onestory-checkboxes')!;
    const group = getComputedStyle(shadow(checkboxes).querySelector('.form-group--error')!);
    expect([group.borderRightWidth !== '0px', group.borderLeftWidth], 'error bar on the right').to.deep.equal([true, '0px']);
    // A checkbox stands at the right of its label.
    const box = shadow(checkboxes).querySelector('.choice__input')!;
    const label = shadow(checkboxes).querySelector('.choice__label')!;
    expect(rect(box).left, 'checkbox right of its label').to.be.above(rect(label).left);

    await chooseServices(intake, ['housing-support', 'money-advice']);
    await clickContinue(intake);
    await fillPagesUntil(intake, 'عنك', ar);
    const date = shadow(intake).querySelector('[data-field="person.dateOfBirth"]')!;
    const [day, , year] = ['day', 'month', 'year'].map((part) => shadow(date).querySelector<HTMLInputElement>(`#${part}`)!);
    expect(rect(day!).left, 'day is the rightmost part').to.be.above(rect(year!).left);
    expect(getComputedStyle(day!).direction).to.equal('ltr');
    const phone = shadow(shadow(intake).querySelector('[data-field="contact.phone"]')!).querySelector('input')!;
    expect(getComputedStyle(phone).direction, 'phone numbers run left to right').to.equal('ltr');
    expect(rect(root).width).to.be.above(0);
  });

  it('has 0 axe violations through the whole journey at 1280 and 320 px, and records Arabic', async () => {
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 800 });
      const endpoint = await testEndpoint();
      const intake = await mountArabic(`${endpoint.url}/submissions`);
      let locale: string | undefined;
      intake.addEventListener('onestory-submit', (event) => (locale = event.detail.submission.locale));
      await expectAccessible(intake, `services ${width}`);
      await clickContinue(intake);
      await expectAccessible(intake, `services error ${width}`);
      await chooseServices(intake, ['housing-support', 'money-advice']);
      await clickContinue(intake);
      await clickContinue(intake);
      await expectAccessible(intake, `page errors ${width}`);
      await fillPagesUntil(intake, 'كيف نستخدم معلوماتك', ar);
      await expectAccessible(intake, `privacy and consent ${width}`);
      // The notice's contacts and the definition's own texts, not only the catalogue's.
      expect(unisolatedNumbers(intake), 'numbers in groups on the privacy and consent step').to.deep.equal([]);
      await decide(intake, 'housing-support', 'referral', 'given');
      await decide(intake, 'money-advice', 'advice', 'refused');
      await clickContinue(intake);
      expect(headingText(intake)).to.equal('تحقق من إجاباتك قبل الإرسال');
      const phone = [...shadow(intake).querySelectorAll('span[dir="ltr"]')].map((s) => s.textContent);
      expect(phone, 'the phone number keeps its order').to.include('07700 900 982');
      // The chosen services' names too (this one holds its helpline number).
      expect(unisolatedNumbers(intake), 'numbers in groups on check answers').to.deep.equal([]);
      await expectAccessible(intake, `check answers ${width}`);
      await clickContinue(intake);
      await waitUntil(() => headingText(intake) === 'تم إرسال معلوماتك', 'not sent', { timeout: 10_000 });
      await expectAccessible(intake, `confirmation ${width}`);
      expect(unisolatedNumbers(intake), 'numbers in groups on the confirmation').to.deep.equal([]);
      expect(locale).to.equal('ar');
      if (width === 320) expect(intake.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(320);
    }
  });
});
