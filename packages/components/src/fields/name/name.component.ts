import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type MessageKey } from '@onestory/core';
import {
  coerceName,
  interpretName,
  isNameParts,
  namePartsOf,
  type Interpretation,
  type NameParts,
  type PersonName,
} from '@onestory/core/answers';
import { OneStoryFieldElement } from '../../shared/field-element.js';

const PARTS: readonly { readonly part: keyof NameParts; readonly label: MessageKey; readonly autocomplete: string }[] = [
  { part: 'givenName', label: 'fields.name.given', autocomplete: 'given-name' },
  { part: 'familyName', label: 'fields.name.family', autocomplete: 'family-name' },
];

/**
 * A person's name, GOV.UK names pattern: first and last name in separate boxes, no title,
 * no spellcheck, `autocomplete` given-name and family-name.
 *
 * Value: `{ givenName?, familyName? }`, trimmed, blank parts left out (`undefined` when
 * both are blank; `required` needs both). Form data: one entry per part, named
 * `<name>.givenName` and `<name>.familyName`.
 *
 * @summary A form-associated name field (given and family name).
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The fieldset grouping the two boxes.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart part-label - The "First name" and "Last name" labels.
 * @csspart input - Each box; also `input-givenName`, `input-familyName`.
 *
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When a box changes (native, re-dispatched from the element, composed).
 * @event change - When a box is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the name invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryNameField extends OneStoryFieldElement<PersonName, NameParts> {
  protected readonly valueFormat = 'Give an object like { givenName: "Sam", familyName: "Jones" }.';

  protected emptyRaw(): NameParts {
    return namePartsOf(undefined);
  }

  protected isRaw(state: unknown): state is NameParts {
    return isNameParts(state);
  }

  protected interpret(raw: NameParts): Interpretation<PersonName> {
    return interpretName(raw, this.required);
  }

  protected rawFromValue(value: PersonName | undefined): NameParts {
    return namePartsOf(value);
  }

  protected coerce(input: unknown): PersonName | null {
    return coerceName(input);
  }

  protected renderField(): TemplateResult {
    return this.renderFieldset(html`${PARTS.map(
      ({ part, label, autocomplete }) => html`<div class="item">
        <label class="label" for=${part} part="part-label">${this.t(label)}</label>
        <input
          class="input width-20"
          id=${part}
          part="input input-${part}"
          type="text"
          spellcheck="false"
          autocomplete=${autocomplete}
          .value=${live(this.raw[part])}
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.invalidFor(part)}
          @input=${this.#onInput}
          @change=${this.takeChange}
        />
      </div>`,
    )}`);
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.takeInput({ ...this.raw, [input.id]: input.value }, event);
  };
}
