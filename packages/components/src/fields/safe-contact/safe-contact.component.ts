import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type MessageKey, type SafeContact } from '@onestory/core';
import {
  CHANNELS,
  coerceSafeContact,
  interpretSafeContact,
  isSafeContactAnswers,
  safeContactAnswersOf,
  type Channel,
  type FieldProblem,
  type Interpretation,
  type SafeContactAnswers,
} from '@onestory/core/answers';
import { choiceStyles } from '../../shared/choice.styles.js';
import { OneStoryFieldElement } from '../../shared/field-element.js';
import { fieldStyles } from '../../shared/field.styles.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { safeContactStyles } from './safe-contact.styles.js';

type YesNoQuestion = Channel | 'voicemail' | 'alternative';
type TextAnswer = 'callTimes' | 'textTimes' | 'emailTimes' | 'postTimes' | 'visitTimes' | 'alternativeName' | 'alternativePhone' | 'alternativeRelationship';

const QUESTION_TEXT: Readonly<Record<YesNoQuestion, MessageKey>> = {
  call: 'fields.safeContact.call',
  text: 'fields.safeContact.text',
  email: 'fields.safeContact.email',
  post: 'fields.safeContact.post',
  visit: 'fields.safeContact.visit',
  voicemail: 'fields.safeContact.voicemail',
  alternative: 'fields.safeContact.alternative',
};

// Control ids of the text answers (the ids problems name).
const CONTROL_OF: Readonly<Record<TextAnswer, string>> = {
  callTimes: 'call-times',
  textTimes: 'text-times',
  emailTimes: 'email-times',
  postTimes: 'post-times',
  visitTimes: 'visit-times',
  alternativeName: 'alternative-name',
  alternativePhone: 'alternative-phone',
  alternativeRelationship: 'alternative-relationship',
};

/**
 * How to contact the person safely, per channel: someone they are afraid of may see their
 * phone, post or door. For each of call, text, email, letters and home visits a yes/no
 * question, with the safe times asked under a yes; voicemail is asked when calls are safe;
 * then an optional alternative safe contact (name, UK phone, relationship).
 *
 * Value: the Story's `SafeContact` (`undefined` until every channel has an answer).
 * Form data: one entry per leaf under `name`: `<name>.call.safe` (`true`/`false`),
 * `<name>.call.times`, … `<name>.voicemail`, `<name>.alternative.name`,
 * `<name>.alternative.phone`, `<name>.alternative.relationship`.
 *
 * @summary A form-associated safe-contact preferences field.
 *
 * @csspart form-group - The wrapper; gets a red bar on the left while an error is shown.
 * @csspart fieldset - The outer fieldset.
 * @csspart label - The legend of the whole field.
 * @csspart hint - The hint.
 * @csspart error - The error message (with its visually hidden "Error:" prefix).
 * @csspart question - One yes/no question (a nested fieldset).
 * @csspart question-legend - The text of one yes/no question.
 * @csspart choice - One yes or no answer.
 * @csspart choice-label - The label of a yes or no answer.
 * @csspart conditional - The follow-up questions revealed under a yes.
 * @csspart part-label - The label of a follow-up text box.
 * @csspart input - Each text box (times, alternative contact).
 *
 * @cssproperty --onestory-text-colour - Text, circle and border colour.
 * @cssproperty --onestory-error-colour - Error message and border colour.
 * @cssproperty --onestory-focus-colour - Focus ring colour.
 * @cssproperty --onestory-border-colour - The rule beside revealed follow-up questions.
 *
 * @event input - When an answer changes (native, re-dispatched from the element, composed).
 * @event change - When an answer is committed (native, re-dispatched, composed).
 * @event invalid - When a validity check or submit attempt finds the answers invalid.
 *
 * @cssstate user-invalid - An error message is shown.
 */
export class OneStorySafeContactField extends OneStoryFieldElement<SafeContact, SafeContactAnswers> {
  static override styles = [tokenStyles, fieldStyles, choiceStyles, safeContactStyles];

  protected readonly valueFormat =
    'Give a SafeContact object: { call, text, email, post, visit } each { safe: boolean, times? }, voicemail: boolean, alternative?: { name, phone, relationship? }.';

  protected emptyRaw(): SafeContactAnswers {
    return safeContactAnswersOf(undefined);
  }

  protected isRaw(state: unknown): state is SafeContactAnswers {
    return isSafeContactAnswers(state);
  }

  protected interpret(raw: SafeContactAnswers): Interpretation<SafeContact> {
    return interpretSafeContact(raw, this.required);
  }

  protected rawFromValue(value: SafeContact | undefined): SafeContactAnswers {
    return safeContactAnswersOf(value);
  }

  protected coerce(input: unknown): SafeContact | null {
    return coerceSafeContact(input);
  }

