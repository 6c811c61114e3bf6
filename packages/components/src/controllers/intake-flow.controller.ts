import { ValidationError, type Answers, type Definition, type FieldPath, type Locale, type SubmissionClientOptions } from '@onestory/core';
import { type FlowState, type InputError, type ResumeRefusal } from '@onestory/core/engine';
import {
  pageChangeOf,
  restoreSession,
  sessionSubmission,
  sessionView,
  startSession,
  updateSession,
  type ConsentDecisions,
  type SessionAction,
  type SessionContext,
  type SessionEffect,
  type SessionState,
  type SessionView,
} from '@onestory/core/session';
import type { ReactiveControllerHost } from 'lit';
import { laterSteps, laterStepsLoaded } from '../intake/internal/later-steps.load.js';
import { DeliveryClientController } from './delivery-client.controller.js';
import { OneStoryConsentChangeEvent, OneStoryErrorEvent, OneStoryPageChangeEvent, OneStorySubmitEvent, OneStorySubmittedEvent } from '../events/index.js';
import type { IntakeConfig } from '../intake/intake-config.js';
import type { IntakeActions } from '../intake/internal/step-context.js';

// Moved to core's session module; named here too, as before.
export type { ConsentChoice, ConsentDecisions, ConsentIssue, ConsentScreen, WithdrawalProgress } from '@onestory/core/session';
export type { IntakeActions } from '../intake/internal/step-context.js';

/** Everything an intake is started with. */
export interface IntakeSetup {
  readonly definition: Definition;
  readonly config: IntakeConfig;
  /** Keep unsent submissions in an encrypted IndexedDB outbox (opt-in). */
  readonly persist: boolean;
  /** Extra options for the submission client (headers, retry policy…), from the host. */
  readonly clientOptions?: Partial<SubmissionClientOptions>;
}

/** The clock and id source, injectable so tests are deterministic, and how the later steps load. */
export interface IntakeDependencies {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /**
   * Loads the steps after the questions (a part of its own in the CDN build), resolving
   * true once they are here; the host shows why not when they could not be loaded.
   */
  readonly loadLaterSteps?: () => Promise<boolean>;
}

/** The host the controller drives: a Lit element, which also receives the domain events. */
export type IntakeHost = ReactiveControllerHost & EventTarget;

/**
 * Glue between core's intake session (`@onestory/core/session`, which decides everything)
 * and a Lit element: forwards what the person does to `updateSession`, carries out the
 * effects it returns (events, sharing with the provider, sending, withdrawing) and owns
 * the delivery client. Views render `view`, a plain object.
 */
export class IntakeFlowController {
  readonly #host: IntakeHost;
  readonly #clock: Pick<SessionContext, 'now' | 'newId'>;
  readonly #loadLaterSteps: () => Promise<boolean>;
  readonly #subject: string;
  #setup: IntakeSetup | undefined;
  #session: SessionState | undefined;
  #sharedPrefill: Answers = {};
  #share: ((answers: Answers) => void) | undefined;
  #view: { readonly session: SessionState; readonly view: SessionView } | undefined;
  readonly #delivery: DeliveryClientController;

  /** What the step views may do. */
  readonly actions: IntakeActions = {
    chooseServices: (serviceIds) => void this.#update({ type: 'chooseServices', serviceIds }),
    continue: () => this.#update({ type: 'continue' }),
    back: () => void this.#update({ type: 'back' }),
    change: (pageId) => void this.#update({ type: 'change', pageId }),
    changeServices: () => void this.#update({ type: 'changeServices' }),
    decide: (serviceId, purposeId, choice) => void this.#update({ type: 'decide', serviceId, purposeId, choice }),
    setAgreement: (change) => void this.#update({ type: 'setAgreement', change }),
    setWithoutConsent: (change) => void this.#update({ type: 'setWithoutConsent', change }),
    setBestInterests: (change) => void this.#update({ type: 'setBestInterests', change }),
    decideAddress: (serviceId, decision) => void this.#update({ type: 'decideAddress', serviceId, decision }),
    retry: () => this.#update({ type: 'retry' }),
    withdraw: (recordId) => this.#update({ type: 'withdraw', recordId }),
  };

  constructor(host: IntakeHost, dependencies: IntakeDependencies = {}) {
    this.#host = host;
    this.#clock = { now: dependencies.now ?? (() => new Date()), newId: dependencies.newId ?? (() => crypto.randomUUID()) };
    this.#subject = this.#clock.newId();
    this.#loadLaterSteps = dependencies.loadLaterSteps ?? (() => Promise.resolve(laterStepsLoaded()));
    this.#delivery = new DeliveryClientController(host, (submissionId, reference) => void this.#update({ type: 'sentLater', submissionId, reference }));
  }

  /** Starts (or restarts) the session; answers given so far are kept for the same definition. */
  start(setup: IntakeSetup): void {
    const previous = this.#session && this.#setup ? { state: this.#session, definition: this.#setup.definition } : undefined;
    this.#setup = setup;
    this.#delivery.configure({ definition: setup.definition, endpoint: setup.config.endpoint, persist: setup.persist, clientOptions: setup.clientOptions });
    const { locale, preselected } = setup.config;
    this.#replace(startSession(this.#context()!, { locale, subject: this.#subject, preselected, sharedPrefill: this.#sharedPrefill, ...(previous && { previous }) }));
  }

  /** The session's context once started: with the steps after the questions as soon as they are here. */
  #context(): SessionContext | undefined {
    const setup = this.#setup;
    const later = laterStepsLoaded() ? { afterQuestions: laterSteps.afterQuestions } : {};
    return setup && { definition: setup.definition, practitioner: setup.config.practitioner, ...this.#clock, ...later };
  }

