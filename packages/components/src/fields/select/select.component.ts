import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type Scalar } from '@onestory/core';
import { coerceChoice, interpretChoice, isScalar, optionIndex, type Interpretation } from '@onestory/core/answers';
import { ChoiceField } from '../../shared/choice-field.js';

/**
 * One answer from a long list, GOV.UK select. Prefer radios for short lists. The first
 * entry is an empty "Select an option"; option hints are not shown (a select cannot).
 *
 * Value: the chosen option's `value`, with its own type (`undefined` when none). Form
 * data: one entry under `name`, the value as text.
 *
 * @summary A form-associated GOV.UK select.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart input - The select.
 *
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When the person chooses an answer (native, re-dispatched, composed).
 * @event change - When the person chooses an answer (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answer invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStorySelect extends ChoiceField<Scalar, Scalar | null> {
  protected readonly valueFormat = 'Give the value of one of the options: a string, number or boolean.';

  protected emptyRaw(): Scalar | null {
    return null;
  }

  protected isRaw(state: unknown): state is Scalar | null {
    return state === null || isScalar(state);
  }

  protected interpret(raw: Scalar | null): Interpretation<Scalar> {
    return interpretChoice(raw, this.usableOptions, this.required);
  }

  protected rawFromValue(value: Scalar | undefined): Scalar | null {
    return value ?? null;
  }

  protected coerce(input: unknown): Scalar | null {
    return coerceChoice(input);
  }

  protected renderField(): TemplateResult {
    const options = this.usableOptions;
    const chosen = optionIndex(options, this.raw);
    // Selectedness is set per option: the select's own `.value` would be set before its
    // options exist on the first render.
    return this.renderLabelled(html`<select
      class="select"
      id="input"
      part="input"
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? 'true' : nothing}
      aria-describedby=${this.describedBy()}
      aria-invalid=${this.invalidFor('input')}
      @input=${this.#onInput}
      @change=${this.takeChange}
    >
      <option value="" .selected=${live(chosen === -1)}>${this.t('fields.select.placeholder')}</option>
      ${options.map((option, index) => html`<option value=${index} .selected=${live(index === chosen)}>${option.label}</option>`)}
    </select>`);
  }

  #onInput = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const option = select.value === '' ? undefined : this.usableOptions[Number(select.value)];
    this.takeInput(option ? option.value : null, event);
  };
}
