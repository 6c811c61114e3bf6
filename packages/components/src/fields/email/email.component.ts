import { coerceText, interpretEmail, type Interpretation } from '@onestory/core/answers';
import { SingleInputField, type InputSetup } from '../../shared/single-input-field.js';

/**
 * An email address, GOV.UK email pattern (`type=email`, no spellcheck, `autocomplete=email`).
 *
 * Value: the address, trimmed (`undefined` when blank or not an address). Form data: one
 * entry under `name`.
 *
 * @summary A form-associated email address input.
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
export class OneStoryEmailField extends SingleInputField<string> {
  protected readonly valueFormat = 'Give an email address as a string, like "name@example.com".';

  protected get inputSetup(): InputSetup {
    return { type: 'email', inputmode: 'email', autocomplete: 'email', spellcheck: false }; // inputmode: typed left to right on a right-to-left page too
  }

  protected interpret(raw: string): Interpretation<string> {
    return interpretEmail(raw, this.required);
  }

  protected rawFromValue(value: string | undefined): string {
    return value ?? '';
  }

  protected coerce(input: unknown): string | null {
    return coerceText(input);
  }
}
