import { ContextConsumer } from '@lit/context';
import {
  ConfigError,
  languagesOf,
  translate,
  type ConfigProblem,
  type Definition,
  type FieldPath,
  type Locale,
  type MessageKey,
  type SubmissionClientOptions,
} from '@onestory/core';
import { fieldIssueMessage, inImmediateDanger, pageTitle, stepIssueMessage, voicedKey, type FlowState, type StepIssue } from '@onestory/core/engine';
import { directionOf, displayFor, isLocale, localize } from '@onestory/core/i18n';
import { emergencyContacts } from '@onestory/core/safety';
import { normaliseAnswer } from '@onestory/core/story';
import { consentIssueMessage, screenKeyOf, type ConsentIssue, type ConsentScreen } from '@onestory/core/session';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ClearOfStickyController } from '../controllers/clear-of-sticky.controller.js';
import { DefinitionController, type DefinitionSource } from '../controllers/definition-controller.js';
import { ForgetOnExitController } from '../controllers/forget-on-exit.controller.js';
import { IntakeFlowController } from '../controllers/intake-flow.controller.js';
import { OneStoryErrorEvent, type IntakeErrorKind } from '../events/error-event.js';
import { moreFieldsLoaded } from '../fields/more-fields.load.js';
import { sharedStoryContext } from '../provider/shared-story.js';
import { ensureLocale, isAvailableLocale, needsLoading } from '../shared/languages.js';
import { issueWarning } from '../shared/dev-warning.js';
import { checkIntakeConfig } from './intake-config.js';
import { intakeStyles } from './intake.styles.js';
import { renderEmergency } from './internal/emergency.view.js';
import { renderErrorSummary, type SummaryError } from './internal/error-summary.view.js';
import { inputProblemOf, type FieldElementLike } from './internal/field-input.js';
import { laterSteps, laterStepsLoaded, loadLaterSteps } from './internal/later-steps.load.js';
import { renderPage } from './internal/page.view.js';
import { SERVICES_FIELD_ID, renderServices } from './internal/services.view.js';
import { consentOf, type StepContext } from './internal/step-context.js';
import { ReopenedReceiptController } from './save-resume/reopened-receipt.controller.js';
import { SaveResumeController } from './save-resume/save-resume.controller.js';
import { problemText, renderEntryLinks, renderSaveButton, renderSaved, renderSaveNotice } from './save-resume/save-resume.view.js';
import { StepHistoryController } from './save-resume/step-history.controller.js';

/** A screen shown instead of the step: saved, resuming from a code, or a receipt reopened from its code. */
type AsideView = 'saved' | 'resume' | 'receipt';

const CONSENT_SCREEN_TITLES: Readonly<Record<ConsentScreen, MessageKey>> = {
  agreement: 'ui.who.title',
  'without-consent': 'ui.who.withoutConsent.title',
  'best-interests': 'ui.who.capacity.title',
  decisions: 'ui.privacy.title',
  address: 'ui.address.title',
};

