import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { translate, type MessageKey } from '@onestory/core';
import '../../../packages/components/src/fields/address/address.define.js';
import {
  controls,
  entriesOf,
  expectedError,
  KEYBOARD_TEST_TIMEOUT,
  type MochaContext,
  mount,
  type Mounted,
  shownError,
  tabInto,
  tabOut,
} from './contract.js';
import { FIELD_EXAMPLES } from './examples.js';

const ADDRESS = FIELD_EXAMPLES.find((example) => example.tag === 'onestory-address-field')!;

/** Types each box in order (line1, line2, town, county, postcode) with the keyboard, then leaves. */
async function typeAddress(mounted: Mounted, boxes: readonly string[]): Promise<void> {
  await tabInto(mounted);
  for (const [index, text] of boxes.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    if (text) await sendKeys({ type: text });
  }
  await tabOut(mounted);
}

function inputs(mounted: Mounted): Record<string, HTMLInputElement> {
  return Object.fromEntries((controls(mounted.field) as HTMLInputElement[]).map((input) => [input.id, input]));
}

describe('<onestory-address-field>', function (this: MochaContext) {
  this.timeout(KEYBOARD_TEST_TIMEOUT);
  for (const [typed, canonical] of [
    ['sw1a2aa', 'SW1A 2AA'],
    ['  Cf10   1aA ', 'CF10 1AA'],
    ['m11ae', 'M1 1AE'],
    ['GIR0AA', 'GIR 0AA'],
  ] as const) {
    it(`stores the postcode "${typed}" as "${canonical}" and leaves the box as typed`, async () => {
      const mounted = await mount(ADDRESS);
      await typeAddress(mounted, ['Flat 2', '10 Queen Street', 'Cardiff', '', typed]);
      expect(mounted.field.value).to.deep.equal({ line1: 'Flat 2', line2: '10 Queen Street', town: 'Cardiff', postcode: canonical });
      expect(inputs(mounted)['postcode']!.value).to.equal(typed);
      expect(entriesOf(mounted.form)).to.deep.equal([
        ['answer.line1', 'Flat 2'],
        ['answer.line2', '10 Queen Street'],
        ['answer.town', 'Cardiff'],
        ['answer.postcode', canonical],
      ]);
    });
  }

  const problems: readonly (readonly [string, readonly string[], MessageKey, string])[] = [
    ['a postcode that is not a UK postcode', ['1 High Street', '', 'Cardiff', '', 'CF99 ZZZ'], 'postcode.invalid', 'postcode'],
    ['a missing postcode', ['1 High Street', '', 'Cardiff', 'South Glamorgan', ''], 'fields.address.postcodeMissing', 'postcode'],
    ['a missing town', ['1 High Street', '', '', '', 'CF10 1AA'], 'address.town', 'town'],
    ['a missing first line', ['', 'Queen Street', 'Cardiff', '', 'CF10 1AA'], 'address.line1', 'line1'],
  ];
  for (const [what, boxes, key, box] of problems) {
    for (const locale of ['en', 'cy'] as const) {
      it(`says what to fix for ${what}, highlighting only that box (${locale})`, async () => {
        const mounted = await mount(ADDRESS, { locale });
        await typeAddress(mounted, boxes);
        expect(shownError(mounted.field)).to.equal(expectedError(locale, translate(locale, key)));
        const highlighted = Object.values(inputs(mounted)).filter((input) => input.getAttribute('aria-invalid') === 'true');
        expect(highlighted.map((input) => input.id)).to.deep.equal([box]);
        expect(mounted.field.value).to.equal(undefined);
        mounted.field.focus();
        expect(mounted.field.shadowRoot!.activeElement?.id).to.equal(box);
      });
    }
  }

  it('labels each box, with autocomplete tokens for the browser to fill the address', async () => {
    const mounted = await mount(ADDRESS);
    const boxes = inputs(mounted);
    expect(Object.fromEntries(Object.entries(boxes).map(([id, input]) => [id, input.autocomplete]))).to.deep.equal({
      line1: 'address-line1',
      line2: 'address-line2',
      town: 'address-level2',
      county: 'address-level1',
      postcode: 'postal-code',
    });
    const labelOf = (id: string) => boxes[id]!.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
    expect(labelOf('line1')).to.equal('Building and street line 1 of 2');
    expect(labelOf('line2')).to.equal('Building and street line 2 of 2 (optional)');
    expect(labelOf('town')).to.equal('Town or city');
    expect(labelOf('county')).to.equal('County (optional)');
    expect(labelOf('postcode')).to.equal('Postcode');
  });

  it('shows an address set by the host, and reads it back in canonical form', async () => {
    const mounted = await mount(ADDRESS, { value: { line1: '1 High Street', town: 'Swansea', county: 'West Glamorgan', postcode: 'sa1 1aa' } });
    expect(inputs(mounted)['county']!.value).to.equal('West Glamorgan');
    expect(mounted.field.value).to.deep.equal({ line1: '1 High Street', town: 'Swansea', county: 'West Glamorgan', postcode: 'SA1 1AA' });
  });

  it('asks for the whole address when required and left empty, then for each missing part', async () => {
    const mounted = await mount(ADDRESS, { required: true });
    mounted.form.requestSubmit();
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'required.contact.address')));
    await tabInto(mounted);
    await sendKeys({ type: '1 High Street' });
    mounted.form.requestSubmit();
    await mounted.field.updateComplete;
    expect(shownError(mounted.field)).to.equal(expectedError('en', translate('en', 'address.town')));
    expect(mounted.submits()).to.equal(0);
  });
});