  /** Stops sending and forgets everything (the host removed the definition, say). */
  stop(): void {
    this.#setup = this.#session = this.#view = undefined;
    this.#delivery.close();
    this.#host.requestUpdate();
  }

  /** Switches language: every answer, choice and issue is kept, re-worded. */
  setLocale(locale: Locale): void {
    void this.#update({ type: 'setLocale', locale });
  }

  /** The answers another intake under the same provider collected, and how to share ours. */
  setSharedPrefill(answers: Answers, share: ((answers: Answers) => void) | undefined): void {
    this.#share = share;
    this.#sharedPrefill = answers;
    void this.#update({ type: 'setSharedPrefill', answers });
  }

  /** The flow state, once started. */
  get state(): FlowState<ConsentDecisions> | undefined {
    return this.#session?.flow;
  }

  get definition(): Definition | undefined {
    return this.#setup?.definition;
  }

  get config(): IntakeConfig | undefined {
    return this.#setup?.config;
  }

  get locale(): Locale {
    return this.#session?.locale ?? this.#setup?.config.locale ?? 'en';
  }

  /** True when unsent submissions are kept on the device. */
  get persisted(): boolean {
    return this.#setup?.persist ?? false;
  }

  /** Everything the step views render (core's `sessionView`), made once per change. */
  get view(): SessionView | undefined {
    const session = this.#session;
    const context = this.#context();
    if (!session || !context) return undefined;
    if (this.#view?.session !== session) this.#view = { session, view: sessionView(session, context) };
    return this.#view.view;
  }

  /** Carries on from a decrypted draft; resolves to why not, if not. */
  restore(content: unknown): ResumeRefusal | undefined {
    const context = this.#context();
    if (!this.#session || !context) return 'not-a-draft';
    const restored = restoreSession(this.#session, context, content);
    if (!restored.ok) return restored.reason;
    this.#replace(restored.state);
    return undefined;
  }

  /** An answer changed (parsed stage); `inputError` when the raw input could not be read. */
  answer(field: FieldPath, value: unknown, inputError?: InputError): void {
    void this.#update({ type: 'answer', field, value, ...(inputError && { inputError }) });
  }

  /** A new session (started, restored): a new screen. */
  #replace(session: SessionState): void {
    this.#session = session;
    this.#host.dispatchEvent(new OneStoryPageChangeEvent(pageChangeOf(session, this.#context()!)));
    this.#host.requestUpdate();
  }

  /** Runs one action through core; resolves once the effects it asked for are done. */
  async #update(action: SessionAction): Promise<void> {
    const session = this.#session;
    const context = this.#context();
    if (!session || !context) return;
    const { state, effects } = updateSession(session, action, context);
    this.#session = state;
    if (state !== session) this.#host.requestUpdate();
    await Promise.all(effects.map((effect) => this.#carryOut(effect, action)));
  }

  async #carryOut(effect: SessionEffect, action: SessionAction): Promise<void> {
    const host = this.#host;
    switch (effect.type) {
      case 'loadAfterQuestions': {
        // Once they are here, the action runs again, unless the session moved on meanwhile.
        const session = this.#session;
        return (await this.#loadLaterSteps()) && session === this.#session ? this.#update(action) : undefined;
      }
      case 'pageChanged':
        return void host.dispatchEvent(new OneStoryPageChangeEvent(effect.detail));
      case 'share':
        return this.#share?.(effect.answers);
      case 'consentChanged':
        return void host.dispatchEvent(new OneStoryConsentChangeEvent({ serviceId: effect.serviceId, purposeId: effect.purposeId, state: effect.state }));
      case 'send':
        return this.#send();
      case 'deliver': {
        const result = await this.#delivery.submit(effect.submission);
        return result && this.#update({ type: 'delivered', result });
      }
      case 'submitted':
        return void host.dispatchEvent(new OneStorySubmittedEvent({ reference: effect.reference, submissionId: effect.submissionId }));
      case 'queued':
        return this.#delivery.planRetry();
      case 'deliveryFailed':
        return this.#reportError('delivery', effect.error.message, effect.error.problem.issues ?? []);
      case 'withdraw': {
        const outcome = await this.#delivery.withdraw(effect.notice, effect.code);
        return this.#update({ type: 'withdrawalSettled', recordId: effect.recordId, outcome });
      }
    }
  }

  async #send(): Promise<void> {
    const receiptCode = laterSteps.generateReceiptCode();
    const verifierHash = await laterSteps.receiptVerifierHash(receiptCode.verifier);
    const context = this.#context();
    if (!this.#session || !context) return;
    let submission;
    try {
      submission = sessionSubmission(this.#session, context, { selector: receiptCode.selector, verifierHash });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.#reportError('submission', error.message, error.issues);
      return this.#update({ type: 'submissionInvalid' });
    }
    if (!this.#host.dispatchEvent(new OneStorySubmitEvent({ submission }))) return;
    return this.#update({ type: 'sending', submission, receiptCode: receiptCode.code });
  }

  #reportError(kind: 'submission' | 'delivery', message: string, issues: readonly { path: string; code?: string; message: string }[]): void {
    console.error(`<onestory-intake>: ${message}`);
    const problems = issues.map((issue) => ({ path: issue.path, code: issue.code ?? kind, message: issue.message }));
    this.#host.dispatchEvent(new OneStoryErrorEvent({ kind, message, problems }));
  }
}