/**
 * @summary The whole OneStory intake: the person tells their story once, chooses who may
 * see what, and sends it — in English or Welsh, on a phone, with a screen reader.
 *
 * It renders what `@onestory/core` decides: the services offered, the questions the chosen
 * services need (each asked once), the privacy notice before any consent, one decision per
 * service and purpose, "check your answers" with "who will see what", and the outcome —
 * a reference number, or an honest "not sent yet" with a retry. It holds no business logic.
 *
 * A mistyped attribute or a broken definition is reported in the console (naming the
 * attribute and the fix, never an answer) and the element says politely that the form is
 * not available, instead of showing nothing or a stack trace.
 *
 * Inside an `<onestory-provider>`, answers are shared with other intakes on the page, so
 * a second intake does not ask again what the first collected.
 *
 * @event onestory-submit - Before sending; cancelable (`preventDefault()` stops sending). `detail.submission`.
 * @event onestory-submitted - The endpoint stored the submission. `detail: { reference, submissionId }`.
 * @event onestory-error - Configuration, definition, submission or delivery failed. `detail: { kind, message, problems }`.
 * @event onestory-page-change - A different step or page is shown. `detail: { step, pageId?, index?, total, progress? }`: `progress` (`{ current, total? }`) is the step the person reads ("Step 4 of 16").
 * @event onestory-consent-change - The person agreed or refused. `detail: { serviceId, purposeId, state }`.
 *
 * @csspart error-summary - The error summary.
 * @csspart privacy-notice - The privacy notice.
 * @csspart consent - The consent questions.
 * @csspart summary-list - The "check your answers" list.
 * @csspart panel - The confirmation panel with the reference number.
 * @csspart receipt - The receipt on the confirmation page: what each service received, with Withdraw buttons.
 * @csspart not-sent - The "not sent yet" message.
 * @csspart emergency - The emergency contacts.
 * @csspart fallback - The "not available right now" message.
 *
 * @cssproperty --onestory-font-family - Font of all text.
 * @cssproperty --onestory-text-colour - Text colour.
 * @cssproperty --onestory-secondary-text-colour - Hints and captions.
 * @cssproperty --onestory-link-colour - Links.
 * @cssproperty --onestory-error-colour - Errors.
 * @cssproperty --onestory-focus-colour - Focus highlight.
 * @cssproperty --onestory-button-colour - Primary buttons.
 * @cssproperty --onestory-panel-colour - The confirmation panel.
 * @cssproperty --onestory-max-width - Widest the form grows (default 40em).
 */
export class OneStoryIntakeElement extends LitElement {
  static override styles = intakeStyles;

  /** The intake definition: a URL to fetch (attribute), or the parsed JSON (property). */
  @property() accessor definition: DefinitionSource = undefined;
  /** Where submissions are posted: an https URL (http only to localhost). */
  @property() accessor endpoint: string | undefined = undefined;
  /** Services chosen beforehand: space-separated service ids from the definition. */
  @property() accessor services: string | undefined = undefined;
  /**
   * Language: one of the definition's `languages` (`en`, the default; `cy`; or any language
   * with a catalogue). The person can switch between them at any time.
   */
  @property({ reflect: true }) accessor locale: string = 'en';
  /**
   * Catalogue files for languages OneStory does not ship, as space-separated URLs of JSON
   * catalogues (`onestory catalogue en` gives one to translate), loaded before the first step.
   */
  @property() accessor catalogues: string | undefined = undefined;
  /** Opt in to keeping unsent submissions on the device (encrypted, in IndexedDB). */
  @property({ type: Boolean }) accessor persist = false;
  /** The neutral page quick exit goes to. */
  @property({ attribute: 'exit-url' }) accessor exitUrl: string | undefined = undefined;
  /** Practitioner mode; honoured only when the definition allows it. */
  @property({ type: Boolean }) accessor practitioner = false;
  /** Extra options for the submission client: headers, `getHeaders`, retry policy, timeouts. Property only. */
  @property({ attribute: false }) accessor submissionOptions: Partial<SubmissionClientOptions> | undefined = undefined;
  readonly #definition = new DefinitionController(this);
  // The steps after the questions load through the intake, which shows it when they cannot.
  readonly #flow = new IntakeFlowController(this, { loadLaterSteps: () => this.#loadLaterSteps() });
  readonly #saves = new SaveResumeController(this, this.#flow);
  readonly #reopened = new ReopenedReceiptController(this);
  #aside: AsideView | undefined;
  readonly #history: StepHistoryController;
  /** Quick exit's way out: past this intake's history entries first (one function, so set once). */
  readonly #leave = (url: string): void => void this.#history.leave(url);
  #configError: ConfigError | undefined;
  #reported: Error | undefined;
  #checked: { readonly definition: Definition; readonly key: string; readonly locale: string } | undefined;
  /** Set by a quick exit: the intake renders nothing and never starts again. */
  #exited = false;
  #lastStep: string | undefined;
  #dangerShown = false;
  /** A shipped language whose catalogue failed to load: not tried again until asked for again. */
  #languageFailed: Locale | undefined;
  /** The language whose catalogue is on its way: every update meanwhile must not ask (and report) again. */
  #languageLoading: Locale | undefined;
  /** The definition whose other languages were fetched in the background. */
  #prefetchedFor: Definition | undefined;
  /** Loading the later steps (CDN build): one attempt at a time, so that a failure is reported once. */
  #loadingLater: Promise<boolean> | undefined;
  /** Their part could not be loaded: tried again only when the person acts. */
  #laterFailed = false;
  /** The part with the field elements beyond the first page's could not be loaded (CDN build). */
  #fieldsFailed = false;

