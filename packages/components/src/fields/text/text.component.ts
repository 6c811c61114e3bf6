import { coerceText, interpretText, type Interpretation } from '@onestory/core/answers';
import { property } from 'lit/decorators.js';
import { SingleInputField, type InputSetup } from '../../shared/single-input-field.js';

/**
 * A single-line text answer, GOV.UK text input.
 *
 * Value: the text with surrounding spaces trimmed (`undefined` when blank). Form data: one
 * entry, the text, under `name`.
 *
 * @summary A form-associated GOV.UK text input.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart input - The text box.
 *
 * @cssproperty --onestory-font-family - Font of all text.
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-secondary-text-colour - Hint colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 * @cssproperty --onestory-input-border-colour - Border of the text box.
 *
 * @event input - When the text changes (native, re-dispatched from the element, composed).
 * @event change - When the text is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answer invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryTextField extends SingleInputField<string> {
  /** Most characters allowed; defaults to the Story's limit for short answers (100). */
  @property({ type: Number, attribute: 'maxlength' }) accessor maxLength = 100;
  /** The `autocomplete` token for the input, e.g. `given-name`, `organization`. */
  @property() accessor autocomplete = '';

  protected readonly valueFormat = 'Give text, a string.';

  protected get inputSetup(): InputSetup {
    return { type: 'text', autocomplete: this.autocomplete };
  }

  protected interpret(raw: string): Interpretation<string> {
    return interpretText(raw, { required: this.required, maxLength: this.maxLength });
  }

  protected rawFromValue(value: string | undefined): string {
    return value ?? '';
  }

  protected coerce(input: unknown): string | null {
    return coerceText(input);
  }
}
