import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type MessageKey } from '@onestory/core';
import {
  answerItem,
  CHECKLIST_ANSWERS,
  checklistControlId,
  coerceChecklist,
  interpretChecklist,
  isChecklistAnswer,
  isChecklistRaw,
  type ChecklistAnswer,
  type ChecklistRaw,
  type Interpretation,
} from '@onestory/core/answers';
import { choiceStyles } from '../../shared/choice.styles.js';
import { ChoiceField } from '../../shared/choice-field.js';
import { reportMisconfiguration } from '../../shared/dev-warning.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { checklistStyles } from './checklist.styles.js';

const ANSWER_TEXT: Readonly<Record<ChecklistAnswer, MessageKey>> = {
  yes: 'answer.yes',
  no: 'answer.no',
  unknown: 'answer.unknown',
};

/**
 * A risk checklist, such as SafeLives' DASH: a numbered list of questions, each answered
 * yes, no or not known with three inline radios. Each item is its own fieldset (its legend
 * the numbered question), so Tab moves from item to item and the arrow keys choose within
 * one, as with native radios. The items are its `options` (their `value` identifies the
 * item; answers are kept by position): the service owns the checklist's wording, and the
 * element works for any number of items.
 *
 * Once anything is answered every item needs an answer: the error names the checklist and
 * marks only the items still to answer (`aria-invalid` on their radios, a red bar beside
 * them), and `focus()` then goes to the first of them.
 *
 * Value: one `yes`, `no` or `unknown` per item, in item order (`undefined` until every
 * item is answered). Form data: one entry per item under `name`, in item order
 * (`formData.getAll(name)`).
 *
 * @summary A form-associated yes / no / not known checklist.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The fieldset grouping the whole checklist.
 * @csspart label - The legend of the whole checklist (the question).
 * @csspart hint - The hint of the whole checklist.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart items - The numbered list of items.
 * @csspart item - One item (a nested fieldset with its three answers).
 * @csspart item-label - The numbered text of one item (its legend).
 * @csspart item-hint - The hint of one item.
 * @csspart notice - When optional: says that once begun every item is asked.
 * @csspart decline - When optional: the "I’d rather not answer these" button, which clears every answer.
 * @csspart choice - One answer (yes, no or not known) of an item.
 * @csspart choice-label - The label of one answer.
 *
 * @cssproperty --onestory-text-colour - Text and circle colour.
 * @cssproperty --onestory-error-colour - Error message colour, and the bar beside items still to answer.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When the person answers an item (native, re-dispatched, composed).
 * @event change - When the person answers an item (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answers invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryChecklist extends ChoiceField<readonly ChecklistAnswer[], ChecklistRaw> {
  static override styles = [tokenStyles, fieldStyles, choiceStyles, checklistStyles];

  protected readonly valueFormat = 'Give an array with one "yes", "no" or "unknown" per item, in the items’ order.';

  protected emptyRaw(): ChecklistRaw {
    return [];
  }

  protected isRaw(state: unknown): state is ChecklistRaw {
    return isChecklistRaw(state);
  }

  protected interpret(raw: ChecklistRaw): Interpretation<readonly ChecklistAnswer[]> {
    return interpretChecklist(raw, this.usableOptions.length, this.required);
  }

  protected rawFromValue(value: readonly ChecklistAnswer[] | undefined): ChecklistRaw {
    return value ? [...value] : [];
  }

  protected coerce(input: unknown): readonly ChecklistAnswer[] | null {
    return coerceChecklist(input);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const items = this.usableOptions.length;
    if (items > 0 && this.raw.slice(items).some((answer) => answer !== null)) {
      reportMisconfiguration(this, 'value', 'value-invalid', `${this.valueFormat} There are ${items} items.`);
    }
  }

  // The items in one list, events handled once on it: 24 items make 72 radios.
  protected renderField(): TemplateResult {
    const disabled = this.isDisabled;
    const shown = this.errorMessage !== '';
    const someAnswered = this.raw.some((answer) => answer !== null);
    const items = this.usableOptions.map((item, index) => {
      const answer = this.raw[index] ?? null;
      const hintId = `item-${index}-hint`;
      // Items still to answer get the red bar, once some are answered and the error shows.
      const toAnswer = shown && someAnswered && answer === null && this.invalidFor(checklistControlId(index, 'yes')) === 'true';
      const choices = CHECKLIST_ANSWERS.map((choice) => {
        const id = checklistControlId(index, choice);
        return html`<div class="choice" part="choice"><input class="choice__input" id=${id} type="radio" name=${`item-${index}`} value=${choice} data-item=${index}
          .checked=${live(answer === choice)} ?disabled=${disabled} aria-invalid=${shown ? this.invalidFor(id) : nothing}
          /><label class="choice__label" for=${id} part="choice-label">${this.t(ANSWER_TEXT[choice])}</label></div>`;
      });
      return html`<li class=${toAnswer ? 'checklist__item checklist__item--error' : 'checklist__item'} part="item">
        <fieldset aria-describedby=${item.hint ? hintId : nothing}>
          <legend class="legend" part="item-label">${index + 1}. ${item.label}</legend>
          ${item.hint ? html`<div class="hint checklist__hint" id=${hintId} part="item-hint">${item.hint}</div>` : nothing}
          <div class="choices choices--inline radio">${choices}</div>
        </fieldset>
      </li>`;
    });
    return this.renderFieldset(
      html`${this.#renderAllOrNone(someAnswered)}<ol class="checklist" role="list" part="items" @input=${this.#onInput} @change=${this.takeChange}>${items}</ol>`,
    );
  }

  // An optional checklist says before the first item that, once begun, every item is asked
  // (a partial DASH score would understate the risk), and offers to leave it all unanswered.
  #renderAllOrNone(someAnswered: boolean): TemplateResult | typeof nothing {
    if (this.required) return nothing;
    return html`<p class="checklist__notice" part="notice">${this.t('fields.checklist.allOrNone', { count: this.usableOptions.length })}</p>
      <button type="button" class="checklist__decline" part="decline" ?disabled=${this.isDisabled} @click=${this.#decline}>
        ${this.t('fields.checklist.decline')}
      </button>
      <p class="checklist__status" role="status">${this.#declined && !someAnswered ? this.t('fields.checklist.declined') : ''}</p>`;
  }

  #declined = false;

  #decline = (): void => {
    this.#declined = true;
    this.takeInput([], new Event('input'));
    this.takeChange(new Event('change'));
  };

  #onInput = (event: Event): void => {
    this.#declined = false;
    const input = event.target as HTMLInputElement;
    const index = Number(input.dataset['item']);
    if (!Number.isInteger(index) || !isChecklistAnswer(input.value)) return;
    this.takeInput(answerItem(this.raw, this.usableOptions.length, index, input.value), event);
  };
}
