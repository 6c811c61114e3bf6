import { coerceText, interpretPhone, type Interpretation } from '@onestory/core/answers';
import { SingleInputField, type InputSetup } from '../../shared/single-input-field.js';

/**
 * A telephone number: a UK landline or mobile in national or `+44` form by UK rules, or a
 * number from elsewhere in international form, like `+48 512 345 678` (core's `isPhone`).
 *
 * Value: the number as typed, trimmed (`undefined` when blank or not a telephone number). Form
 * data: one entry under `name`.
 *
 * @summary A form-associated telephone number input (UK, or international form).
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
export class OneStoryPhoneField extends SingleInputField<string> {
  protected readonly valueFormat = 'Give a telephone number as a string, like "01632 960 001" or "+48 512 345 678".';

  protected get inputSetup(): InputSetup {
    return { type: 'tel', autocomplete: 'tel', spellcheck: false, width: 'width-20' };
  }

  protected interpret(raw: string): Interpretation<string> {
    return interpretPhone(raw, this.required);
  }

  protected rawFromValue(value: string | undefined): string {
    return value ?? '';
  }

  protected coerce(input: unknown): string | null {
    return coerceText(input);
  }
}
