import { coerceWholeNumber, interpretMoney, penceToInput, type Interpretation } from '@onestory/core/answers';
import { property } from 'lit/decorators.js';
import { SingleInputField, type InputSetup } from '../../shared/single-input-field.js';

const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined => (value === null || value.trim() === '' ? undefined : Number(value)),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/**
 * An amount of money in pounds and pence, GOV.UK style: a text box with a "£" prefix and
 * the decimal keyboard. People type `1250`, `1,250.50` or `£1250.5`; the value is the
 * amount in **pence** (a whole number, so nothing is lost to rounding).
 *
 * Value: pence as a number (`undefined` when blank or unreadable). Form data: one entry,
 * the pence in digits, under `name`.
 *
 * @summary A form-associated money input.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart prefix - The "£" before the box.
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
export class OneStoryMoneyField extends SingleInputField<number> {
  /** Smallest amount allowed, in pence. */
  @property({ converter: optionalNumber }) accessor min: number | undefined;
  /** Largest amount allowed, in pence. */
  @property({ converter: optionalNumber }) accessor max: number | undefined;

  protected readonly valueFormat = 'Give an amount in pence, like 125050 for £1,250.50.';

  protected get inputSetup(): InputSetup {
    return { type: 'text', inputmode: 'decimal', spellcheck: false, width: 'width-10', prefix: '£' };
  }

  protected interpret(raw: string): Interpretation<number> {
    return interpretMoney(raw, { required: this.required, min: finite(this.min), max: finite(this.max) });
  }

  protected rawFromValue(value: number | undefined): string {
    return value === undefined ? '' : penceToInput(value);
  }

  protected coerce(input: unknown): number | null {
    return coerceWholeNumber(input);
  }
}

function finite(bound: number | undefined): number | undefined {
  return bound !== undefined && Number.isFinite(bound) ? bound : undefined;
}
