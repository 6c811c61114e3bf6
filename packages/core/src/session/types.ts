import type { ConsentRecord, Practitioner, PractitionerOverride } from '../consent/consent-record.schema.js';
import type { AddressChoice } from '../consent/address-decision.js';
import type { SafeWay } from '../consent/disclosure.schema.js';
import type { ConsentStepScreen } from '../consent/consent-step-draft.js';
import type { ConsentReceipt } from '../consent/receipt.js';
import type { ServicePreview } from '../consent/preview.js';
import type {
  BestInterestsDetails,
  ConsentPath,
  ProfessionalAgreement,
  WhoAgreesIssue,
  WithoutConsentDetails,
} from '../consent/who-agrees.js';
import type { Definition } from '../definition/definition.schema.js';
import type { SubmissionRejectedError } from '../delivery/delivery-errors.js';
import type { DeliveryResult } from '../delivery/delivery-events.js';
import type { FlowDraft } from '../engine/flow-draft.js';
import type { JourneyProgress } from '../engine/journey-progress.js';
import type { CheckAnswersRow, FlowState, FlowStep, InputError, Plan, PlannedPage, ServiceEligibility } from '../engine/types.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { Issue } from '../issue/issue.js';
import type { Voice } from '../engine/voice.js';
import type { Answers, FieldPath } from '../story/fields.js';
import type { Submission } from '../submission/submission.schema.js';
import type { WithdrawalNotice } from '../submission/withdrawal-notice.schema.js';
import type { AfterQuestions } from './after-questions.js';

/** The consent decisions the flow carries: one record per chosen service and purpose. */
export type ConsentDecisions = readonly ConsentRecord[];

/** The person's answer to one consent question. */
export type ConsentChoice = 'given' | 'refused';

/** The screens of the privacy-and-consent step (consent's {@link ConsentStepScreen}). */
export type ConsentScreen = ConsentStepScreen;

/**
 * A consent question left unanswered when the person tried to continue, in core's one
 * {@link Issue} shape: `path` is `[serviceId, purposeId]`, `code` `ui.consent.required`.
 */
export type ConsentIssue = Issue<MessageKey>;

/** How withdrawing one consent is going: on its way, recorded, or not (refused for good, or try again). */
export type WithdrawalProgress = { readonly status: 'sending' | 'done' } | { readonly status: 'failed'; readonly refused: boolean };

/** Where the privacy-and-consent step stands. Kept by service and purpose, so it survives a language switch. */
export interface ConsentStepState {
  readonly screen: ConsentScreen;
  /** When the privacy notice was first on screen with the decisions (rule 10: before any decision). */
  readonly noticeShownAt: Date | undefined;
  /** The records being decided on, one per chosen service and purpose. */
  readonly requested: readonly ConsentRecord[];
  /** The person's choices so far, by `decisionKey(serviceId, purposeId)`. */
  readonly choices: Readonly<Record<string, { readonly choice: ConsentChoice; readonly at: Date }>>;
  /** Questions left unanswered at the last attempt to continue. */
  readonly issues: readonly ConsentIssue[];
  /** What a professional said on the "who agrees" screens. */
  readonly agreement: ProfessionalAgreement;
  readonly withoutConsent: WithoutConsentDetails;
  readonly bestInterests: BestInterestsDetails;
  /** What is missing on the "who agrees" screens, from the last attempt to continue. */
  readonly whoIssues: readonly WhoAgreesIssue[];
  /** Decisions to share without consent, once the step is finished. */
  readonly overrides: readonly PractitionerOverride[];
  /**
   * What the person decided about their address, by service id (see
   * `servicesNeedingAddressDecision`): a safe address may still be being written in.
   */
  readonly addressDecisions: Readonly<Record<string, AddressChoice>>;
}

/** A submission handed to delivery, with what its receipt needs. */
export interface SentSubmission {
  readonly submission: Submission;
  /** The code that reopens the receipt and authorises withdrawing (never stored; the endpoint keeps its hash). */
  readonly receiptCode: string;
  /** The consent records as they now stand (a withdrawal changes them). */
  readonly consents: readonly ConsentRecord[];
  /** How each withdrawal went, by record id. */
  readonly withdrawals: Readonly<Record<string, WithdrawalProgress>>;
  /** Each record as it will stand once its withdrawal, on its way, is recorded. */
  readonly withdrawing: Readonly<Record<string, ConsentRecord>>;
}

