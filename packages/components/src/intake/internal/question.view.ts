import type { Locale, PlannedQuestion } from '@onestory/core';
import { html, nothing, type TemplateResult } from 'lit';
import { initialValue } from './initial-value.directive.js';
import { autocompleteFor, optionsFor, widgetFor } from './widgets.js';

/** What one question needs to be shown. */
export interface QuestionView {
  readonly planned: PlannedQuestion;
  readonly locale: Locale;
  /** The value to start from: the person's answer, else a prefilled one. */
  readonly value: unknown;
  /** The engine's message for this question, '' for none. */
  readonly error: string;
  /** The "(optional)" suffix in `locale`. */
  readonly optionalText: string;
  /** Shown instead of a widget OneStory cannot render yet. */
  readonly unsupportedText: string;
}

/**
 * One question as the field element its widget calls for. The element's id is the
 * question id (the error summary links to it) and `data-field` its Story field (the
 * intake reads answers by it). Labels and hints are text, never HTML.
 */
export function renderQuestion(view: QuestionView): TemplateResult {
  const { planned, locale, value, error } = view;
  const { question } = planned;
  const label = planned.required ? question.label[locale] : `${question.label[locale]} ${view.optionalText}`;
  const hint = question.hint?.[locale] ?? '';
  const id = question.id;
  const field = question.field;
  switch (widgetFor(question)) {
    case 'textarea':
      return html`<onestory-textarea
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-textarea>`;
    case 'number':
      return html`<onestory-number-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-number-field>`;
    case 'radios':
      return html`<onestory-radios
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        .options=${optionsFor(question, locale)}
        ${initialValue(value)}
      ></onestory-radios>`;
    case 'checkboxes':
      return html`<onestory-checkboxes
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        .options=${optionsFor(question, locale)}
        ${initialValue(value)}
      ></onestory-checkboxes>`;
    case 'select':
      return html`<onestory-select
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        .options=${optionsFor(question, locale)}
        ${initialValue(value)}
      ></onestory-select>`;
    case 'date':
      return html`<onestory-date-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        autocomplete=${autocompleteFor(field)}
        ${initialValue(value)}
      ></onestory-date-field>`;
    case 'address':
      return html`<onestory-address-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-address-field>`;
    case 'phone':
      return html`<onestory-phone-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-phone-field>`;
    case 'email':
      return html`<onestory-email-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-email-field>`;
    case 'safe-contact':
      return html`<onestory-safe-contact-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-safe-contact-field>`;
    case 'household':
      return html`<onestory-household-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        ${initialValue(value)}
      ></onestory-household-field>`;
    case 'checklist':
      // No element renders these yet: say so plainly rather than show a broken control.
      return html`<div class="question" id=${id} tabindex="-1">
        <h2 class="question-title">${label}</h2>
        ${hint ? html`<p class="hint">${hint}</p>` : nothing} ${error ? html`<p class="error-message">${error}</p>` : nothing}
        <p class="inset">${view.unsupportedText}</p>
      </div>`;
    case 'text':
      return html`<onestory-text-field
        id=${id}
        data-field=${field}
        name=${field}
        .label=${label}
        .hint=${hint}
        .error=${error}
        .locale=${locale}
        autocomplete=${autocompleteFor(field)}
        ${initialValue(value)}
      ></onestory-text-field>`;
  }
}
