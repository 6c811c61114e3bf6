import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type Scalar } from '@onestory/core';
import { coerceChoice, interpretChoice, isScalar, optionIndex, type Interpretation } from '@onestory/core/answers';
import { ChoiceField } from '../../shared/choice-field.js';
import { choiceStyles } from '../../shared/choice.styles.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * One answer from a short list, GOV.UK radios: a fieldset whose legend is the question,
 * with large 44px targets. Arrow keys move between answers, as with native radios.
 *
 * Value: the chosen option's `value`, with its own type (`undefined` when none). Form
 * data: one entry under `name`, the value as text.
 *
 * @summary A form-associated GOV.UK radio group.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The fieldset grouping the answers.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart choices - The list of answers.
 * @csspart choice - One answer (input, label and hint).
 * @csspart choice-label - The label of one answer.
 * @csspart choice-hint - The hint of one answer.
 *
 * @cssproperty --onestory-text-colour - Text and circle colour.
 * @cssproperty --onestory-error-colour - Error message colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When the person chooses an answer (native, re-dispatched, composed).
 * @event change - When the person chooses an answer (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answer invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryRadios extends ChoiceField<Scalar, Scalar | null> {
  static override styles = [tokenStyles, fieldStyles, choiceStyles];

  /** Lays short answers (such as Yes and No) side by side. */
  @property({ type: Boolean, reflect: true }) accessor inline = false;

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
    const chosen = optionIndex(this.usableOptions, this.raw);
    return this.renderChoices('radio', (index) => index === chosen, this.#onInput, this.inline ? 'choices--inline' : '');
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const option = this.usableOptions[Number(input.value)];
    if (option) this.takeInput(option.value, event);
  };
}
