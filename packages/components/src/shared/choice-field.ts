import { isOptionList, sameOptions, type FieldOption } from '@onestory/core/answers';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { reportMisconfiguration } from './dev-warning.js';
import { OneStoryFieldElement } from './field-element.js';
import type { FormEntryValue } from './form-entries.js';

/** Base of the fields that choose among options (radios, checkboxes, select, checklist). */
export abstract class ChoiceField<V extends FormEntryValue, R> extends OneStoryFieldElement<V, R> {
  /**
   * The answers to choose from (a checklist's items), in order: `{ value, label, hint? }`,
   * label and hint as text in the field's language. Property only. A new array with the same options is no change
   * (hosts that render declaratively pass a new one on every render).
   */
  @property({ attribute: false, hasChanged: (next, previous) => !sameOptions(next, previous) }) accessor options: readonly FieldOption[] = [];

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
        'options-invalid',
        'Give an array of { value, label, hint? }: value a string, number or boolean; label and hint strings.',
      );
    }
  }

  /**
   * The fieldset of answers: one radio or checkbox per option, its `value` the option's
   * index, drawn by choice.styles over a 44px target. Events are handled once on the list;
   * each option is one template (its hint included), with its input's `type` written out
   * so the input is never created as a text box first.
   */
  protected renderChoices(
    kind: 'radio' | 'checkbox',
    isChecked: (index: number) => boolean,
    onInput: (event: Event) => void,
    extraClass = '',
  ): TemplateResult {
    const disabled = this.isDisabled;
    const options = this.usableOptions.map((option, index) => {
      const id = `option-${index}`;
      const checked = live(isChecked(index));
      const describedBy = option.hint ? `${id}-hint` : nothing;
      const invalid = this.invalidFor(id);
      const hint = option.hint ? html`<div class="choice__hint" id="${id}-hint" part="choice-hint">${option.hint}</div>` : nothing;
      // Two literal templates, alike but for the input's type and name.
      return kind === 'radio'
        ? html`<div class="choice" part="choice">
            <input class="choice__input" id=${id} type="radio" name="choice" value=${index} .checked=${checked}
              ?disabled=${disabled || !!option.disabled} aria-describedby=${describedBy} aria-invalid=${invalid} />
            <label class="choice__label" for=${id} part="choice-label">${option.label}</label>${hint}
          </div>`
        : html`<div class="choice" part="choice">
            <input class="choice__input" id=${id} type="checkbox" value=${index} .checked=${checked}
              ?disabled=${disabled || !!option.disabled} aria-describedby=${describedBy} aria-invalid=${invalid} />
            <label class="choice__label" for=${id} part="choice-label">${option.label}</label>${hint}
          </div>`;
    });
    const classes = extraClass ? `choices ${kind} ${extraClass}` : `choices ${kind}`;
    return this.renderFieldset(
      html`<div class=${classes} part="choices" @input=${onInput} @change=${this.takeChange}>${options}</div>`,
    );
  }
}
