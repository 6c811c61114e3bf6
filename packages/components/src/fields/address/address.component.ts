import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type Address } from '@onestory/core';
import {
  addressPartsOf,
  coerceAddress,
  interpretAddress,
  isAddressParts,
  type AddressParts,
  type Interpretation,
} from '@onestory/core/answers';
import { OneStoryFieldElement } from '../../shared/field-element.js';

interface PartSetup {
  readonly part: keyof AddressParts;
  readonly autocomplete: string;
  readonly width?: string;
}

const PARTS: readonly PartSetup[] = [
  { part: 'line1', autocomplete: 'address-line1' },
  { part: 'line2', autocomplete: 'address-line2' },
  { part: 'town', autocomplete: 'address-level2', width: 'width-20' },
  { part: 'county', autocomplete: 'address-level1', width: 'width-20' },
  { part: 'postcode', autocomplete: 'postal-code', width: 'width-10' },
];

/**
 * A UK address, GOV.UK address pattern: building and street (two lines), town or city,
 * county and postcode, each with its `autocomplete` token. The postcode is accepted in any
 * case and spacing and stored in canonical form (`SW1A 2AA`); the box keeps what was typed.
 *
 * Value: an `Address` from the Story schema (`undefined` when nothing is typed or it is not
 * complete). Form data: one entry per line, named `<name>.line1`, `<name>.line2`,
 * `<name>.town`, `<name>.county`, `<name>.postcode` (blank optional lines left out).
 *
 * @summary A form-associated GOV.UK address field.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The fieldset grouping the boxes.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart part-label - The label of each box.
 * @csspart input - Each box; also `input-line1`, `input-line2`, `input-town`, `input-county`, `input-postcode`.
 *
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When a box changes (native, re-dispatched from the element, composed).
 * @event change - When a box is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the address invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryAddressField extends OneStoryFieldElement<Address, AddressParts> {
  protected readonly valueFormat = 'Give an object like { line1: "10 Downing Street", town: "London", postcode: "SW1A 2AA" }.';

  protected emptyRaw(): AddressParts {
    return addressPartsOf(undefined);
  }

  protected isRaw(state: unknown): state is AddressParts {
    return isAddressParts(state);
  }

  protected interpret(raw: AddressParts): Interpretation<Address> {
    return interpretAddress(raw, this.required);
  }

  protected rawFromValue(value: Address | undefined): AddressParts {
    return addressPartsOf(value);
  }

  protected coerce(input: unknown): Address | null {
    return coerceAddress(input);
  }

  protected renderField(): TemplateResult {
    return this.renderFieldset(html`${PARTS.map((setup) => this.#renderPart(setup))}`);
  }

  #labelOf(part: keyof AddressParts): TemplateResult {
    const optional = this.t('ui.optional');
    switch (part) {
      case 'line1':
        return html`${this.t('fields.address.line1')} <span class="visually-hidden">${this.t('fields.address.line1Position')}</span>`;
      case 'line2':
        return html`<span class="visually-hidden">${this.t('fields.address.line2')} ${optional}</span>`;
      case 'town':
        return html`${this.t('fields.address.town')}`;
      case 'county':
        return html`${this.t('fields.address.county')} ${optional}`;
      case 'postcode':
        return html`${this.t('fields.address.postcode')}`;
    }
  }

  #renderPart({ part, autocomplete, width }: PartSetup): TemplateResult {
    const required = this.required && part !== 'line2' && part !== 'county';
    return html`<div class="item">
      <label class="label" for=${part} part="part-label">${this.#labelOf(part)}</label>
      <input
        class="input ${width ?? ''}"
        id=${part}
        part="input input-${part}"
        type="text"
        autocomplete=${autocomplete}
        spellcheck=${part === 'postcode' ? 'false' : nothing}
        dir=${part === 'postcode' ? 'ltr' : nothing}
        .value=${live(this.raw[part])}
        ?disabled=${this.isDisabled}
        aria-required=${required ? 'true' : nothing}
        aria-invalid=${this.invalidFor(part)}
        @input=${this.#onInput}
        @change=${this.takeChange}
      />
    </div>`;
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.takeInput({ ...this.raw, [input.id]: input.value }, event);
  };
}