/**
 * The whole intake session: the flow, the consent step, the language, what other intakes
 * shared, and the submission once sent. Plain data, replaced by {@link updateSession}.
 */
export interface SessionState {
  readonly flow: FlowState<ConsentDecisions>;
  readonly locale: Locale;
  /** Pseudonymous id of the person for their consent records. */
  readonly subject: string;
  /** Answers another intake under the same provider collected. */
  readonly sharedPrefill: Answers;
  readonly consent: ConsentStepState;
  readonly sent: SentSubmission | undefined;
}

/** What the session needs besides its state: fixed for the session, injected so it stays deterministic. */
export interface SessionContext {
  /** A definition that passed `loadDefinition`. */
  readonly definition: Definition;
  /** True on the practitioner channel (the `practitioner` attribute). */
  readonly practitioner: boolean;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * The steps after the questions: pass `afterQuestions` (from this module). Without it
   * the session shows its question pages, and an action that would go further changes
   * nothing and asks for it instead (a `loadAfterQuestions` effect), so that code can be
   * loaded while the person reads the first page.
   */
  readonly afterQuestions?: AfterQuestions;
}

/** Everything the person (and delivery) can do to a session. */
export type SessionAction =
  /** An answer changed (parsed stage); `inputError` when the raw input could not be read. */
  | { readonly type: 'answer'; readonly field: FieldPath; readonly value: unknown; readonly inputError?: InputError }
  | { readonly type: 'chooseServices'; readonly serviceIds: readonly string[] }
  /** Continue: on "check your answers", asks the host to send (a `send` effect) when all is well. */
  | { readonly type: 'continue' }
  | { readonly type: 'back' }
  | { readonly type: 'change'; readonly pageId: string }
  | { readonly type: 'changeServices' }
  | { readonly type: 'setLocale'; readonly locale: Locale }
  | { readonly type: 'setSharedPrefill'; readonly answers: Answers }
  | { readonly type: 'decide'; readonly serviceId: string; readonly purposeId: string; readonly choice: ConsentChoice }
  | { readonly type: 'setAgreement'; readonly change: Partial<ProfessionalAgreement> }
  | { readonly type: 'setWithoutConsent'; readonly change: Partial<WithoutConsentDetails> }
  | { readonly type: 'setBestInterests'; readonly change: Partial<BestInterestsDetails> }
  /** The person's decision about their address for one service that contacts the household. */
  | { readonly type: 'decideAddress'; readonly serviceId: string; readonly decision: AddressChoice }
  /** The host built the submission and lets it go (its `onestory-submit` was not cancelled). */
  | { readonly type: 'sending'; readonly submission: Submission; readonly receiptCode: string }
  /** The submission could not be built: it breaks a lawful-basis rule. */
  | { readonly type: 'submissionInvalid' }
  /** Delivery's outcome for a submission (one for another submission is ignored). */
  | { readonly type: 'delivered'; readonly result: DeliveryResult }
  /** A queued submission was sent later by the delivery client on its own. */
  | { readonly type: 'sentLater'; readonly submissionId: string; readonly reference: string }
  | { readonly type: 'retry' }
  /** Withdraw one consent the person gave (a `withdraw` effect carries the notice to post). */
  | { readonly type: 'withdraw'; readonly recordId: string }
  | { readonly type: 'withdrawalSettled'; readonly recordId: string; readonly outcome: WithdrawalProgress };

/** The `onestory-page-change` detail. Carries no answers. */
export interface PageChange {
  /** The kind of step now shown: `services`, `page`, `privacy-and-consent`, `check-answers`, `sending`, `sent` or `not-sent-yet`. */
  readonly step: FlowStep['kind'];
  /** The definition's page id, on a question page. */
  readonly pageId?: string;
  /** 0-based position among the question pages, on a question page. */
  readonly index?: number;
  /** Number of question pages in the plan as it stands (it changes as answers do). */
  readonly total: number;
  /**
   * The place the person reads ("Step 4 of 16", or "Step 4" while the total is not known):
   * every step counts, services, consent and check included. Absent outside the count
   * (sending, sent, not sent yet). A host page showing progress of its own uses this, so
   * the two never disagree.
   */
  readonly progress?: JourneyProgress;
}

