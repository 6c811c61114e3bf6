import type { MessageKey } from '../i18n/catalogue.js';
import type { Issue } from '../issue/issue.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { DeclaredField } from '../definition/declared-field.schema.js';
import type { Definition, Page, Question } from '../definition/definition.schema.js';
import type { Answers, FieldPath } from '../story/fields.js';
import type { IsoDate } from '../story/rules.js';
import type { Story } from '../story/story.schema.js';

/** Everything the engine plans over. All of it is plain data; planning is pure. */
export interface PlanInput {
  /** A definition that passed `loadDefinition`. */
  readonly definition: Definition;
  /** Answers given so far (parsed stage), including ones to questions now hidden. */
  readonly answers: Answers;
  /** Ids of the services the person has chosen. */
  readonly chosenServices: readonly string[];
  /** Answers known before the person started (from a partner system or an earlier intake). */
  readonly prefill?: Answers;
  /** Today's date, injected so that ages and date conditions are deterministic. */
  readonly today: IsoDate;
}

/** A question the person will be asked. */
export interface PlannedQuestion {
  readonly question: Question;
  /** The page it is on. */
  readonly pageId: string;
  /** True when a chosen service requires it (a core purpose lists it in `requires`). */
  readonly required: boolean;
  /** Ids of the chosen services that need or optionally use it. */
  readonly neededBy: readonly string[];
  /**
   * True when its answer came from prefill: it is shown for confirmation (the question sets
   * `confirmPrefill`) or for correction (the prefilled value is not valid).
   */
  readonly confirmingPrefill: boolean;
  /** True for a front-door question: no service lists its field, so it is always asked. */
  readonly frontDoor: boolean;
  /** The declaration of its field, when it asks a declared field (`declared.<id>`). */
  readonly declared?: DeclaredField;
}

/** A page with at least one question to ask. */
export interface PlannedPage {
  readonly page: Page;
  readonly questions: readonly PlannedQuestion[];
  /**
   * True for a page in the leading run of front-door pages (all its questions front-door,
   * none depending on chosen services): the flow asks these before the services step, so
   * that the needs a person describes can suggest services.
   */
  readonly beforeServices: boolean;
}

/** What a chosen service still lacks. */
export interface ServiceCompleteness {
  readonly serviceId: string;
  readonly complete: boolean;
  /** Required fields with no answer yet. */
  readonly missing: readonly FieldPath[];
}

/** The result of planning: what to ask, in what order, and what would be submitted. */
export interface Plan {
  /** The definition planned over. */
  readonly definition: Definition;
  /** The chosen services the definition knows, in the order given, without repeats. */
  readonly chosenServices: readonly string[];
  /** The `today` planned with. */
  readonly today: IsoDate;
  /** Visible pages in order; a page with nothing left to ask is left out. */
  readonly pages: readonly PlannedPage[];
  /** Every visible question, in page order. Each Story field appears at most once. */
  readonly questions: readonly PlannedQuestion[];
  /**
   * Answers that count: for every question that applies (needed, and its conditions hold),
   * the person's answer or else the prefilled value, including prefilled questions that are
   * not asked again. Answers to hidden questions are kept in `PlanInput.answers` (so they
   * come back) but never appear here.
   */
  readonly effectiveAnswers: Answers;
  /** `effectiveAnswers` as a Story: exactly what may be disclosed. */
  readonly story: Story;
  /** Completeness per chosen service. */
  readonly completeness: readonly ServiceCompleteness[];
}

/**
 * One problem a field's parser found in raw input it could not read: a catalogue key, its
 * parameters, and the controls inside the field it is about (the first is where a link to
 * it leads).
 */
export interface InputProblem {
  readonly code: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly controls?: readonly string[];
}

/**
 * Why a field's raw input could not become a value: the parser's catalogue key, or every
 * problem it found (a field of several questions reports them all at once).
 */
export type InputError = MessageKey | readonly InputProblem[];

/** A validation issue for one question, ready to show (inline and in the error summary). */
export interface FieldIssue {
  readonly questionId: string;
  readonly field: FieldPath;
  /** Catalogue key of the message (words made when shown: `fieldIssueMessage`). */
  readonly code: MessageKey;
  /** Parameters of the message. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The question's label in each language, for messages that name it (`{question}`). */
  readonly question?: LocalizedText;
  /** The definition's own message for this issue, in each language; wins over `code`. */
  readonly authored?: LocalizedText;
  /**
   * The control inside the question's field element the issue is about, when it is about
   * one part of it (one of the safe-contact questions): where its summary link leads.
   */
  readonly control?: string;
}

/** One row of "check your answers". */
export interface CheckAnswersRow {
  readonly questionId: string;
  readonly pageId: string;
  /** The question label, as text. */
  readonly label: string;
  /** The answer as lines of text (an address is several lines). */
  readonly value: readonly string[];
  /** Where the change link goes: this page, then back to check your answers. */
  readonly change: { readonly pageId: string; readonly questionId: string; readonly returnTo: 'check-answers' };
}