  constructor() {
    super();
    // Without them a page may show a question with nothing to answer it with: say so.
    moreFieldsLoaded.catch((error: Error) => {
      this.#fieldsFailed = true;
      this.#fail('load', new ConfigError(`part of the form could not be loaded. ${error.message}`, []), true);
      this.requestUpdate();
    });
    // The browser's Back goes to the previous step; leaving with unsaved answers is warned of.
    this.#history = new StepHistoryController(this, {
      stepKey: () => this.#screenKey(),
      back: () => (this.#aside ? this.#closeAside() : this.#flow.actions.back()),
      wouldLose: () => this.#saves.unsaved,
    });
    // What has focus is never left under the sticky "Exit this page" (WCAG 2.2 SC 2.4.11).
    new ClearOfStickyController(this, () => this.renderRoot?.querySelector('onestory-quick-exit'));
    new ContextConsumer(this, {
      context: sharedStoryContext,
      subscribe: true,
      callback: (shared) => this.#flow.setSharedPrefill(shared?.answers ?? {}, shared?.share),
    });
    // Quick exit: answers held in memory go at once (the stores are wiped by quick exit),
    // and the intake stays empty for good: starting again would open a fresh outbox
    // database, a trace on the device that OneStory was used.
    new ForgetOnExitController(this, () => {
      this.#exited = true;
      this.#aside = undefined;
      this.#flow.stop();
      this.#checked = undefined;
    });
  }

  // ---- Configuration ------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (this.#exited) return;
    if (changed.has('definition') || changed.has('catalogues')) this.#definition.load(this.definition, this.catalogues);
    // A shipped language fetched on demand (CDN build): checked once it is here.
    if (needsLoading(this.locale)) {
      if (this.#languageFailed !== this.locale && this.#languageLoading !== this.locale) this.#loadLanguage(this.locale);
      return;
    }
    const loaded = this.#definition.state;
    if (loaded.status !== 'ready') {
      if (loaded.status === 'failed') {
        // Its texts are checked after the first page is shown: a flow may have started.
        if (this.#flow.state) this.#flow.stop();
        this.#checked = undefined;
        this.#fail('definition', loaded.error);
      }
      return;
    }
    const key = JSON.stringify([this.endpoint, this.services, this.persist, this.practitioner, this.exitUrl]);
    const checked = this.#checked;
    const sameDefinition = checked?.definition === loaded.definition;
    const sameAttributes = sameDefinition && checked.key === key && !changed.has('submissionOptions');
    // Checked already, with the same outcome to come: nothing to do (and nothing to log twice).
    if (sameAttributes && checked.locale === this.locale) return;
    const check = checkIntakeConfig(
      {
        endpoint: this.endpoint,
        services: this.services,
        locale: this.locale,
        exitUrl: this.exitUrl,
        practitioner: this.practitioner,
      },
      loaded.definition,
      this.ownerDocument.baseURI,
    );
    this.#checked = { definition: loaded.definition, key, locale: this.locale };
    for (const warning of check.warnings) issueWarning('intake-config', `<onestory-intake ${warning.path}>: ${warning.message} (${warning.code})`);
    if (!check.ok) {
      this.#flow.stop();
      this.#fail('config', new ConfigError('<onestory-intake> attributes are not valid:', check.problems));
      return;
    }
    this.#configError = undefined;
    if (sameAttributes && this.#flow.state) {
      this.#flow.setLocale(check.config.locale);
    } else {
      this.#flow.start({
        definition: loaded.definition,
        config: check.config,
        persist: this.persist,
        ...(this.submissionOptions && { clientOptions: this.submissionOptions }),
      });
    }
    const fetch = this.submissionOptions?.fetch;
    const saving = loaded.definition.settings?.saveAndResume;
    this.#saves.configure(saving?.enabled ? { endpoint: check.config.endpoint, lifetimeDays: saving.lifetimeDays, ...(fetch && { fetch }) } : undefined);
    this.#reopened.configure(check.config.endpoint, fetch);
  }

  #loadLanguage(locale: Locale): void {
    this.#languageFailed = undefined;
    this.#languageLoading = locale;
    ensureLocale(locale).then(
      () => {
        this.#languageLoading = undefined;
        this.requestUpdate();
      },
      (error: Error) => {
        this.#languageLoading = undefined;
        this.#languageFailed = locale;
        this.#fail('load', this.#languageError(locale, error));
        this.requestUpdate();
      },
    );
  }

  #languageError(locale: Locale, error: Error): ConfigError {
    return new ConfigError(`locale="${locale}": its catalogue could not be loaded. ${error.message}`, []);
  }

  /** Reports `error`; a `config` or `load` failure also puts the fallback in the form's place, unless `keepForm`. */
  #fail(kind: IntakeErrorKind, error: ConfigError, keepForm = false): void {
    if ((kind === 'config' || kind === 'load') && !keepForm) this.#configError = error;
    if (this.#reported === error) return;
    this.#reported = error;
    console.error(`<onestory-intake>: ${error.message}`);
    const problems: readonly ConfigProblem[] = error.problems;
    this.dispatchEvent(new OneStoryErrorEvent({ kind, message: error.message, problems }));
  }

  // ---- Rendering ----------------------------------------------------------------------------

  get #locale(): Locale {
    return this.#flow.state ? this.#flow.locale : isLocale(this.locale) ? this.locale : 'en';
  }

  // What is put into a message (a contact, a phone number) is shown as the language needs.
  #t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => displayFor(this.#locale)(translate(this.#locale, key, params));

  protected override render(): TemplateResult | typeof nothing {
    if (this.#exited) return nothing;
    const locale = this.#locale;
    const loaded = this.#definition.state;
    if (loaded.status === 'failed' || this.#configError) return this.#renderFallback(locale);
    const state = this.#flow.state;
    const definition = this.#flow.definition;
    if (loaded.status !== 'ready' || !state || !definition) {
      return html`<div lang=${locale}><p role="status">${this.#t('ui.loading')}</p></div>`;
    }
    const ctx = this.#context(locale);
    const danger = inImmediateDanger({ ...state.prefill, ...state.answers });
    return html`<div class="intake" lang=${locale} dir=${directionOf(locale)}>
      ${this.#renderQuickExit(definition, locale)}
      ${this.#renderLanguageSwitch(definition, locale)}
      <div class="visually-hidden" id="announcer" role="status" aria-live="polite" aria-atomic="true"></div>
      ${danger ? renderEmergency(ctx, definition) : nothing}
      <div class="step" data-step=${this.#aside ?? state.step.kind}>
        ${this.#aside ? this.#renderAside(ctx, definition, this.#aside) : this.#renderStep(ctx, definition, state)}
      </div>
    </div>`;
  }

  #renderFallback(locale: Locale): TemplateResult {
    return html`<div class="fallback" lang=${locale} part="fallback">
      <h2>${this.#t('ui.unavailable.title')}</h2>
      <p>${this.#t('ui.unavailable.body')}</p>
    </div>`;
  }

  #renderQuickExit(definition: Definition, locale: Locale): TemplateResult | typeof nothing {
    const quickExit = definition.settings?.quickExit;
    if (!quickExit?.enabled) return nothing;
    return html`<onestory-quick-exit
      url=${this.#flow.config?.exitUrl ?? quickExit.url ?? nothing}
      locale=${locale}
      .navigate=${this.#leave}
    ></onestory-quick-exit>`;
  }

  // One button per other language of the definition, each named in its own language.
  #renderLanguageSwitch(definition: Definition, locale: Locale): TemplateResult | typeof nothing {
    const others = languagesOf(definition).filter((tag) => tag !== locale && isAvailableLocale(tag));
    if (others.length === 0) return nothing;
    return html`<div class="toolbar">${others.map(
      (tag) => html`<button type="button" class="link" lang=${tag} dir=${directionOf(tag)} @click=${() => void this.#switchLanguage(tag)}>
        ${isLocale(tag) ? translate(tag, 'ui.language.name') : new Intl.DisplayNames([tag], { type: 'language' }).of(tag)}
      </button>`,
    )}</div>`;
  }

  #renderStep(ctx: StepContext, definition: Definition, state: FlowState<unknown>): TemplateResult {
    const { t, view, actions } = ctx;
    const summary = (errors: readonly SummaryError[]) =>
      renderErrorSummary(t('ui.errorSummary.title'), errors, (id, control) => this.#focusField(id, control));
    const back = view.canGoBack
      ? html`<button type="button" class="link back" @click=${() => ctx.act(() => actions.back())}>
          ${t(state.returnTo === 'check-answers' ? 'ui.back.toCheck' : 'ui.back')}
        </button>`
      : nothing;
    // The first screen also offers to carry on from a resume code, or to open a receipt.
    const onFirstScreen = state.step.kind === 'services' || (state.step.kind === 'page' && view.progress?.index === 0);
    const first = onFirstScreen ? renderEntryLinks(ctx, this.#saves, (view) => this.#openAside(view)) : nothing;
    const notice = renderSaveNotice(ctx, definition, this.#saves);
    const continueButton = (label: MessageKey = 'ui.continue') =>
      html`<div class="button-group">
          <button type="button" class="button" data-action="continue" @click=${() => ctx.act(() => actions.continue())}>
            ${t(label)}
          </button>
        </div>
        ${this.#laterFailed || this.#fieldsFailed ? this.#renderNotLoaded(ctx) : nothing}
        ${renderSaveButton(ctx, this.#saves, () => this.#saveNow())}${notice}${first}`;

    // The steps after the questions come with the later steps (fetched on demand in the CDN build).
    const afterQuestions = state.step.kind !== 'services' && state.step.kind !== 'page';
    if (afterQuestions && !this.#laterStepsHere()) return this.#renderLaterStepsPending(ctx);
    // A step's messages are worded now, in the language on screen.
    const stepMessage = (issue: StepIssue) => displayFor(ctx.locale)(stepIssueMessage(issue, definition, ctx.locale));
    switch (state.step.kind) {
      case 'services': {
        const errors = state.stepIssues.map((issue) => ({ target: SERVICES_FIELD_ID, message: stepMessage(issue) }));
        return html`${back}${summary(errors)}${renderServices(ctx, definition, errors.map((e) => e.message).join(' '))}${continueButton()}`;
      }
      case 'page': {
        const page = view.page;
        if (!page) return html`${back}${continueButton()}`;
        const errors = state.issues.map((issue) => ({ target: issue.questionId, control: issue.control, message: ctx.issueText(issue) }));
        return html`${back}${summary(errors)}${renderPage(ctx, definition, page)}${continueButton()}`;
      }
      case 'privacy-and-consent': {
        const voice = view.voice;
        const consentMessage = (issue: ConsentIssue) => displayFor(ctx.locale)(consentIssueMessage(issue, definition, ctx.locale, voice));
        const consent = consentOf(view);
        const whoErrors = consent.whoIssues.map((issue) => ({ target: laterSteps.whoFieldId(issue.path.join('-')), message: consentMessage(issue) }));
        const whoByField = new Map(whoErrors.map((e) => [e.target, e.message]));
        const screen = consent.screen;
        if (screen !== 'decisions') {
          const view = {
            agreement: laterSteps.renderAgreement,
            'without-consent': laterSteps.renderWithoutConsent,
            'best-interests': laterSteps.renderBestInterests,
            address: laterSteps.renderAddressDecision,
          }[screen];
          return html`${back}${summary(whoErrors)}${view(ctx, definition, whoByField)}${continueButton()}`;
        }
        const consentErrors = consent.issues.map((issue) => {
          const [serviceId, purposeId] = issue.path.map(String) as [string, string];
          return { target: laterSteps.consentFieldId(serviceId, purposeId), message: consentMessage(issue) };
        });
        const first = consent.records[0];
        const stepErrors = first
          ? state.stepIssues.map((issue) => ({
              target: laterSteps.consentFieldId(first.serviceId, first.purposeId),
              message: stepMessage(issue),
            }))
          : [];
        const errors = [...whoErrors, ...consentErrors, ...stepErrors];
        const byField = new Map(consentErrors.map((e) => [e.target, e.message]));
        return html`${back}${summary(errors)}${laterSteps.renderPrivacyAndConsent(ctx, definition, byField)}${continueButton()}`;
      }
      case 'check-answers':
        return html`${back}${laterSteps.renderCheckAnswers(ctx, definition)}${continueButton('ui.submit')}`;
      case 'sending':
        return laterSteps.renderSending(ctx);
      case 'sent':
        return laterSteps.renderSent(ctx, definition, state.step.reference);
      case 'not-sent-yet':
        return laterSteps.renderNotSent(ctx, definition, state.step.reason);
    }
  }

  // ---- The later steps (on demand in the CDN build) ------------------------------------------

  /** True when the later steps are here; if not, they are fetched (unless that just failed). */
  #laterStepsHere(): boolean {
    if (laterStepsLoaded()) return true;
    if (!this.#laterFailed) void this.#loadLaterSteps();
    return false;
  }

  #loadLaterSteps(): Promise<boolean> {
    this.#loadingLater ??= loadLaterSteps()
      .then(
        // A definition shown before them is checked in full now, before the person goes on.
        () => {
          this.#laterFailed = false;
          return this.#definition.checkRest();
        },
        (error: Error) => {
          this.#laterFailed = true;
          this.#fail('load', new ConfigError(`part of the form could not be loaded. ${error.message}`, []), true);
          return false;
        },
      )
      .finally(() => {
        this.#loadingLater = undefined;
        this.requestUpdate();
      });
    return this.#loadingLater;
  }

  /** While the later steps load: a status; when they could not be loaded: why, and what to do. */
  #renderLaterStepsPending(ctx: StepContext): TemplateResult {
    return this.#laterFailed ? this.#renderNotLoaded(ctx) : html`<p role="status">${ctx.t('ui.loading')}</p>`;
  }

  /** A part of the form could not be loaded: the person is told it is not available. */
  #renderNotLoaded({ t }: StepContext): TemplateResult {
    return html`<div class="error-message not-loaded" role="alert"><p>${t('ui.unavailable.title')}</p><p>${t('ui.unavailable.body')}</p></div>`;
  }

  // ---- Saved answers and reopened receipts (save-resume/) ---------------------------------

  #renderAside(ctx: StepContext, definition: Definition, view: AsideView): TemplateResult | typeof nothing {
    const { t } = ctx;
    if (!this.#laterStepsHere()) return this.#renderLaterStepsPending(ctx);
    const focus = (id: string) => this.#focusField(id);
    if (view === 'saved') return renderSaved(ctx, definition, this.#saves, () => this.#closeAside());
    if (view === 'resume') {
      const status = this.#saves.status;
      return laterSteps.renderCodeForm(
        ctx,
        {
          id: 'resume-code',
          title: 'ui.resume.title',
          label: 'ui.resume.label',
          hint: 'ui.resume.hint',
          error: status.kind === 'error' && status.doing === 'opening' ? problemText(ctx, definition, this.#saves, status.code, status.minutes) : undefined,
          busy: status.kind === 'busy' ? t('ui.resume.opening') : undefined,
          submit: (code) => void this.#resume(code),
          cancel: () => this.#closeAside(),
        },
        focus,
      );
    }
    const reopened = this.#reopened;
    if (reopened.status.kind === 'open') return laterSteps.renderReopenedReceipt(ctx, definition, reopened, () => this.#closeAside());
    const status = reopened.status;
    return laterSteps.renderCodeForm(
      ctx,
      {
        id: 'receipt-code',
        title: 'ui.reopen.title',
        label: 'ui.reopen.label',
        hint: 'ui.reopen.hint',
        error: status.kind === 'error' ? (status.code === 'too-many' ? t('ui.code.tooMany', { minutes: status.minutes ?? 15 }) : t(`ui.reopen.${status.code}`)) : undefined,
        busy: status.kind === 'opening' ? t('ui.reopen.opening') : undefined,
        submit: (code) => void this.#act(() => reopened.open(code)),
        cancel: () => this.#closeAside(),
      },
      focus,
    );
  }

  #screenKey(): string | undefined {
    if (this.#aside) return `aside:${this.#aside}${this.#aside === 'receipt' && this.#reopened.status.kind === 'open' ? ':open' : ''}`;
    const view = this.#flow.view;
    return view && screenKeyOf(view);
  }

  #openAside(view: AsideView): void {
    this.#aside = view;
    this.#saves.dismiss();
    this.requestUpdate();
  }

  #closeAside(): void {
    if (this.#aside === 'receipt') this.#reopened.close();
    if (this.#aside !== 'saved' || this.#saves.status.kind !== 'deleted') this.#saves.dismiss();
    this.#aside = undefined;
    this.requestUpdate();
  }

  async #saveNow(): Promise<void> {
    if (!(laterStepsLoaded() ? this.#definition.checkRest() : await this.#loadLaterSteps())) return;
    this.#openAside('saved');
    await this.#saves.save();
  }

  async #resume(code: string): Promise<void> {
    await this.#act(async () => {
      if (await this.#saves.resume(code)) this.#aside = undefined;
    });
    this.requestUpdate();
  }

  #context(locale: Locale): StepContext {
    return {
      view: this.#flow.view!,
      actions: this.#flow.actions,
      persisted: this.#flow.persisted,
      locale,
      t: this.#t,
      text: (value) => displayFor(locale)(localize(value, locale)),
      issueText: (issue) => displayFor(locale)(fieldIssueMessage(issue, locale)),
      act: (action) => void this.#act(action),
      // Every step of the journey says where it is (not an aside such as "saved").
      heading: (text, caption) => {
        const full = [caption, this.#aside ? '' : this.#progressText()].filter(Boolean).join(' – ');
        return html`${full ? html`<span class="caption">${full}</span>` : nothing}
          <h1 id="heading" tabindex="-1">${text}</h1>`;
      },
    };
  }

  // ---- Interaction -----------------------------------------------------------------------------

  // Answers are read from the field elements as the person types and chooses.
  protected override firstUpdated(): void {
    const record = (event: Event) => {
      const field = (event.target as Element | null)?.closest?.('[data-field]') as FieldElementLike | null;
      if (!field || event.target !== field) return;
      const path = field.dataset['field'] as FieldPath;
      this.#flow.answer(path, normaliseAnswer(path, field.value), inputProblemOf(field));
    };
    this.renderRoot.addEventListener('input', record);
    this.renderRoot.addEventListener('change', record);
  }

  async #act(action: () => unknown): Promise<void> {
    // Whatever the person does may lead past the first page: the later steps come first, and
    // with them the rest of the definition's check (synchronous when they are here already).
    if (!(laterStepsLoaded() ? this.#definition.checkRest() : await this.#loadLaterSteps())) return;
    const before = this.#screenKey();
    const done = action();
    await this.updateComplete;
    if (this.#screenKey() === before) this.#focusErrorSummary();
    await done;
    await this.updateComplete;
    if (this.#screenKey() === before) this.#focusErrorSummary();
  }

  async #switchLanguage(locale: Locale): Promise<void> {
    try {
      await ensureLocale(locale);
    } catch (error) {
      // The story so far stays on screen, in the language it was in.
      return this.#fail('load', this.#languageError(locale, error as Error), true);
    }
    this.locale = locale;
    await this.updateComplete;
    this.#announce(translate(locale, 'ui.language.changed'));
  }

  // The live region is written directly, not rendered: announcing must not cost a render,
  // and the region must already exist (empty) before its text changes.
  #announce(text: string): void {
    const region = this.renderRoot.querySelector('#announcer');
    if (region) region.textContent = text;
  }

  #focusErrorSummary(): void {
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  #focusField(id: string, control?: string): void {
    const field = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    // A link about one part of a field (one safe-contact question) goes to that part.
    const target = (control && field?.shadowRoot?.getElementById(control)) || field;
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  }

  protected override updated(): void {
    const state = this.#flow.state;
    const key = this.#screenKey();
    // A new step or page: move focus to its heading and say where the person is now. Not
    // on the first render: a form appearing must not steal focus from the host page.
    if (key !== undefined && this.#lastStep !== undefined && key !== this.#lastStep) {
      // Sent back to fix something (a failed send from "check your answers"): the errors
      // come first, as after any failed continue.
      const summary = this.renderRoot.querySelector<HTMLElement>('.error-summary');
      if (summary) summary.focus();
      else this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
      if (!this.#aside) this.#announce(this.#stepAnnouncement(state!));
    }
    this.#lastStep = key;
    // While the person reads the first step, fetch the later steps and the definition's other
    // languages (once per definition: a part that failed is tried again only when asked for).
    const definition = this.#flow.definition;
    if (key !== undefined && definition && definition !== this.#prefetchedFor) {
      this.#prefetchedFor = definition;
      this.#laterStepsHere();
      for (const tag of languagesOf(definition)) if (needsLoading(tag)) ensureLocale(tag).then(() => this.requestUpdate(), () => {});
    }
    const danger = !!state && inImmediateDanger({ ...state.prefill, ...state.answers });
    if (danger && !this.#dangerShown && this.#flow.definition) {
      const [first] = emergencyContacts(this.#flow.definition, this.#locale);
      this.#announce(this.#t('ui.announce.emergency', { phone: first!.phone }));
    }
    this.#dangerShown = danger;
  }

  /** "Step 4 of 16", or "Step 4" while the total is not known; empty outside the count. */
  #progressText(): string {
    const position = this.#flow.view?.journeyProgress;
    if (!position) return '';
    return position.total === undefined
      ? this.#t('ui.progress.totalUnknown', { current: position.current })
      : this.#t('ui.progress', { current: position.current, total: position.total });
  }

  #stepAnnouncement(state: FlowState<unknown>): string {
    const t = this.#t;
    switch (state.step.kind) {
      case 'page': {
        const view = this.#flow.view;
        const title = view?.page ? pageTitle(view.page.page, view.voice)[this.#locale] ?? '' : '';
        return t('ui.announce.page', { title, progress: this.#progressText() });
      }
      case 'services':
        return t('ui.services.heading');
      case 'privacy-and-consent':
        return t(voicedKey(CONSENT_SCREEN_TITLES[consentOf(this.#flow.view!).screen], this.#flow.view!.voice));
      case 'check-answers':
        return t('ui.check.title');
      case 'sending':
        return t('ui.announce.sending');
      case 'sent':
        return t('ui.announce.sent', { reference: state.step.reference });
      case 'not-sent-yet':
        return state.step.reason === 'queued' ? t('ui.announce.notSent') : t('ui.failed.title');
    }
  }
}
