import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { type IsoDate, type MessageKey } from '@onestory/core';
import { coerceIsoDate, interpretDate, isDateParts, type Interpretation } from '@onestory/core/answers';
import { datePartsOf, type DateParts } from '@onestory/core/story';
import { OneStoryFieldElement } from '../../shared/field-element.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { dateStyles } from './date.styles.js';

const PART_LABELS: Readonly<Record<keyof DateParts, MessageKey>> = {
  day: 'fields.date.day',
  month: 'fields.date.month',
  year: 'fields.date.year',
};

/**
 * A date, GOV.UK date input: three boxes for day, month and year with the numeric
 * keyboard, read by core's `parseDateParts` (month names in English or Welsh are accepted).
 * While the date cannot be read, the boxes keep exactly what was typed, and the error names
 * the part to fix ("Date must include a month"), highlighting only that box.
 *
 * Value: an ISO date `YYYY-MM-DD` (`undefined` when empty or not yet a real date). Form
 * data: one entry under `name`, the ISO date.
 *
 * @summary A form-associated GOV.UK date input.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The fieldset grouping the three boxes.
 * @csspart label - The legend (the question).
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart date-input - The row of boxes.
 * @csspart part-label - The "Day", "Month" and "Year" labels.
 * @csspart input - Each box; also `input-day`, `input-month`, `input-year`.
 *
 * @cssproperty --onestory-text-colour - Text and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 *
 * @event input - When a box changes (native, re-dispatched from the element, composed).
 * @event change - When a box is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the date invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStoryDateField extends OneStoryFieldElement<IsoDate, DateParts> {
  static override styles = [tokenStyles, fieldStyles, dateStyles];

  /** Set to `bday` for a date of birth, so browsers can fill the boxes (`bday-day`…). */
  @property() accessor autocomplete = '';

  protected readonly valueFormat = 'Give a real date as an ISO string, like "2007-03-27".';

  protected emptyRaw(): DateParts {
    return { day: '', month: '', year: '' };
  }

  protected isRaw(state: unknown): state is DateParts {
    return isDateParts(state);
  }

  protected interpret(raw: DateParts): Interpretation<IsoDate> {
    return interpretDate(raw, this.required);
  }

  protected rawFromValue(value: IsoDate | undefined): DateParts {
    return datePartsOf(value);
  }

  protected coerce(input: unknown): IsoDate | null {
    return coerceIsoDate(input);
  }

  // The three boxes in one template, their events handled once on the row: dates are common.
  protected renderField(): TemplateResult {
    const { day, month, year } = this.raw;
    const bday = this.autocomplete === 'bday';
    const disabled = this.isDisabled;
    return this.renderFieldset(html`<div class="date-input" part="date-input" @input=${this.#onInput} @change=${this.takeChange}>
      <div class="date-input__item">
        <label class="label date-input__label" for="day" part="part-label">${this.t(PART_LABELS.day)}</label>
        <input class="input width-2" id="day" part="input input-day" type="text" inputmode="numeric" dir="ltr" spellcheck="false"
          autocomplete=${bday ? 'bday-day' : nothing} .value=${live(day)} ?disabled=${disabled} aria-invalid=${this.invalidFor('day')} />
      </div>
      <div class="date-input__item">
        <label class="label date-input__label" for="month" part="part-label">${this.t(PART_LABELS.month)}</label>
        <input class="input width-2" id="month" part="input input-month" type="text" inputmode="numeric" dir="ltr" spellcheck="false"
          autocomplete=${bday ? 'bday-month' : nothing} .value=${live(month)} ?disabled=${disabled} aria-invalid=${this.invalidFor('month')} />
      </div>
      <div class="date-input__item">
        <label class="label date-input__label" for="year" part="part-label">${this.t(PART_LABELS.year)}</label>
        <input class="input width-4" id="year" part="input input-year" type="text" inputmode="numeric" dir="ltr" spellcheck="false"
          autocomplete=${bday ? 'bday-year' : nothing} .value=${live(year)} ?disabled=${disabled} aria-invalid=${this.invalidFor('year')} />
      </div>
    </div>`);
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.takeInput({ ...this.raw, [input.id]: input.value }, event);
  };
}
