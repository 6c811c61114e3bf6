import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { translate, type Locale, type MessageKey } from '@onestory/core';
import { problemsOf, type FieldProblem, type Interpretation } from '@onestory/core/answers';
import { namingKeyOf, voicedKey, type Voice } from '@onestory/core/engine';
import { isLocale } from '@onestory/core/i18n';
import { reportMisconfiguration } from './dev-warning.js';
import { ensureLocale, needsLoading } from './languages.js';
import { FeedbackController } from './feedback.controller.js';
import { fieldStyles } from './field.styles.js';
import { formEntriesOf, type FormEntryValue } from './form-entries.js';
import { redispatchFromHost } from './redispatch.js';
import { tokenStyles } from './tokens.styles.js';

/** The custom state set while an error message is shown: `:state(user-invalid)`. */
export const USER_INVALID_STATE = 'user-invalid';

/**
 * The form-associated base of every OneStory field element.
 *
 * Value stages: the element keeps the **raw input** (`R`: exactly what is in the boxes,
 * kept while it cannot be read, e.g. a half-typed date) and derives the **parsed value**
 * (`V`, the Story value) from it with a pure `interpret()`. `value` reads and writes the
 * parsed stage; setting it replaces the raw input with the value's own form.
 *
 * Form participation goes through `ElementInternals` only (no hidden inputs): the value is
 * contributed with `setFormValue`, the raw input saved as state for history restore,
 * validity set with a localised message and the control in error as anchor. Validation
 * messages are catalogue keys from `@onestory/core`, shown in the field's `locale`.
 *
 * Feedback is shown (inline error, `aria-invalid`, `:state(user-invalid)`) only after the
 * person changed the answer and left the field, or tried to submit or check the form (see
 * {@link FeedbackController}). An `error` set by the host is always shown.
 *
 * The native `input` and `change` events of the inner controls are re-dispatched from the
 * element itself (bubbling and composed), after `value` is updated.
 */
export abstract class OneStoryFieldElement<V extends FormEntryValue, R> extends LitElement {
  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;
  // `label for` pointing at the element, and clicks on its non-interactive parts, focus
  // the first control inside.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokenStyles, fieldStyles];

  /** Name under which the value is submitted with a form. Without one, nothing is submitted. */
  @property({ reflect: true }) accessor name = '';
  /** An answer is required: an empty field is invalid (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) accessor required = false;
  /** Disables every control; a disabled field is not validated or submitted. */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** The question: the visible label (or legend, for a group). Text, never HTML. */
  @property() accessor label = '';
  /** Hint text under the label. */
  @property() accessor hint = '';
  /**
   * An error message from the host (e.g. the intake's engine). Shown inline at once, with a
   * visually hidden "Error:" prefix, and makes the field invalid (`customError`) until cleared.
   */
  @property() accessor error = '';
  /** Language of the field's own text (`en` or `cy`): part labels and validation messages. */
  @property() accessor locale: Locale = 'en';
  /**
   * Shows the field's own validation messages now, as a submit attempt would: a field of
   * several questions then shows each problem beside its question (the intake sets it when
   * one Continue found several problems in one field).
   */
  @property({ type: Boolean, attribute: 'show-problems' }) accessor showProblems = false;
  /**
   * Who the field's own questions speak to: `self` ("Is it safe to call you?") or `other`,
   * when someone fills the form in about another person ("Is it safe to call them?").
   */
  @property() accessor voice: Voice = 'self';

  /** This element's form internals. */
  protected readonly internals: ElementInternals = this.attachInternals();
  readonly #feedback = new FeedbackController(this, () => this.#refreshShownProblem());
  #raw: R = this.emptyRaw();
  #defaultRaw: R | undefined;
  #hasDefault = false;
  #shown: readonly FieldProblem[] = [];
  #formDisabled = false;
  #pendingSync = false;

