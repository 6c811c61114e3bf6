import { coerceText, interpretText, type Interpretation } from '@onestory/core/answers';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { OneStoryFieldElement } from '../../shared/field-element.js';

/**
 * A longer answer in the person's own words, GOV.UK textarea.
 *
 * Value: the text with surrounding spaces trimmed (`undefined` when blank); line breaks are
 * kept. Form data: one entry, the text, under `name`.
 *
 * @summary A form-associated GOV.UK textarea.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart input - The textarea.
 *
 * @cssproperty --onestory-font-family - Font of all text.
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
export class OneStoryTextarea extends OneStoryFieldElement<string, string> {
  /** Most characters allowed; defaults to the Story's limit for long answers (5,000). */
  @property({ type: Number, attribute: 'maxlength' }) accessor maxLength = 5000;
  /** Visible lines. */
  @property({ type: Number }) accessor rows = 5;

  protected readonly valueFormat = 'Give text, a string.';

  protected emptyRaw(): string {
    return '';
  }

  protected isRaw(state: unknown): state is string {
    return typeof state === 'string';
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

  protected renderField(): TemplateResult {
    return this.renderLabelled(html`<textarea
      class="textarea"
      id="input"
      part="input"
      rows=${this.rows}
      .value=${live(this.raw)}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? 'true' : nothing}
      aria-describedby=${this.describedBy()}
      aria-invalid=${this.invalidFor('input')}
      @input=${this.#onInput}
      @change=${this.takeChange}
    ></textarea>`);
  }

  #onInput = (event: Event): void => {
    this.takeInput((event.target as HTMLTextAreaElement).value, event);
  };
}
