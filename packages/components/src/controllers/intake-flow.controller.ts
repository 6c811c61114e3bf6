import {
  ValidationError,
  consentScreensOf,
  flowDraftOf,
  flowPlan,
  flowReducer,
  isoDateOf,
  localizeIssues,
  plannedPage,
  progress,
  journeyProgress,
  serviceEligibility,
  startFlow,
  withLanguageAnswer,
  translate,
  type Answers,
  type BestInterestsDetails,
  type ConsentPath,
  type ConsentStepDraft,
  type ConsentStepScreen,
  type PractitionerOverride,
  type ProfessionalAgreement,
  type WhoAgreesIssue,
  type WithoutConsentDetails,
  type CheckAnswersRow,
  type ConsentReceipt,
  type ConsentRecord,
  type Definition,
  type DeliveryEvent,
  type DeliveryResult,
  type FieldPath,
  type FlowAction,
  type FlowContext,
  type FlowDraft,
  type FlowState,
  type InputError,
  type JourneyProgress,
  type ResumeRefusal,
  type Locale,
  type MessageKey,
  type Plan,
  type PlannedPage,
  type ServiceEligibility,
  type ServicePreview,
  type Submission,
  type SubmissionClient,
  type SubmissionClientOptions,
} from '@onestory/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { OneStoryConsentChangeEvent } from '../events/consent-change-event.js';
import { OneStoryErrorEvent } from '../events/error-event.js';
import { OneStoryPageChangeEvent } from '../events/page-change-event.js';
import { OneStorySubmitEvent } from '../events/submit-event.js';
import { OneStorySubmittedEvent } from '../events/submitted-event.js';
import type { IntakeConfig } from '../intake/intake-config.js';
import { laterSteps as later, laterStepsLoaded, loadLaterSteps } from '../intake/internal/later-steps.load.js';

/** The consent decisions the flow carries: one record per chosen service and purpose. */
export type ConsentDecisions = readonly ConsentRecord[];

/** How withdrawing one consent is going: on its way, recorded, or not (refused for good, or try again). */
export type WithdrawalProgress = { readonly status: 'sending' | 'done' } | { readonly status: 'failed'; readonly refused: boolean };

/** The person's answer to one consent question. */
export type ConsentChoice = 'given' | 'refused';

/** The screens of the privacy-and-consent step (core's {@link ConsentStepScreen}). */
export type ConsentScreen = ConsentStepScreen;

/** A consent question left unanswered when the person tried to continue. */
export interface ConsentIssue {
  readonly serviceId: string;
  readonly purposeId: string;
}

/** Everything an intake is started with. */
export interface IntakeSetup {
  readonly definition: Definition;
  readonly config: IntakeConfig;
  /** Keep unsent submissions in an encrypted IndexedDB outbox (opt-in). */
  readonly persist: boolean;
  /** Extra options for the submission client (headers, retry policy…), from the host. */
  readonly clientOptions?: Partial<SubmissionClientOptions>;
}

/** The clock and id source, injectable so tests are deterministic. */
export interface IntakeDependencies {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** The host the controller drives: a Lit element, which also receives the domain events. */
export type IntakeHost = ReactiveControllerHost & EventTarget;

/**
 * Adapts core's intake flow to a Lit element: holds the flow state, runs core's pure
 * reducer for every action, records consent decisions, builds and sends the submission,
 * and fires the domain events. The element only renders what this exposes.
 */
export class IntakeFlowController implements ReactiveController {
  readonly #host: IntakeHost;
  readonly #now: () => Date;
  readonly #newId: () => string;

  #setup: IntakeSetup | undefined;
  #state: FlowState<ConsentDecisions> | undefined;
  #locale: Locale = 'en';
  #sharedPrefill: Answers = {};
  #share: ((answers: Answers) => void) | undefined;

  // The privacy-and-consent step: records requested when the notice was shown, and the
  // person's choices, kept by service and purpose so that they survive a language switch.
  #noticeShownAt: Date | undefined;
  #requested: readonly ConsentRecord[] = [];
  readonly #choices = new Map<string, { readonly choice: ConsentChoice; readonly at: Date }>();
  #consentIssues: readonly ConsentIssue[] = [];
  readonly #subject: string;
  // Who agrees (core's consent path): what a professional said, and on which screen we are.
  #consentScreen: ConsentScreen = 'decisions';
  #agreement: ProfessionalAgreement = {};
  #withoutConsent: WithoutConsentDetails = {};
  #bestInterests: BestInterestsDetails = {};
  #whoIssues: readonly WhoAgreesIssue[] = [];
  #overrides: readonly PractitionerOverride[] = [];