  /** The answer (parsed stage: the Story value), or `undefined` when there is none or it cannot be read. */
  get value(): V | undefined {
    return this.interpret(this.#raw).value;
  }

  /**
   * What is wrong with what was typed, as data (`code`, a catalogue key; `params`; the controls it
   * is about), whether shown yet or not; empty when the input reads or is empty. A form that
   * decides `required` itself (the intake) reports these beside its own.
   */
  get inputProblems(): readonly FieldProblem[] {
    return problemsOf(this.interpret(this.#raw));
  }
  @property({ attribute: 'value' })
  set value(next: V | undefined) {
    const input: unknown = next;
    let usable: V | undefined;
    if (input === undefined || input === null || input === '') {
      usable = undefined;
    } else {
      const coerced = this.coerce(input);
      if (coerced === null) reportMisconfiguration(this, 'value', 'value-invalid', this.valueFormat);
      usable = coerced ?? undefined;
    }
    this.#raw = this.rawFromValue(usable);
    this.#syncFormNow();
    this.#feedback.noteCommit();
  }

  /** The form this field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The labels pointing at this element from the light DOM. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** The validity state (reading it shows nothing). */
  get validity(): ValidityState {
    this.#syncPending();
    return this.internals.validity;
  }
  /** The message the field is invalid with, in its locale; empty when valid. */
  get validationMessage(): string {
    this.#syncPending();
    return this.internals.validationMessage;
  }
  /** True when the field takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The element's tag name, as `type` is for native controls. */
  get type(): string {
    return this.localName;
  }

  /** True when valid. When not, fires `invalid`, which makes the field show its error. */
  checkValidity(): boolean {
    this.#syncPending();
    return this.internals.checkValidity();
  }
  /** Like {@link checkValidity}, and the browser reports the problem to the person. */
  reportValidity(): boolean {
    this.#syncPending();
    return this.internals.reportValidity();
  }

  /** Focuses the control in error when an error is shown, else the first control. */
  override focus(options?: FocusOptions): void {
    const target = this.#controlById(this.errorMessage ? this.#shown[0]?.controls?.[0] : undefined) ?? this.firstControl();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** @internal Called by the browser when the form is reset: back to the first value. */
  formResetCallback(): void {
    this.#raw = this.#hasDefault ? (this.#defaultRaw as R) : this.emptyRaw();
    this.#feedback.reset();
    this.#shown = [];
    this.#syncForm();
    this.requestUpdate();
  }

  /** @internal Called by the browser to restore the raw input after history navigation. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let saved: unknown;
    try {
      saved = JSON.parse(state);
    } catch {
      return;
    }
    if (!this.isRaw(saved)) return;
    this.#raw = saved;
    this.#syncForm();
    this.requestUpdate();
  }

  /** @internal Called by the browser when a surrounding fieldset or the element is disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncFormNow();
  }

  // ---- What each field defines -------------------------------------------------------

  /** The raw input of an empty field. Must not read instance fields (called during construction). */
  protected abstract emptyRaw(): R;
  /** The raw input that shows `value` (undefined: empty). */
  protected abstract rawFromValue(value: V | undefined): R;
  /** Reads the raw input: the parsed value, or the first problem. Pure apart from reading properties. */
  protected abstract interpret(raw: R): Interpretation<V>;
  /** True when `state` (saved raw input, parsed from JSON) has the shape of `R`. */
  protected abstract isRaw(state: unknown): state is R;
  /** Turns what a host assigned to `value` into a value; `null` when it cannot be used. */
  protected abstract coerce(input: unknown): V | null;
  /** How a usable `value` looks, for the developer (named in a console error). */
  protected abstract readonly valueFormat: string;
  /**
   * The whole field: the form group (`part="form-group"`, `lang`, the error bar) holding the
   * label, hint, error and controls. {@link renderLabelled} and {@link renderFieldset} give
   * it; a field may also write it as one template, which renders faster than nesting.
   */
  protected abstract renderField(): TemplateResult;

  // ---- For subclasses -------------------------------------------------------------------

  /** The current raw input. */
  protected get raw(): R {
    return this.#raw;
  }

  /** The person changed a control: take its raw input and re-dispatch its `input` event. */
  protected takeInput(raw: R, event: Event): void {
    this.#raw = raw;
    this.#feedback.noteInput();
    this.#syncForm();
    this.requestUpdate();
    redispatchFromHost(this, event);
  }

  /** A control committed its value: refresh shown feedback and re-dispatch its `change` event. */
  protected takeChange(event: Event): void {
    this.#feedback.noteCommit();
    redispatchFromHost(this, event);
  }

  /** The field's language, falling back to English when `locale` is not one we have. */
  protected get currentLocale(): Locale {
    return isLocale(this.locale) ? this.locale : 'en';
  }

  /** A catalogue message in the field's language. */
  protected t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return translate(this.currentLocale, voicedKey(key, this.voice === 'other' ? 'other' : 'self'), params);
  }

  /** True when controls must be disabled (own attribute or a disabled fieldset). */
  protected get isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** The error message shown now ('' for none): the host's `error`, else our own once feedback is due. */
  protected get errorMessage(): string {
    const external = this.error.trim();
    if (external) return external;
    const [first] = this.shownProblems;
    return first ? this.messageOf(first) : '';
  }

  /** Our own problems shown now, in order (none while the host's `error` is shown or before feedback is due). */
  protected get shownProblems(): readonly FieldProblem[] {
    return this.error.trim() || !this.#feedback.visible ? [] : this.#shown;
  }

  /**
   * A problem's message in the field's language, naming the question ("Select an option"
   * says nothing on a page of several; "Select an answer to “Is anyone in danger?”" does).
   */
  protected messageOf(problem: FieldProblem): string {
    const question = this.#questionName();
    if (!question) return this.t(problem.code, problem.params);
    return this.t(namingKeyOf(problem.code), { ...problem.params, question });
  }

  // The label as the question's name: without its "(optional)" suffix.
  #questionName(): string {
    const label = this.label.trim();
    const optional = this.t('ui.optional');
    return label.endsWith(optional) ? label.slice(0, -optional.length).trim() : label;
  }

  /** `aria-invalid` for a control: `true` only while an error shown concerns it. */
  protected invalidFor(controlId: string): 'true' | typeof nothing {
    if (!this.errorMessage) return nothing;
    const shown = this.shownProblems;
    if (shown.length === 0 || shown.some((problem) => !problem.controls?.length)) return 'true';
    return shown.some((problem) => problem.controls!.includes(controlId)) ? 'true' : nothing;
  }

  /** `aria-describedby` naming the hint and error when present, plus `extra` ids. */
  protected describedBy(...extra: string[]): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', this.errorMessage ? 'error' : '', ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** The first control (where focus goes by default). */
  protected firstControl(): HTMLElement | null {
    return this.query('input, select, textarea');
  }

  /** The first element matching `selector` in the shadow root (null before the first render). */
  protected query<E extends Element = HTMLElement>(selector: string): E | null {
    // renderRoot only exists once connected; `value` may be set before that.
    const root = this.renderRoot as HTMLElement | DocumentFragment | undefined;
    return root ? root.querySelector<E>(selector) : null;
  }

  /** The form group's classes: it gets the red error bar while an error is shown. */
  protected get groupClass(): string {
    return this.errorMessage ? 'form-group form-group--error' : 'form-group';
  }

  /** The hint paragraph, when there is a hint. */
  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div class="hint" id="hint" part="hint">${this.hint}</div>` : nothing;
  }

  /** The inline error message, GOV.UK style, with a visually hidden "Error:" prefix. */
  protected renderError(): TemplateResult | typeof nothing {
    const message = this.errorMessage;
    return message
      ? html`<p class="error-message" id="error" part="error"><span class="visually-hidden">${this.t('ui.errorPrefix')}</span> ${message}</p>`
      : nothing;
  }

  /** The form group with label, hint and error for a field with one control, whose id must be `input`. */
  protected renderLabelled(control: TemplateResult): TemplateResult {
    return html`<div class=${this.groupClass} part="form-group" lang=${this.currentLocale}><label class="label" for="input" part="label">${this.label}</label>${this.renderHint()}${this.renderError()}${control}</div>`;
  }

  /** The form group with a fieldset whose legend is the label, for fields made of several controls. */
  protected renderFieldset(content: unknown): TemplateResult {
    return html`<div class=${this.groupClass} part="form-group" lang=${this.currentLocale}><fieldset class="fieldset" part="fieldset" aria-describedby=${this.describedBy()}><legend class="legend" part="label">${this.label}</legend>${this.renderHint()}${this.renderError()}${content}</fieldset></div>`;
  }

  // ---- Lit lifecycle ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('showProblems') && this.showProblems) this.#feedback.reveal();
    if (!this.#hasDefault) {
      // The value given before the first render is what a form reset returns to.
      this.#hasDefault = true;
      this.#defaultRaw = this.#raw;
    }
    if (changed.has('locale') && needsLoading(this.locale)) {
      // English until the shipped catalogue arrives (CDN build), then in the language asked for.
      ensureLocale(this.locale).then(() => this.requestUpdate(), () => reportMisconfiguration(this, 'locale', 'locale-unavailable', `The "${this.locale}" catalogue could not be loaded.`));
    } else if (changed.has('locale') && !isLocale(this.locale)) {
      reportMisconfiguration(this, 'locale', 'locale-unknown', 'Use "en" (English) or "cy" (Welsh).');
    }
  }

  protected override render(): TemplateResult {
    return this.renderField();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.label.trim()) {
      reportMisconfiguration(this, 'label', 'label-missing', 'Give every field a label: it is what the person reads and what screen readers announce.');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Constraints (required, options, min…), name, locale and the rendered anchor may all
    // have changed: re-derive what the form sees.
    this.#syncForm();
    if (this.errorMessage) this.internals.states.add(USER_INVALID_STATE);
    else this.internals.states.delete(USER_INVALID_STATE);
  }

  // ---- Internals ----------------------------------------------------------------------------

  /**
   * Syncs the form's view now, or, before the first render, at it: a page of fields each
   * given a value and then connected would otherwise sync three times on the way to its
   * first render, and the first `updated` syncs anyway. Reading validity syncs first.
   */
  #syncFormNow(): void {
    if (this.hasUpdated) this.#syncForm();
    else this.#pendingSync = true;
  }

  #syncPending(): void {
    if (this.#pendingSync) this.#syncForm();
  }

  #syncForm(): void {
    this.#pendingSync = false;
    const { value, problem } = this.interpret(this.#raw);
    const entries = value === undefined || !this.name ? null : formEntriesOf(this.name, value);
    this.internals.setFormValue(entries, JSON.stringify(this.#raw));
    const external = this.error.trim();
    if (!problem && !external) {
      this.internals.setValidity({});
      return;
    }
    const flags: ValidityStateFlags = {};
    if (problem) flags[problem.flag] = true;
    if (external) flags.customError = true;
    const anchor = this.#controlById(problem?.controls?.[0]) ?? this.firstControl() ?? undefined;
    this.internals.setValidity(flags, external || this.messageOf(problem!), anchor);
  }

  #refreshShownProblem(): void {
    this.#shown = problemsOf(this.interpret(this.#raw));
    this.requestUpdate();
  }

  #controlById(id: string | undefined): HTMLElement | null {
    return id ? this.query(`#${CSS.escape(id)}`) : null;
  }
}