/** Why a service is or is not offered to this person. */
export interface ServiceEligibility {
  readonly serviceId: string;
  readonly eligible: boolean;
  /** Plain-language reasons when not eligible (in the requested locale). */
  readonly reasons: readonly string[];
  /**
   * Checks that could not be made because an answer is missing (the service stays
   * eligible until the answer is known), with `notes` saying so in plain language.
   */
  readonly unchecked: readonly ('age' | 'area')[];
  /** Plain-language notes about checks not made yet (in the requested locale). */
  readonly notes: readonly string[];
  /** True when one of the person's described needs falls in the service's domains. */
  readonly suggested: boolean;
  /** Where to go instead (the definition's signpost, in the requested locale), when not eligible. */
  readonly signpost?: string;
}

/** Arguments shared by functions that produce text. */
export interface TextOptions {
  readonly locale: Locale;
}

/** A step of the intake flow. Question pages are planned; the other steps are fixed. */
export type FlowStep =
  | { readonly kind: 'services' }
  | { readonly kind: 'page'; readonly pageId: string }
  | { readonly kind: 'privacy-and-consent' }
  | { readonly kind: 'check-answers' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent'; readonly reference: string }
  | { readonly kind: 'not-sent-yet'; readonly reason: 'queued' | 'failed' };

/**
 * An issue with a whole step rather than one question, in core's one {@link Issue} shape,
 * holding no words (see `stepIssueMessage`): no service chosen (`['services']`), a chosen
 * service the person cannot use (`['services', serviceId]`), consent not decided
 * (`['consent']`).
 */
export type StepIssue = Issue<MessageKey>;

/**
 * The state of the whole intake flow. Plain data: the `<onestory-intake>` element keeps
 * one, renders it, and replaces it with what {@link FlowAction}s produce. `C` is the
 * consent decisions' type (the consent module's), carried but never inspected.
 */
export interface FlowState<C = unknown> {
  /** Where the person is. */
  readonly step: FlowStep;
  /** Ids of the services chosen so far. */
  readonly chosenServices: readonly string[];
  /** Every answer given (parsed stage), including ones to questions now hidden, so they come back. */
  readonly answers: Answers;
  /** What was known before the person started. */
  readonly prefill: Answers;
  /** Raw input that could not be parsed, by field: the field parser's catalogue key, or every problem it found. */
  readonly inputErrors: Readonly<Partial<Record<FieldPath, InputError>>>;
  /** Issues of the current page, from the last attempt to continue (empty before it). */
  readonly issues: readonly FieldIssue[];
  /** Issues of the current step as a whole, from the last attempt to continue. */
  readonly stepIssues: readonly StepIssue[];
  /** Set while changing an answer from "check your answers": continuing goes back there. */
  readonly returnTo: 'check-answers' | null;
  /** Fields shown to the person so far, in order (each once): the flow never asks them again unprompted. */
  readonly presented: readonly FieldPath[];
  /** The person's consent decisions, once made; cleared when the chosen services change. */
  readonly consent: C | undefined;
}

/** What the flow needs besides its state: fixed for the flow, injected so it stays pure. */
export interface FlowContext {
  /** A definition that passed `loadDefinition`. */
  readonly definition: Definition;
  /** Today's date. */
  readonly today: IsoDate;
  /** The language messages are produced in. */
  readonly locale: Locale;
}

/** Everything that can happen in the intake flow. */
export type FlowAction<C = unknown> =
  /** The person chose these services (replaces the previous choice). */
  | { readonly type: 'chooseServices'; readonly serviceIds: readonly string[] }
  /**
   * The person answered a question. `value` is the parsed-stage value (`undefined` clears
   * the answer); `inputError` is the parser's catalogue key when the raw input could not
   * become a value (e.g. a date with no month).
   */
  | { readonly type: 'answer'; readonly field: FieldPath; readonly value: unknown; readonly inputError?: InputError }
  /** The person pressed Continue: the current step is checked, then the flow moves on. */
  | { readonly type: 'continue' }
  /** The person pressed Back. */
  | { readonly type: 'back' }
  /** A change link on "check your answers": go to the page, then come back. */
  | { readonly type: 'change'; readonly pageId: string }
  /** Change the chosen services from "check your answers". */
  | { readonly type: 'changeServices' }
  /** The person made their consent decisions on the privacy-and-consent step. */
  | { readonly type: 'consentDecided'; readonly consent: C }
  /** The submission was accepted; `reference` is shown to the person. */
  | { readonly type: 'submitted'; readonly reference: string }
  /** The submission is safe in the outbox and will be retried. */
  | { readonly type: 'queued' }
  /** The submission was refused and will not be retried. */
  | { readonly type: 'failed' }
  /** Try sending again from "not sent yet". */
  | { readonly type: 'retry' };