/** What the host must do after an update: fire an event, share, send, post. */
export type SessionEffect =
  | { readonly type: 'pageChanged'; readonly detail: PageChange }
  /** The action needs the steps after the questions, not in the context yet: load them, then run it again. */
  | { readonly type: 'loadAfterQuestions' }
  /** Give the provider what the person said here, so other intakes need not ask again. */
  | { readonly type: 'share'; readonly answers: Answers }
  | { readonly type: 'consentChanged'; readonly serviceId: string; readonly purposeId: string; readonly state: ConsentChoice }
  /** Everything is ready: build the submission (`sessionSubmission`) and, unless cancelled, dispatch `sending`. */
  | { readonly type: 'send' }
  /** Hand this submission to the delivery client. */
  | { readonly type: 'deliver'; readonly submission: Submission }
  | { readonly type: 'submitted'; readonly reference: string; readonly submissionId: string }
  /** Safe in the outbox: the delivery client should plan a retry. */
  | { readonly type: 'queued' }
  /** The endpoint refused it for good: report why to the developer. */
  | { readonly type: 'deliveryFailed'; readonly error: SubmissionRejectedError }
  /** Post this withdrawal notice, authorised by the receipt code. */
  | { readonly type: 'withdraw'; readonly recordId: string; readonly notice: WithdrawalNotice; readonly code: string };

/** The state after an update, and what the host must do. */
export interface SessionUpdate {
  readonly state: SessionState;
  readonly effects: readonly SessionEffect[];
}

/** What the consent step's screens render. */
export interface ConsentView {
  readonly screen: ConsentScreen;
  readonly records: readonly ConsentRecord[];
  readonly path: ConsentPath;
  /** Choices made, by `decisionKey(serviceId, purposeId)`. */
  readonly choices: Readonly<Record<string, ConsentChoice>>;
  readonly issues: readonly ConsentIssue[];
  readonly whoIssues: readonly WhoAgreesIssue[];
  readonly agreement: ProfessionalAgreement;
  readonly withoutConsent: WithoutConsentDetails;
  readonly bestInterests: BestInterestsDetails;
  /** The professional filling in, when they gave their name and role. */
  readonly practitioner: Practitioner | undefined;
  /** The address screen: the services that need a decision about the address, and what is decided. */
  readonly address: AddressView;
}

/** What the "your address" screen of the consent step shows. */
export interface AddressView {
  /** Chosen services (ids) that contact the household and need the address, while someone feared lives there. */
  readonly services: readonly string[];
  /** The ways to reach the person without their address that they marked safe. */
  readonly safeWays: readonly SafeWay[];
  /** What is decided so far, by service id. */
  readonly decisions: Readonly<Record<string, AddressChoice>>;
}

/**
 * What the intake renders, as plain data: derived from the session, nothing to compute in
 * a view. Parts that belong to one step are empty on the others.
 */
export interface SessionView {
  readonly flow: FlowState<ConsentDecisions>;
  readonly locale: Locale;
  readonly plan: Plan;
  /** Who the questions speak to: the person, or someone filling it in about them (a professional, a parent). */
  readonly voice: Voice;
  /** The question page on screen, if any. */
  readonly page: PlannedPage | undefined;
  /** Position among the question pages. */
  readonly progress: { readonly index: number; readonly total: number } | undefined;
  /** Where the person is in the whole journey, for "Step 4 of 16" (or "Step 4" while the total is not known). */
  readonly journeyProgress: JourneyProgress | undefined;
  readonly canGoBack: boolean;
  /** Whether each service is open to the person (services step). */
  readonly eligibility: readonly ServiceEligibility[];
  /** The rows of "check your answers". */
  readonly checkAnswersRows: readonly CheckAnswersRow[];
  /** "Who will see what": each chosen service's envelope, or that it gets nothing. */
  readonly previews: readonly ServicePreview[];
  /** The consent step's screens; undefined on every other step. */
  readonly consent: ConsentView | undefined;
  /** The receipt of what was sent, and the code that reopens it (confirmation page). */
  readonly receipt: ConsentReceipt | undefined;
  readonly receiptCode: string | undefined;
  readonly withdrawals: Readonly<Record<string, WithdrawalProgress>>;
  /** What "save and come back later" keeps; undefined once sending. */
  readonly draft: FlowDraft<ConsentDecisions> | undefined;
}
