import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { OneStoryFieldElement } from './field-element.js';
import type { FormEntryValue } from './form-entries.js';

/** How the one `<input>` of a single-input field is set up. */
export interface InputSetup {
  readonly type: 'text' | 'tel' | 'email';
  /** CSS width class (`width-10`…), or none for full width. */
  readonly width?: 'width-2' | 'width-4' | 'width-10' | 'width-20';
  readonly inputmode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text';
  /** Text shown before the box (e.g. `£`), GOV.UK's input prefix; hidden from assistive tech (the label says it). */
  readonly prefix?: string;
  readonly autocomplete?: string;
  /** False for names, numbers and addresses, where a spellchecker only gets in the way. */
  readonly spellcheck?: boolean;
}

/**
 * Base of the fields made of one text box (text, number, phone, email): the raw input is
 * the box's string, and the one control has the id `input`.
 */
export abstract class SingleInputField<V extends FormEntryValue> extends OneStoryFieldElement<V, string> {
  /** How the input is set up; read on every render, so it may depend on properties. */
  protected abstract get inputSetup(): InputSetup;

  protected emptyRaw(): string {
    return '';
  }

  protected isRaw(state: unknown): state is string {
    return typeof state === 'string';
  }

  // One template for the whole field (see renderLabelled): these are the most common fields.
  protected renderField(): TemplateResult {
    const setup = this.inputSetup;
    const input = this.#renderInput(setup);
    return html`<div class=${this.groupClass} part="form-group" lang=${this.currentLocale}><label class="label" for="input" part="label">${this.label}</label>${this.renderHint()}${this.renderError()}${
      setup.prefix ? html`<div class="input-wrapper"><div class="input-prefix" part="prefix" aria-hidden="true">${setup.prefix}</div>${input}</div>` : input
    }</div>`;
  }

  #renderInput(setup: InputSetup): TemplateResult {
    return html`<input
      class=${setup.width ? `input ${setup.width}` : 'input'}
      id="input"
      part="input"
      type=${setup.type}
      .value=${live(this.raw)}
      ?disabled=${this.isDisabled}
      inputmode=${setup.inputmode ?? nothing}
      dir=${setup.inputmode && setup.inputmode !== 'text' ? 'ltr' : nothing}
      autocomplete=${setup.autocomplete || nothing}
      spellcheck=${setup.spellcheck === undefined ? nothing : String(setup.spellcheck)}
      aria-required=${this.required ? 'true' : nothing}
      aria-describedby=${this.describedBy()}
      aria-invalid=${this.invalidFor('input')}
      @input=${this.#onInput}
      @change=${this.takeChange}
    />`;
  }

  #onInput = (event: Event): void => {
    this.takeInput((event.target as HTMLInputElement).value, event);
  };
}