  // Every problem about one question or box is shown beside it, so all show at once; only
  // "tell us how" (nothing answered) and the host's message stand above the questions.
  protected override renderError(): TemplateResult | typeof nothing {
    return this.error.trim() || this.shownProblems.some((problem) => !this.#partOf(problem)) ? super.renderError() : nothing;
  }

  #partOf(problem: FieldProblem): boolean {
    return problem.code !== 'fields.safeContact.required' && !!problem.controls?.length;
  }

  /** The message shown beside the control `id`, if a problem shown is about it. */
  #problemAt(id: string): string {
    const problem = this.shownProblems.find((p) => this.#partOf(p) && p.controls![0] === id);
    return problem ? this.messageOf(problem) : '';
  }

  #renderPartError(id: string, message: string): TemplateResult | typeof nothing {
    return message
      ? html`<p class="error-message" id=${id} part="error"><span class="visually-hidden">${this.t('ui.errorPrefix')}</span> ${message}</p>`
      : nothing;
  }

  protected renderField(): TemplateResult {
    return this.renderFieldset(html`
      ${CHANNELS.map((channel) =>
        this.#renderYesNo(
          channel,
          html`${this.#renderText(`${channel}Times`, 'fields.safeContact.times', { optional: true, hint: 'fields.safeContact.timesHint' })}
          ${channel === 'call' ? this.#renderYesNo('voicemail') : nothing}`,
        ),
      )}
      ${this.#renderYesNo(
        'alternative',
        html`${this.#renderText('alternativeName', 'fields.safeContact.alternativeName', { autocomplete: 'off' })}
        ${this.#renderText('alternativePhone', 'fields.safeContact.alternativePhone', { type: 'tel', autocomplete: 'off' })}
        ${this.#renderText('alternativeRelationship', 'fields.safeContact.alternativeRelationship', { optional: true })}`,
      )}
    `);
  }

  /** A nested yes/no question; `followUp` is revealed under "Yes" once it is chosen. */
  #renderYesNo(question: YesNoQuestion, followUp?: TemplateResult): TemplateResult {
    const answer = this.raw[question];
    const option = (choice: 'yes' | 'no'): TemplateResult => {
      const id = `${question}-${choice}`;
      return html`<div class="choice radio" part="choice">
        <input
          class="choice__input"
          id=${id}
          type="radio"
          name=${question}
          value=${choice}
          .checked=${live(answer === choice)}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalidFor(id)}
          @input=${this.#onAnswer}
          @change=${this.takeChange}
        />
        <label class="choice__label" for=${id} part="choice-label">${this.t(choice === 'yes' ? 'fields.safeContact.yes' : 'fields.safeContact.no')}</label>
      </div>`;
    };
    const error = this.#problemAt(`${question}-yes`);
    return html`<fieldset class="question" part="question" aria-describedby=${error ? `${question}-error` : nothing}>
      <legend class="legend" part="question-legend">${this.t(QUESTION_TEXT[question])}</legend>
      ${this.#renderPartError(`${question}-error`, error)}
      <div class="choices">
        ${option('yes')}
        ${followUp && answer === 'yes' ? html`<div class="conditional" part="conditional">${followUp}</div>` : nothing}
        ${option('no')}
      </div>
    </fieldset>`;
  }

  #renderText(
    answer: TextAnswer,
    label: MessageKey,
    setup: { readonly optional?: boolean; readonly hint?: MessageKey; readonly type?: 'text' | 'tel'; readonly autocomplete?: string },
  ): TemplateResult {
    const id = CONTROL_OF[answer];
    const hintId = `${id}-hint`;
    const error = this.#problemAt(id);
    const describedBy = [setup.hint ? hintId : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="item">
      <label class="label" for=${id} part="part-label">${this.t(label)}${setup.optional ? ` ${this.t('ui.optional')}` : ''}</label>
      ${setup.hint ? html`<div class="hint" id=${hintId}>${this.t(setup.hint)}</div>` : nothing}
      ${this.#renderPartError(`${id}-error`, error)}
      <input
        class="input ${setup.type === 'tel' ? 'width-20' : ''}"
        id=${id}
        part="input"
        type=${setup.type ?? 'text'}
        data-answer=${answer}
        autocomplete=${setup.autocomplete ?? nothing}
        .value=${live(this.raw[answer])}
        ?disabled=${this.isDisabled}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${this.invalidFor(id)}
        @input=${this.#onText}
        @change=${this.takeChange}
      />
    </div>`;
  }

  #onAnswer = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.takeInput({ ...this.raw, [input.name]: input.value }, event);
  };

  #onText = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const answer = input.dataset['answer'];
    if (answer) this.takeInput({ ...this.raw, [answer]: input.value }, event);
  };
}
