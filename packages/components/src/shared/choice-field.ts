import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { reportMisconfiguration } from './dev-warning.js';
import { OneStoryFieldElement } from './field-element.js';
import type { FormEntryValue } from './form-entries.js';
import { isOptionList, type FieldOption } from './options.js';

/** Base of the fields that choose among options (radios, checkboxes, select). */
export abstract class ChoiceField<V extends FormEntryValue, R> extends OneStoryFieldElement<V, R> {
  /**
   * The answers to choose from, in order: `{ value, label, hint? }`, label and hint as text
   * in the field's language. Property only.
   */
  @property({ attribute: false }) accessor options: readonly FieldOption[] = [];

  /** The options, or none when `options` is malformed (reported once in the console). */
  protected get usableOptions(): readonly FieldOption[] {
    return isOptionList(this.options) ? this.options : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('options') && !isOptionList(this.options)) {
      reportMisconfiguration(
        this,
        'options',
        'Give an array of { value, label, hint? }: value a string, number or boolean; label and hint strings.',
      );
    }
  }

  /** The label and optional hint of option `index`, shared by radios and checkboxes. */
  protected renderOptionText(option: FieldOption, index: number): TemplateResult {
    return html`<label class="choice__label" for="option-${index}" part="choice-label">${option.label}</label>
      ${option.hint
        ? html`<div class="choice__hint" id="option-${index}-hint" part="choice-hint">${option.hint}</div>`
        : nothing}`;
  }
}
