import type { TemplateResult } from 'lit';
import { type Scalar } from '@onestory/core';
import { coerceChoices, interpretChoices, isScalar, optionIndex, type Interpretation } from '@onestory/core/answers';
import { ChoiceField } from '../../shared/choice-field.js';
import { choiceStyles } from '../../shared/choice.styles.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Any number of answers from a list, GOV.UK checkboxes: a fieldset whose legend is the
 * question, with large 44px targets. Space ticks and unticks, as with native checkboxes.
 *
 * Value: the ticked options' values, in the options' order (`undefined` when none is
 * ticked; `required` means at least one). Form data: one entry per ticked option under
 * `name`, as native checkboxes sharing a name give (`formData.getAll(name)`).
 *
 * @summary A form-associated GOV.UK checkbox group.
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
 * @cssproperty --onestory-text-colour - Text and box colour.
 * @cssproperty --onestory-error-colour - Error message colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When an answer is ticked or unticked (native, re-dispatched, composed).
 * @event change - When an answer is ticked or unticked (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answer invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryCheckboxes extends ChoiceField<readonly Scalar[], readonly Scalar[]> {
  static override styles = [tokenStyles, fieldStyles, choiceStyles];

  protected readonly valueFormat = 'Give an array of option values (strings, numbers or booleans).';

  protected emptyRaw(): readonly Scalar[] {
    return [];
  }

  protected isRaw(state: unknown): state is readonly Scalar[] {
    return Array.isArray(state) && state.every(isScalar);
  }

  protected interpret(raw: readonly Scalar[]): Interpretation<readonly Scalar[]> {
    return interpretChoices(raw, this.usableOptions, this.required);
  }

  protected rawFromValue(value: readonly Scalar[] | undefined): readonly Scalar[] {
    return value ?? [];
  }

  protected coerce(input: unknown): readonly Scalar[] | null {
    return coerceChoices(input);
  }

  protected renderField(): TemplateResult {
    const options = this.usableOptions;
    const ticked = new Set(this.raw.map((value) => optionIndex(options, value)));
    return this.renderChoices('checkbox', (index) => ticked.has(index), this.#onInput);
  }

  #onInput = (event: Event): void => {
    const options = this.usableOptions;
    const ticked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')]
      .map((input) => options[Number(input.value)])
      .filter((option) => option !== undefined)
      .map((option) => option.value);
    this.takeInput(ticked, event);
  };
}
