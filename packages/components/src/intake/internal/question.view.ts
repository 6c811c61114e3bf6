import { type DeclaredField, type Locale, type PlannedQuestion } from '@onestory/core';
import { autocompleteFor, optionsFor, questionText, widgetFor, type Voice, type Widget } from '@onestory/core/engine';
import { displayFor } from '@onestory/core/i18n';
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { initialValue } from './initial-value.directive.js';

/** The element each widget is rendered with. `literal` keeps tag names static (no eval). */
const TAGS: Readonly<Record<Widget, StaticValue>> = {
  text: literal`onestory-text-field`,
  textarea: literal`onestory-textarea`,
  number: literal`onestory-number-field`,
  money: literal`onestory-money-field`,
  radios: literal`onestory-radios`,
  checkboxes: literal`onestory-checkboxes`,
  select: literal`onestory-select`,
  date: literal`onestory-date-field`,
  address: literal`onestory-address-field`,
  phone: literal`onestory-phone-field`,
  email: literal`onestory-email-field`,
  'safe-contact': literal`onestory-safe-contact-field`,
  household: literal`onestory-household-field`,
  checklist: literal`onestory-checklist`,
};

// Widgets given `options`: the answers to choose from, or a checklist's items.
const CHOICE_WIDGETS: ReadonlySet<Widget> = new Set(['radios', 'checkboxes', 'select', 'checklist']);

/** What one question needs to be shown. */
export interface QuestionView {
  readonly planned: PlannedQuestion;
  readonly locale: Locale;
  /** The value to start from: the person's answer, else a prefilled one. */
  readonly value: unknown;
  /** The engine's message for this question, '' for none. */
  readonly error: string;
  /** True when the field should show its own problems, each beside its part (several were found). */
  readonly showProblems?: boolean;
  /** Who the question speaks to: the person (the default), or someone filling it in about them. */
  readonly voice?: Voice;
  /** The "(optional)" suffix in `locale`. */
  readonly optionalText: string;
  /** The definition's declaration of the question's field, when it is a declared one: its type picks the widget and gives the options. */
  readonly declared?: DeclaredField | undefined;
}

/**
 * One question, in its `.question` wrapper, as the field element its widget calls for
 * (one template per question: a page may hold hundreds). The element's id is the
 * question id (the error summary links to it) and `data-field` its Story field (the
 * intake reads answers by it). Labels and hints are text, never HTML. The engine decides
 * what is required; only the checklist is told, because an optional one offers to be left
 * unanswered.
 */
export function renderQuestion(view: QuestionView): TemplateResult {
  const { planned, locale, value, error } = view;
  const { question } = planned;
  const voice = view.voice ?? 'self';
  const text = questionText(question, voice);
  // Right to left, a number in groups in the text ("07700 900 982") keeps its order.
  const shown = displayFor(locale);
  const label = shown(planned.required ? text.label[locale]! : `${text.label[locale]} ${view.optionalText}`);
  const hint = shown(text.hint?.[locale] ?? '');
  const id = question.id;
  const field = question.field;
  const widget = widgetFor(question, view.declared);
  const tag = TAGS[widget];
  // One template for every field element: they share the same public properties.
  return staticHtml`<div class="question"><${tag}
    id=${id}
    data-field=${field}
    .name=${field}
    .label=${label}
    .hint=${hint}
    .error=${error}
    .showProblems=${view.showProblems === true}
    .voice=${voice}
    .locale=${locale}
    .options=${CHOICE_WIDGETS.has(widget) ? optionsFor(question, locale, view.declared, voice) : nothing}
    ?required=${widget === 'checklist' && planned.required}
    autocomplete=${autocompleteFor(field) || nothing}
    ${initialValue(value)}
  ></${tag}></div>`;
}
