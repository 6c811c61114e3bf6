import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
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
  /** True when its answer came from prefill and it is shown only for confirmation. */
  readonly confirmingPrefill: boolean;
}

/** A page with at least one question to ask. */
export interface PlannedPage {
  readonly page: Page;
  readonly questions: readonly PlannedQuestion[];
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
  /** Visible pages in order; a page with nothing left to ask is left out. */
  readonly pages: readonly PlannedPage[];
  /** Every visible question, in page order. Each Story field appears at most once. */
  readonly questions: readonly PlannedQuestion[];
  /**
   * Answers that count: prefill plus answers to visible questions. Answers to hidden
   * questions are kept in `PlanInput.answers` (so they come back) but never appear here.
   */
  readonly effectiveAnswers: Answers;
  /** `effectiveAnswers` as a Story: exactly what may be disclosed. */
  readonly story: Story;
  /** Completeness per chosen service. */
  readonly completeness: readonly ServiceCompleteness[];
}

/** A validation issue for one question, ready to show (inline and in the error summary). */
export interface FieldIssue {
  readonly questionId: string;
  readonly field: FieldPath;
  /** Catalogue key of the message. */
  readonly code: MessageKey;
  /** The message in the requested locale (text, never HTML). */
  readonly message: string;
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
  /** True when one of the person's described needs falls in the service's domains. */
  readonly suggested: boolean;
}

/** Arguments shared by functions that produce text. */
export interface TextOptions {
  readonly locale: Locale;
}
