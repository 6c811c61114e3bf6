import * as z from 'zod/mini';
import type { Definition } from '../definition/definition.schema.js';
import type { Answers, FieldPath } from '../story/fields.js';
import { flowPlan, startFlow } from './flow.js';
import { plannedPage } from './plan.js';
import type { FlowContext, FlowState, FlowStep } from './types.js';

/** Format version of {@link FlowDraft}. */
export const FLOW_DRAFT_VERSION = 1;

/**
 * What a saved draft holds (before encryption): the answers, the chosen services, where
 * the person was and what they had been shown, and their consent decisions so far. Only
 * the person's own browser ever sees it unencrypted.
 */
export interface FlowDraft<C = unknown> {
  readonly kind: 'onestory-draft';
  readonly version: typeof FLOW_DRAFT_VERSION;
  readonly definition: { readonly id: string; readonly version: string };
  readonly answers: Answers;
  readonly chosenServices: readonly string[];
  /** The step the person was on: a question page, services, consent or "check your answers". */
  readonly step: FlowStep;
  readonly presented: readonly FieldPath[];
  readonly returnTo: 'check-answers' | null;
  readonly consent?: C;
  /**
   * What the consent step has been told but not yet turned into `consent` (a professional's
   * screens, decisions not yet confirmed): opaque here, read back by its owner.
   */
  readonly consentStep?: unknown;
}

const FlowDraftSchema = z.object({
  kind: z.literal('onestory-draft'),
  version: z.literal(FLOW_DRAFT_VERSION),
  definition: z.object({ id: z.string(), version: z.string() }),
  answers: z.record(z.string(), z.unknown()),
  chosenServices: z.array(z.string()),
  step: z.object({ kind: z.string(), pageId: z.optional(z.string()) }),
  presented: z.array(z.string()),
  returnTo: z.nullable(z.literal('check-answers')),
  consent: z.optional(z.unknown()),
  consentStep: z.optional(z.unknown()),
});

/** The draft of a flow as it stands. A finished flow is saved as being on "check your answers". */
export function flowDraftOf<C>(state: FlowState<C>, definition: Definition, consentStep?: unknown): FlowDraft<C> {
  const step: FlowStep = state.step.kind === 'page' || state.step.kind === 'services' || state.step.kind === 'privacy-and-consent'
    ? state.step
    : { kind: 'check-answers' };
  return {
    kind: 'onestory-draft',
    version: FLOW_DRAFT_VERSION,
    definition: { id: definition.id, version: definition.version },
    answers: state.answers,
    chosenServices: state.chosenServices,
    step,
    presented: state.presented,
    returnTo: state.returnTo,
    ...(state.consent !== undefined && { consent: state.consent }),
    ...(consentStep !== undefined && { consentStep }),
  };
}

/** A flow resumed from a draft, with what its consent step had been told (same definition version only). */
export interface ResumedFlow<C> {
  readonly ok: true;
  readonly state: FlowState<C>;
  readonly consentStep?: unknown;
}

/** Why a draft could not be resumed. */
export type ResumeRefusal = 'not-a-draft' | 'other-definition';

/** Options for {@link resumeFlow}. */
export interface ResumeOptions<C> {
  /** Answers known from elsewhere (a provider, a partner system). */
  readonly prefill?: Answers;
  /**
   * Checks the saved consent decisions; `undefined` drops them (they are asked again).
   * Decisions are kept only when the definition's version is unchanged.
   */
  readonly readConsent?: (value: unknown) => C | undefined;
}

/**
 * Restores a flow from a decrypted draft: the answers, the chosen services and the step
 * the person was on, re-asking nothing they had answered. A page that no longer applies
 * (the definition changed) gives way to the first step; answers are always kept.
 */
export function resumeFlow<C>(
  context: FlowContext,
  content: unknown,
  options: ResumeOptions<C> = {},
): ResumedFlow<C> | { readonly ok: false; readonly reason: ResumeRefusal } {
  const parsed = z.safeParse(FlowDraftSchema, content);
  if (!parsed.success) return { ok: false, reason: 'not-a-draft' };
  const draft = parsed.data;
  if (draft.definition.id !== context.definition.id) return { ok: false, reason: 'other-definition' };
  const sameVersion = draft.definition.version === context.definition.version;
  const start = startFlow<C>(context, {
    answers: draft.answers as Answers,
    chosenServices: draft.chosenServices,
    ...(options.prefill && { prefill: options.prefill }),
  });
  const consent = sameVersion && draft.consent !== undefined ? options.readConsent?.(draft.consent) : undefined;
  // Like the decisions, what the consent step was told holds only for the same version.
  const consentStep = sameVersion && draft.consentStep !== undefined ? { consentStep: draft.consentStep } : {};
  const restored: FlowState<C> = {
    ...start,
    presented: [...new Set([...start.presented, ...(draft.presented as FieldPath[])])],
    consent,
  };
  const plan = flowPlan(restored, context);
  const step = draft.step;
  let resumedAt: FlowStep | undefined;
  if (step.kind === 'page' && step.pageId && plannedPage(plan, step.pageId)) resumedAt = { kind: 'page', pageId: step.pageId };
  else if (step.kind === 'services' || step.kind === 'privacy-and-consent') resumedAt = { kind: step.kind };
  else if (step.kind === 'check-answers') resumedAt = consent === undefined ? { kind: 'privacy-and-consent' } : { kind: 'check-answers' };
  if (!resumedAt || restored.chosenServices.length === 0 && resumedAt.kind !== 'page') {
    return { ok: true, state: restored, ...consentStep };
  }
  return {
    ok: true,
    state: { ...restored, step: resumedAt, returnTo: resumedAt.kind === 'check-answers' ? null : draft.returnTo },
    ...consentStep,
  };
}
