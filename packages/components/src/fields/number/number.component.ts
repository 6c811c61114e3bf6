import { coerceWholeNumber, interpretWholeNumber, type Interpretation } from '@onestory/core/answers';
import { property } from 'lit/decorators.js';
import { SingleInputField, type InputSetup } from '../../shared/single-input-field.js';

const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/**
 * A whole number, GOV.UK style: a text box with the numeric keyboard (`inputmode`), not
 * `type=number`, whose arrows and scroll-wheel changes people set off by mistake.
 *
 * Value: a number (`undefined` when blank or unreadable). Form data: one entry, the
 * number in digits, under `name`.
 *
 * @summary A form-associated whole-number input.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart input - The text box.
 *
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When the text changes (native, re-dispatched from the element, composed).
 * @event change - When the text is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answer invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryNumberField extends SingleInputField<number> {
  /** Smallest number allowed. */
  @property({ converter: optionalNumber }) accessor min: number | undefined;
  /** Largest number allowed. */
  @property({ converter: optionalNumber }) accessor max: number | undefined;

  protected readonly valueFormat = 'Give a whole number, like 12.';

  protected get inputSetup(): InputSetup {
    return { type: 'text', inputmode: 'numeric', spellcheck: false, width: 'width-10' };
  }

  protected interpret(raw: string): Interpretation<number> {
    return interpretWholeNumber(raw, { required: this.required, min: finite(this.min), max: finite(this.max) });
  }

  protected rawFromValue(value: number | undefined): string {
    return value === undefined ? '' : String(value);
  }

  protected coerce(input: unknown): number | null {
    return coerceWholeNumber(input);
  }
}

function finite(bound: number | undefined): number | undefined {
  return bound !== undefined && Number.isFinite(bound) ? bound : undefined;
}
