import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/components/src/fields/date/date.define.js';
import {
  controls,
  expectedError,
  namedMessage,
  KEYBOARD_TEST_TIMEOUT,
  type MochaContext,
  mount,
  type Mounted,
  shownError,
  tabInto,
  tabOut,
} from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const DATE = FIELD_EXAMPLES.find((example) => example.tag === 'onestory-date-field')!;
const TAB = { press: 'Tab' } as const;

async function typeParts(mounted: Mounted, ...parts: string[]): Promise<void> {
  await tabInto(mounted);
  for (const [index, part] of parts.entries()) {
    if (index > 0) await sendKeys(TAB);
    if (part) await sendKeys({ type: part });
  }
  await tabOut(mounted);
}

function boxes(mounted: Mounted): Record<'day' | 'month' | 'year', HTMLInputElement> {
  const [day, month, year] = controls(mounted.field) as HTMLInputElement[];
  return { day: day!, month: month!, year: year! };
}

function invalidBoxes(mounted: Mounted): string[] {
  return Object.entries(boxes(mounted))
    .filter(([, input]) => input.getAttribute('aria-invalid') === 'true')
    .map(([part]) => part);
}

describe('<onestory-date-field>', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  for (const locale of ['en', 'cy'] as const) {
    it(`names the missing part and highlights only its box (${locale})`, async () => {
      const mounted = await mount(DATE, { locale });
      await typeParts(mounted, '27', '', '2007');
      expect(shownError(mounted.field)).to.equal(expectedError(locale, namedMessage(locale, 'date.missingMonth', DATE.props['label'] as string)));
      expect(invalidBoxes(mounted)).to.deep.equal(['month']);
      expect(mounted.field.validity.badInput).to.equal(true);
      expect(mounted.field.value).to.equal(undefined);
    });

    it(`asks for a four-digit year, highlighting the year (${locale})`, async () => {
      const mounted = await mount(DATE, { locale });
      await typeParts(mounted, '27', '3', '07');
      expect(shownError(mounted.field)).to.equal(expectedError(locale, namedMessage(locale, 'date.yearDigits', DATE.props['label'] as string)));
      expect(invalidBoxes(mounted)).to.deep.equal(['year']);
    });

    it(`rejects a date that does not exist, highlighting every box (${locale})`, async () => {
      const mounted = await mount(DATE, { locale });
      await typeParts(mounted, '29', '2', '2023');
      expect(shownError(mounted.field)).to.equal(expectedError(locale, namedMessage(locale, 'date.real', DATE.props['label'] as string)));
      expect(invalidBoxes(mounted)).to.deep.equal(['day', 'month', 'year']);
    });
  }

  it('keeps exactly what was typed while the date cannot be read, and reads it once fixed', async () => {
    const mounted = await mount(DATE);
    await typeParts(mounted, ' 31 ', '2', '2024');
    const { day, month, year } = boxes(mounted);
    expect([day.value, month.value, year.value]).to.deep.equal([' 31 ', '2', '2024']);
    expect(mounted.field.value).to.equal(undefined);
    expect(mounted.field.validity.valid).to.equal(false);

    day.focus();
    day.select();
    await sendKeys({ type: '29' });
    expect(mounted.field.value).to.equal('2024-02-29');
    expect(mounted.field.validity.valid).to.equal(true);
    // The error shown stays until the answer is committed, then goes.
    await tabOut(mounted);
    expect(shownError(mounted.field)).to.equal('');
  });

  it('accepts month names and abbreviations in English and Welsh', async () => {
    for (const [month, iso] of [
      ['Chwefror', '2000-02-01'],
      ['march', '2000-03-01'],
      ['Rhag', '2000-12-01'],
    ] as const) {
      const mounted = await mount(DATE);
      await typeParts(mounted, '1', month, '2000');
      expect(mounted.field.value, month).to.equal(iso);
    }
  });

  it('moves focus to the box in error with focus(), as an error summary link does', async () => {
    const mounted = await mount(DATE);
    await typeParts(mounted, '27', '3', '');
    mounted.field.focus();
    expect(mounted.field.shadowRoot!.activeElement?.id).to.equal('year');
  });

  it('shows a value set by the host in the three boxes, from the property or the attribute', async () => {
    const fromProperty = await mount(DATE, { value: '2001-12-09' });
    const { day, month, year } = boxes(fromProperty);
    expect([day.value, month.value, year.value]).to.deep.equal(['9', '12', '2001']);
    expect(fromProperty.field.value).to.equal('2001-12-09');

    const fromAttribute = await mount(DATE);
    fromAttribute.field.setAttribute('value', '1999-01-31');
    await fromAttribute.field.updateComplete;
    expect(fromAttribute.field.value).to.equal('1999-01-31');
    expect(boxes(fromAttribute).day.value).to.equal('31');
  });

  it('sets up the boxes for phones and autofill: numeric keyboard, bday-* tokens, labels', async () => {
    const mounted = await mount(DATE, { locale: 'cy' });
    const { day, month, year } = boxes(mounted);
    expect([day, month, year].map((input) => input.inputMode)).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect([day, month, year].map((input) => input.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect([day, month, year].map((input) => input.labels?.[0]?.textContent)).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
  });

  it('reports a value it cannot use in the console, without echoing the value', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const mounted = await mount(DATE);
      mounted.field.value = '31/12/2001' as never;
      expect(mounted.field.value).to.equal(undefined);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<onestory-date-field>').and.include('"value"').and.include('ISO');
    expect(errors[0]).to.not.include('31/12/2001');
  });
});