  #client: SubmissionClient | undefined;
  #stopClient: (() => void) | undefined;
  #removeListener: (() => void) | undefined;
  #submission: Submission | undefined;
  #connected = false;
  // The receipt code made for the submission (never stored; the endpoint keeps its hash),
  // the consent records as they now stand, and how each withdrawal went.
  #receiptCode: string | undefined;
  #sentConsents: readonly ConsentRecord[] = [];
  readonly #withdrawals = new Map<string, WithdrawalProgress>();

  #planCache: { state: FlowState<ConsentDecisions>; plan: Plan } | undefined;

  constructor(host: IntakeHost, dependencies: IntakeDependencies = {}) {
    this.#host = host;
    this.#now = dependencies.now ?? (() => new Date());
    this.#newId = dependencies.newId ?? (() => crypto.randomUUID());
    this.#subject = this.#newId();
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#client && !this.#stopClient) this.#stopClient = this.#client.start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopClient?.();
    this.#stopClient = undefined;
  }

  // ---- Setting up -----------------------------------------------------------------------

  /**
   * Starts (or restarts) the flow for a definition and checked attributes. Answers given
   * so far are kept when the same definition is set up again.
   */
  start(setup: IntakeSetup): void {
    const previous = this.#setup;
    this.#setup = setup;
    this.#locale = setup.config.locale;
    this.#createClient(setup);
    const keep = previous?.definition === setup.definition ? this.#state : undefined;
    const prefill = this.#prefillFor(keep?.answers ?? {});
    let state = startFlow<ConsentDecisions>(this.#context(), {
      answers: withLanguageAnswer(setup.definition, keep?.answers ?? {}, prefill, this.#locale),
      prefill,
      chosenServices: keep?.chosenServices ?? setup.config.preselected,
    });
    // Services chosen by the host need not be chosen again: go straight to the questions.
    if (!keep && setup.config.preselected.length > 0 && state.step.kind === 'services') {
      const next = flowReducer(state, { type: 'continue' }, this.#context());
      if (next.stepIssues.length === 0) state = next;
    }
    this.#state = state;
    this.#resetConsent();
    this.#changed(true);
  }

  /** Stops sending and forgets everything (the host removed the definition, say). */
  stop(): void {
    this.#setup = undefined;
    this.#state = undefined;
    this.#removeListener?.();
    this.#stopClient?.();
    this.#client = this.#stopClient = this.#removeListener = undefined;
    this.#resetConsent();
    this.#host.requestUpdate();
  }

  /** Switches language: every answer, choice and issue is kept, re-worded. */
  setLocale(locale: Locale): void {
    if (locale === this.#locale) return;
    const previous = this.#locale;
    this.#locale = locale;
    const state = this.#state;
    if (state) {
      this.#state = {
        ...state,
        ...(this.#setup && { answers: withLanguageAnswer(this.#setup.definition, state.answers, state.prefill, locale, previous) }),
        issues: localizeIssues(state.issues, locale),
        stepIssues: state.stepIssues.map((issue) => ({ ...issue, message: this.#stepMessage(issue.code, issue.serviceId) })),
      };
      if (this.#noticeShownAt) this.#requestConsents();
    }
    this.#host.requestUpdate();
  }

  /**
   * The answers another intake under the same provider collected. Fields this intake has
   * its own answer for are not taken: the person's latest word here wins.
   */
  setSharedPrefill(answers: Answers, share: ((answers: Answers) => void) | undefined): void {
    this.#share = share;
    this.#sharedPrefill = answers;
    const state = this.#state;
    if (!state || this.#finished) return;
    let next: FlowState<ConsentDecisions> = { ...state, prefill: this.#prefillFor(state.answers) };
    // The page on screen may now have nothing left to ask: move on to the next one.
    if (next.step.kind === 'page' && !plannedPage(flowPlan(next, this.#context()), next.step.pageId)) {
      next = flowReducer(next, { type: 'continue' }, this.#context());
      this.#state = next;
      this.#changed(true);
      return;
    }
    this.#state = next;
    this.#host.requestUpdate();
  }

  // ---- What the element renders ---------------------------------------------------------

  /** The flow state, once started. */
  get state(): FlowState<ConsentDecisions> | undefined {
    return this.#state;
  }

  get definition(): Definition | undefined {
    return this.#setup?.definition;
  }

  get config(): IntakeConfig | undefined {
    return this.#setup?.config;
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** True when unsent submissions are kept on the device. */
  get persisted(): boolean {
    return this.#setup?.persist ?? false;
  }

  /** The plan as it stands. */
  get plan(): Plan | undefined {
    const state = this.#state;
    if (!state || !this.#setup) return undefined;
    if (this.#planCache?.state !== state) this.#planCache = { state, plan: flowPlan(state, this.#context()) };
    return this.#planCache.plan;
  }

  /** The question page on screen, if any. */
  get page(): PlannedPage | undefined {
    const state = this.#state;
    const plan = this.plan;
    return state?.step.kind === 'page' && plan ? plannedPage(plan, state.step.pageId) : undefined;
  }

  /** Position among the question pages, for "Step 2 of 5". */
  get progress(): { readonly index: number; readonly total: number } | undefined {
    const state = this.#state;
    const plan = this.plan;
    return state?.step.kind === 'page' && plan ? progress(plan, state.step.pageId) : undefined;
  }

  /** Where the person is in the whole journey, for "Step 4 of 16" (or "Step 4" while the total is not known). */
  get journeyProgress(): JourneyProgress | undefined {
    const state = this.#state;
    const plan = this.plan;
    if (!state || !plan) return undefined;
    const consentScreen = state.step.kind === 'privacy-and-consent' && this.#consentScreen !== this.#firstConsentScreen ? 1 : 0;
    return journeyProgress(plan, { step: state.step, consentScreen }, consentScreensOf(plan.effectiveAnswers));
  }

  /** True when Back leads somewhere. */
  get canGoBack(): boolean {
    const state = this.#state;
    return !!state && !!this.#setup && flowReducer(state, { type: 'back' }, this.#context()) !== state;
  }

  /** Whether each service is open to the person, and suggested by the needs they described. */
  get eligibility(): readonly ServiceEligibility[] {
    const state = this.#state;
    if (!state || !this.#setup) return [];
    const known = { ...state.prefill, ...state.answers } as Answers;
    return serviceEligibility(this.#setup.definition, known, { today: this.#today(), locale: this.#locale });
  }

  /** The rows of "check your answers". */
  get checkAnswersRows(): readonly CheckAnswersRow[] {
    const plan = this.plan;
    return plan ? later.checkAnswers(plan, { locale: this.#locale }) : [];
  }

  /** "Who will see what": exactly what each chosen service's envelope will hold. */
  get previews(): readonly ServicePreview[] {
    const state = this.#state;
    const plan = this.plan;
    if (!state || !plan || !this.#setup || !state.consent) return [];
    const definition = this.#setup.definition;
    const envelopes = later.buildDisclosures(plan.story, definition, state.chosenServices, state.consent, this.#overrides);
    const previews = later.previewDisclosures(envelopes, definition, this.#locale);
    // A service that gets nothing has no envelope: say so rather than leave it out.
    return state.chosenServices.map(
      (id) =>
        previews.find((preview) => preview.serviceId === id) ?? {
          serviceId: id,
          serviceName: definition.services.find((s) => s.id === id)?.name[this.#locale] ?? id,
          organisationName: '',
          heading: translate(this.#locale, 'ui.check.receivesNothing', {
            service: definition.services.find((s) => s.id === id)?.name[this.#locale] ?? id,
          }),
          items: [],
          withheld: [],
        },
    );
  }

  /** The consent records the person is deciding on (one per chosen service and purpose). */
  get consentRecords(): readonly ConsentRecord[] {
    return this.#requested;
  }

  /** The person's choice for a service and purpose, if made. */
  choiceFor(serviceId: string, purposeId: string): ConsentChoice | undefined {
    return this.#choices.get(later.decisionKey(serviceId, purposeId))?.choice;
  }

  /** Which screen of the privacy-and-consent step is shown. */
  get consentScreen(): ConsentScreen {
    return this.#consentScreen;
  }

  /** How the consent step goes for this person: who decides, and how (core decides). */
  get consentPath(): ConsentPath | undefined {
    const plan = this.plan;
    if (!plan || !this.#setup) return undefined;
    return later.consentPathOf({
      filler: later.fillerOf(plan.effectiveAnswers),
      ageBand: later.ageBandOf(plan.effectiveAnswers['person.dateOfBirth'], this.#today()),
      practitionerMode: this.#practitionerMode,
      professional: this.#agreement,
    });
  }

  /** The professional filling in, when they gave their name and role. */
  get practitioner(): ReturnType<typeof later.practitionerOf> {
    const plan = this.plan;
    return plan ? later.practitionerOf(plan.effectiveAnswers) : undefined;
  }

  /** True when sharing without consent may be recorded: the definition allows it, on the practitioner channel. */
  get practitionerModeOn(): boolean {
    return this.#practitionerMode;
  }

  /** What a professional has said about the person's agreement, and about sharing without it. */
  get agreement(): ProfessionalAgreement {
    return this.#agreement;
  }
  get withoutConsent(): WithoutConsentDetails {
    return this.#withoutConsent;
  }
  get bestInterests(): BestInterestsDetails {
    return this.#bestInterests;
  }

  /** What is missing on the "who agrees" screens, from the last attempt to continue. */
  get whoIssues(): readonly WhoAgreesIssue[] {
    return this.#whoIssues;
  }

  /** A professional's answer on the "their agreement" screen. */
  setAgreement(change: Partial<ProfessionalAgreement>): void {
    this.#agreement = { ...this.#agreement, ...change };
    this.#whoIssues = [];
    this.#host.requestUpdate();
  }

  /** A professional's answer on the "sharing without their agreement" screen. */
  setWithoutConsent(change: Partial<WithoutConsentDetails>): void {
    this.#withoutConsent = { ...this.#withoutConsent, ...change };
    this.#host.requestUpdate();
  }

  /** A professional's answer on the "best-interests decision" screen. */
  setBestInterests(change: Partial<BestInterestsDetails>): void {
    this.#bestInterests = { ...this.#bestInterests, ...change };
    this.#host.requestUpdate();
  }

  /** Consent questions left unanswered at the last attempt to continue. */
  get consentIssues(): readonly ConsentIssue[] {
    return this.#consentIssues;
  }

  /** The receipt of what was sent: per service, purpose, basis, fields, retention, contact. */
  get receipt(): ConsentReceipt | undefined {
    const submission = this.#submission;
    if (!submission || !this.#setup || this.#state?.step.kind !== 'sent') return undefined;
    return later.buildReceipt(this.#sentConsents, this.#setup.definition, { now: new Date(submission.createdAt), locale: this.#locale, submissionId: submission.submissionId });
  }

  /** The code that reopens the receipt and authorises withdrawing, once sent. */
  get receiptCode(): string | undefined {
    return this.#state?.step.kind === 'sent' ? this.#receiptCode : undefined;
  }

  /** How withdrawing a consent record is going. */
  withdrawalOf(recordId: string): WithdrawalProgress | undefined {
    return this.#withdrawals.get(recordId);
  }

  /**
   * Withdraws one consent-based purpose the person agreed to: one press, as agreeing was
   * (rule 4). Posts the withdrawal notice, authorised by the receipt code.
   */
  async withdraw(recordId: string): Promise<void> {
    const submission = this.#submission;
    const record = this.#sentConsents.find((r) => r.recordId === recordId);
    const code = this.#receiptCode;
    if (!submission || !record || !code || !this.#setup || this.#withdrawals.get(recordId)?.status === 'sending') return;
    const { record: withdrawn, notice } = later.withdraw(record, { now: this.#now(), actor: 'subject', method: 'online', submissionId: submission.submissionId });
    this.#withdrawals.set(recordId, { status: 'sending' });
    this.#host.requestUpdate();
    try {
      await later.sendWithdrawal(notice, code, { endpoint: this.#setup.config.endpoint, ...(this.#setup.clientOptions?.fetch && { fetch: this.#setup.clientOptions.fetch }) });
      this.#sentConsents = this.#sentConsents.map((r) => (r.recordId === recordId ? withdrawn : r));
      this.#withdrawals.set(recordId, { status: 'done' });
    } catch (error) {
      this.#withdrawals.set(recordId, { status: 'failed', refused: error instanceof later.EndpointRequestError && error.status >= 400 && error.status < 500 && error.status !== 429 });
    }
    this.#host.requestUpdate();
  }

  /** The submission being sent or waiting to be sent. */
  get submission(): Submission | undefined {
    return this.#submission;
  }

  // ---- Save and come back later ---------------------------------------------------------

  /**
   * What "save and come back later" keeps (before the browser encrypts it): answers,
   * chosen services, the step, and consent decisions once confirmed. Undefined once sent.
   */
  get draft(): FlowDraft<ConsentDecisions> | undefined {
    const state = this.#state;
    if (!state || !this.#setup || this.#finished) return undefined;
    return flowDraftOf(state, this.#setup.definition, this.#consentStepDraft());
  }

  /**
   * Carries on from a decrypted draft: answers, chosen services, position and consent
   * decisions come back, and nothing answered is asked again. Resolves to why not, if not.
   */
  restore(content: unknown): ResumeRefusal | undefined {
    if (!this.#setup || this.#finished) return 'not-a-draft';
    const readConsent = (value: unknown) => z.safeParse(z.array(later.ConsentRecordSchema), value).data as ConsentDecisions | undefined;
    const resumed = later.resumeFlow<ConsentDecisions>(this.#context(), content, { prefill: this.#sharedPrefill, readConsent });
    if (!resumed.ok) return resumed.reason;
    this.#resetConsent();
    this.#state = resumed.state;
    // Decisions made before saving stay made, should the person go back to them.
    for (const record of resumed.state.consent ?? []) {
      const state = later.consentState(record);
      if (state === 'given' || state === 'refused') this.#choices.set(later.decisionKey(record.serviceId, record.purposeId), { choice: state, at: new Date(record.events.at(-1)!.at) });
    }
    if (resumed.state.step.kind === 'privacy-and-consent' || resumed.state.consent) this.#enterConsent();
    const consentStep = later.readConsentStepDraft(resumed.consentStep);
    if (consentStep) this.#resumeConsentStep(consentStep);
    this.#changed(true);
    return undefined;
  }

  /** What the consent step has been told, once the person has reached it: saved with the draft. */
  #consentStepDraft(): ConsentStepDraft | undefined {
    const state = this.#state;
    if (!state || (state.step.kind !== 'privacy-and-consent' && state.consent === undefined)) return undefined;
    const choices = [...this.#choices].map(([key, { choice, at }]) => {
      const [serviceId = '', purposeId = ''] = key.split('\u0000');
      return { serviceId, purposeId, choice, at: at.toISOString() };
    });
    return {
      screen: this.#consentScreen,
      professional: this.#agreement,
      withoutConsent: this.#withoutConsent,
      bestInterests: this.#bestInterests,
      choices,
      overrides: this.#overrides,
    };
  }

  /** Puts back what the consent step had been told before saving, on the screen the person was on. */
  #resumeConsentStep(saved: ConsentStepDraft): void {
    this.#agreement = saved.professional;
    this.#withoutConsent = saved.withoutConsent;
    this.#bestInterests = saved.bestInterests;
    // A decision to share without consent stands with the confirmed records it was made with.
    if (this.#state?.consent) this.#overrides = saved.overrides;
    const chosen = new Set(this.#state?.chosenServices ?? []);
    for (const { serviceId, purposeId, choice, at } of saved.choices) {
      const key = later.decisionKey(serviceId, purposeId);
      if (chosen.has(serviceId) && !this.#choices.has(key)) this.#choices.set(key, { choice, at: new Date(at) });
    }
    if (this.#state?.step.kind !== 'privacy-and-consent') return;
    this.#consentScreen = saved.screen;
    if (saved.screen === 'decisions') {
      this.#noticeShownAt ??= this.#now();
      this.#requestConsents();
    }
  }

  // ---- What the person does ---------------------------------------------------------------

  /** An answer changed (parsed stage); `inputError` when the raw input could not be read. */
  answer(field: FieldPath, value: unknown, inputError?: InputError): void {
    this.#dispatch({ type: 'answer', field, value, ...(inputError && { inputError }) }, false);
  }

  /** The chosen services changed. */
  chooseServices(serviceIds: readonly string[]): void {
    this.#dispatch({ type: 'chooseServices', serviceIds }, false);
  }

  /**
   * Continue (or, on "check your answers", send). Resolves once the step has changed or
   * its issues are known, and — when sending — once delivery has an outcome.
   */
  async continue(): Promise<void> {
    const state = this.#state;
    if (!state) return;
    if (state.step.kind === 'privacy-and-consent') return this.#confirmConsent();
    if (state.step.kind === 'check-answers') return this.#submit();
    this.#dispatch({ type: 'continue' }, true);
  }

  back(): void {
    // Within the consent step, Back goes to the professional's first screen.
    if (this.#state?.step.kind === 'privacy-and-consent' && this.#consentScreen !== this.#firstConsentScreen) {
      this.#showConsentScreen(this.#firstConsentScreen);
      return;
    }
    this.#dispatch({ type: 'back' }, true);
  }

  /** A change link on "check your answers". */
  change(pageId: string): void {
    this.#dispatch({ type: 'change', pageId }, true);
  }

  /** Change the chosen services from "check your answers". */
  changeServices(): void {
    this.#dispatch({ type: 'changeServices' }, true);
  }

  /** The person agreed to, or refused, one service and purpose. */
  decide(serviceId: string, purposeId: string, choice: ConsentChoice): void {
    this.#choices.set(later.decisionKey(serviceId, purposeId), { choice, at: this.#now() });
    this.#consentIssues = this.#consentIssues.filter((i) => i.serviceId !== serviceId || i.purposeId !== purposeId);
    this.#host.dispatchEvent(new OneStoryConsentChangeEvent({ serviceId, purposeId, state: choice }));
    this.#host.requestUpdate();
  }

  /** Try sending again from "not sent yet". */
  async retry(): Promise<void> {
    const state = this.#state;
    if (!state || state.step.kind !== 'not-sent-yet' || !this.#submission) return;
    this.#dispatch({ type: 'retry' }, true);
    await this.#deliver(this.#submission);
  }

  // ---- Internals -------------------------------------------------------------------------

  get #practitionerMode(): boolean {
    return this.#setup?.definition.settings?.practitionerMode === true && this.#setup.config.practitioner;
  }

  get #firstConsentScreen(): ConsentScreen {
    const plan = this.plan;
    return plan && later.fillerOf(plan.effectiveAnswers) === 'professional' ? 'agreement' : 'decisions';
  }

  #showConsentScreen(screen: ConsentScreen): void {
    this.#consentScreen = screen;
    this.#whoIssues = [];
    this.#consentIssues = [];
    // The notice is on screen with the decisions: the records say so from then (rule 10).
    if (screen === 'decisions') {
      this.#noticeShownAt ??= this.#now();
      this.#requestConsents();
    }
    this.#changed(true);
  }

  get #finished(): boolean {
    const kind = this.#state?.step.kind;
    return kind === 'sending' || kind === 'sent' || kind === 'not-sent-yet';
  }

  #today(): string {
    return isoDateOf(this.#now());
  }

  #context(): FlowContext {
    return { definition: this.#setup!.definition, today: this.#today(), locale: this.#locale };
  }

  #stepMessage(code: MessageKey, serviceId: string | undefined): string {
    const service = this.#setup?.definition.services.find((s) => s.id === serviceId);
    return translate(this.#locale, code, service ? { service: service.name[this.#locale] } : {});
  }

  #prefillFor(ownAnswers: Answers): Answers {
    const prefill: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(this.#sharedPrefill)) {
      if ((ownAnswers as Record<string, unknown>)[field] === undefined) prefill[field] = value;
    }
    return prefill as Answers;
  }

  #dispatch(action: FlowAction<ConsentDecisions>, navigation: boolean): void {
    const state = this.#state;
    if (!state || !this.#setup) return;
    const next = flowReducer(state, action, this.#context());
    if (next === state) return;
    const moved = !sameStep(state, next);
    this.#state = next;
    if (moved && state.step.kind === 'page') this.#shareAnswers();
    if (moved && next.step.kind === 'privacy-and-consent') this.#enterConsent();
    this.#changed(navigation && moved);
  }

  /** Gives the provider what the person has said here, so other intakes need not ask again. */
  #shareAnswers(): void {
    const state = this.#state;
    const plan = this.plan;
    if (!this.#share || !state || !plan) return;
    const own: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(plan.effectiveAnswers)) {
      if ((state.answers as Record<string, unknown>)[field] !== undefined) own[field] = value;
    }
    this.#share(own as Answers);
  }

  #changed(stepChanged: boolean): void {
    if (stepChanged) this.#firePageChange();
    this.#host.requestUpdate();
  }

  #firePageChange(): void {
    const state = this.#state;
    const plan = this.plan;
    if (!state || !plan) return;
    const position = state.step.kind === 'page' ? progress(plan, state.step.pageId) : undefined;
    this.#host.dispatchEvent(
      new OneStoryPageChangeEvent({
        step: state.step.kind,
        ...(state.step.kind === 'page' && { pageId: state.step.pageId, index: position!.index }),
        total: plan.pages.length,
      }),
    );
  }

  // The notice is on screen from the moment the step is entered (rule 10: before any decision).
  // Coming back to the step later keeps the first time: decisions made since then followed it.
  #enterConsent(): void {
    this.#consentScreen = this.#firstConsentScreen;
    this.#whoIssues = [];
    if (this.#consentScreen === 'decisions') this.#noticeShownAt ??= this.#now();
    this.#consentIssues = [];
    this.#requestConsents();
    const chosen = new Set(this.#state?.chosenServices ?? []);
    for (const key of [...this.#choices.keys()]) {
      if (!chosen.has(key.split('\u0000')[0]!)) this.#choices.delete(key);
    }
  }

  #requestConsents(): void {
    const state = this.#state;
    const plan = this.plan;
    if (!state || !plan || !this.#setup) return;
    const dateOfBirth = plan.effectiveAnswers['person.dateOfBirth'];
    const shownAt = this.#noticeShownAt;
    const requested = later.requestConsents(this.#setup.definition, state.chosenServices, {
      now: shownAt ?? this.#now(),
      newId: this.#newId,
      locale: this.#locale,
      subject: this.#subject,
      ageBand: later.ageBandOf(dateOfBirth, this.#today()),
    });
    // Shared without consent or in someone's best interests, the notice may never be shown.
    this.#requested = shownAt ? requested.map((record) => later.markNoticeShown(record, { now: shownAt })) : requested;
  }

  #resetConsent(): void {
    this.#noticeShownAt = undefined;
    this.#requested = [];
    this.#choices.clear();
    this.#consentIssues = [];
    this.#consentScreen = 'decisions';
    this.#agreement = {};
    this.#withoutConsent = {};
    this.#bestInterests = {};
    this.#whoIssues = [];
    this.#overrides = [];
    this.#submission = undefined;
    this.#receiptCode = undefined;
    this.#sentConsents = [];
    this.#withdrawals.clear();
  }

  async #confirmConsent(): Promise<void> {
    const path = this.consentPath;
    const plan = this.plan;
    const state = this.#state;
    if (!path || !plan || !state || !this.#setup) return;
    const practitioner = this.practitioner;
    switch (this.#consentScreen) {
      case 'agreement': {
        this.#whoIssues = later.professionalAgreementIssues(path, this.#agreement);
        if (this.#whoIssues.length > 0) return this.#host.requestUpdate();
        return this.#showConsentScreen(path.kind === 'without-consent' ? 'without-consent' : path.kind === 'best-interests' ? 'best-interests' : 'decisions');
      }
      case 'without-consent':
        this.#whoIssues = later.withoutConsentIssues(this.#withoutConsent, practitioner);
        break;
      case 'best-interests':
        this.#whoIssues = later.bestInterestsIssues(this.#bestInterests, practitioner);
        break;
      case 'decisions': {
        // A parent filling it in for someone 16 or over: said here, before any decision.
        this.#whoIssues = path.kind === 'blocked' ? [{ part: 'route', key: path.need }] : [];
        const missing = this.#requested.filter(
          (record) => later.purposeQuestionOf(path, record).asked && !this.#choices.has(later.decisionKey(record.serviceId, record.purposeId)),
        );
        this.#consentIssues = missing.map(({ serviceId, purposeId }) => ({ serviceId, purposeId }));
        if (this.#consentIssues.length > 0) return this.#host.requestUpdate();
      }
    }
    if (this.#whoIssues.length > 0) return this.#host.requestUpdate();
    const decisions = new Map(
      [...this.#choices].map(([key, { choice, at }]) => [key, { choice, at: at < this.#noticeShownAt! ? this.#noticeShownAt! : at }] as const),
    );
    const finished = later.finishConsent({
      definition: this.#setup.definition,
      chosenServices: state.chosenServices,
      records: this.#requested,
      path,
      decisions,
      answers: plan.effectiveAnswers,
      ...(practitioner && { practitioner }),
      professional: this.#agreement,
      withoutConsent: this.#withoutConsent,
      bestInterests: this.#bestInterests,
      now: this.#now(),
      newId: this.#newId,
    });
    this.#overrides = finished.overrides;
    this.#consentIssues = [];
    this.#dispatch({ type: 'consentDecided', consent: finished.consents }, true);
  }

  async #submit(): Promise<void> {
    const state = this.#state;
    if (!state || !this.#setup) return;
    const candidate = flowReducer(state, { type: 'continue' }, this.#context());
    if (candidate.step.kind !== 'sending') {
      // Something is missing after all: the flow has gone to where it can be fixed.
      this.#state = candidate;
      this.#changed(!sameStep(state, candidate));
      return;
    }
    const { definition, config } = this.#setup;
    const receiptCode = later.generateReceiptCode();
    const verifierHash = await later.receiptVerifierHash(receiptCode.verifier);
    let submission: Submission;
    try {
      submission = later.buildSubmission(
        {
          definition,
          story: flowPlan(candidate, this.#context()).story,
          chosenServices: candidate.chosenServices,
          consents: candidate.consent ?? [],
          overrides: this.#overrides,
          locale: this.#locale,
          channel: config.practitioner ? 'practitioner' : 'web',
          receipt: { selector: receiptCode.selector, verifierHash },
        },
        { now: this.#now(), newId: this.#newId },
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.#reportError('submission', error.message, error.issues);
      this.#state = flowReducer(candidate, { type: 'failed' }, this.#context());
      this.#changed(true);
      return;
    }
    const proceed = this.#host.dispatchEvent(new OneStorySubmitEvent({ submission }));
    if (!proceed) return;
    this.#submission = submission;
    this.#receiptCode = receiptCode.code;
    this.#sentConsents = submission.consents;
    this.#withdrawals.clear();
    this.#state = candidate;
    this.#changed(true);
    await this.#deliver(submission);
  }

  async #deliver(submission: Submission): Promise<void> {
    // Made here if the later steps came only when the person acted (a first load failed).
    if (!this.#client && this.#setup) this.#makeClient(this.#setup);
    const client = this.#client;
    if (!client) return;
    const result = await client.submit(submission);
    this.#settle(result);
  }

  #settle(result: DeliveryResult): void {
    if (result.submissionId !== this.#submission?.submissionId) return;
    if (result.status === 'sent') {
      this.#dispatch({ type: 'submitted', reference: result.reference }, true);
      this.#host.dispatchEvent(new OneStorySubmittedEvent({ reference: result.reference, submissionId: result.submissionId }));
    } else if (result.status === 'queued') {
      this.#dispatch({ type: 'queued' }, true);
      // The client's loop only plans a retry for what was queued when it (re)started.
      if (this.#connected && this.#client) {
        this.#stopClient?.();
        this.#stopClient = this.#client.start();
      }
    } else {
      this.#reportError('delivery', result.error.message, result.error.problem.issues ?? []);
      this.#dispatch({ type: 'failed' }, true);
    }
  }

  // A queued submission the client later sends by itself (back online, next due time).
  #onDeliveryEvent(event: DeliveryEvent): void {
    if (event.type !== 'sent' || event.submissionId !== this.#submission?.submissionId) return;
    if (this.#state?.step.kind !== 'not-sent-yet') return;
    this.#dispatch({ type: 'retry' }, false);
    this.#settle({ status: 'sent', submissionId: event.submissionId, reference: event.reference, receipts: event.receipts });
  }

  #createClient(setup: IntakeSetup): void {
    this.#removeListener?.();
    this.#stopClient?.();
    this.#client = this.#stopClient = this.#removeListener = undefined;
    // The delivery client is one of the later steps: in the CDN build it is made once they
    // are here (before anything can be sent: sending waits for them too).
    if (laterStepsLoaded()) this.#makeClient(setup);
    else loadLaterSteps().then(() => this.#setup === setup && !this.#client && this.#makeClient(setup), () => undefined);
  }

  #makeClient(setup: IntakeSetup): void {
    this.#client = later.createSubmissionClient({
      ...setup.clientOptions,
      endpoint: setup.config.endpoint,
      serviceEndpoints: { ...later.serviceEndpointsOf(setup.definition), ...setup.clientOptions?.serviceEndpoints },
      ...(setup.persist && !setup.clientOptions?.outbox && { outbox: later.createIndexedDbOutbox() }),
    });
    this.#removeListener = this.#client.addListener((event) => this.#onDeliveryEvent(event));
    if (this.#connected) this.#stopClient = this.#client.start();
  }

  #reportError(
    kind: 'submission' | 'delivery',
    message: string,
    issues: readonly { path: string; code?: string; message: string }[],
  ): void {
    console.error(`<onestory-intake>: ${message}`);
    this.#host.dispatchEvent(
      new OneStoryErrorEvent({
        kind,
        message,
        problems: issues.map((issue) => ({ path: issue.path, code: issue.code ?? kind, message: issue.message })),
      }),
    );
  }
}

function sameStep(a: FlowState<unknown>, b: FlowState<unknown>): boolean {
  if (a.step.kind !== b.step.kind) return false;
  return a.step.kind !== 'page' || a.step.pageId === (b.step as { pageId: string }).pageId;
}
