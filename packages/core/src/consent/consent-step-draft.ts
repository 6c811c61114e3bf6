import * as z from 'zod/mini';
import { AddressDecisionSchema, type AddressDecision } from './disclosure.schema.js';
import { OVERRIDE_REASONS, PractitionerOverrideSchema, type PractitionerOverride } from './consent-record.schema.js';
import { AGREEMENT_ROUTES, type BestInterestsDetails, type ProfessionalAgreement, type WithoutConsentDetails } from './who-agrees.js';

/**
 * The screens of the privacy-and-consent step: a professional first says how the person
 * agreed; sharing without consent and a best-interests decision each have their own screen;
 * then the privacy notice and one decision per service and purpose; last, where someone the
 * person fears lives with them, what each service that contacts the household gets instead
 * of their address.
 */
export const CONSENT_STEP_SCREENS = ['agreement', 'without-consent', 'best-interests', 'decisions', 'address'] as const;
export type ConsentStepScreen = (typeof CONSENT_STEP_SCREENS)[number];

/** One decision made on the decisions screen, kept before it is confirmed. */
export interface PendingChoice {
  readonly serviceId: string;
  readonly purposeId: string;
  readonly choice: 'given' | 'refused';
  /** When it was made (ISO date-time). */
  readonly at: string;
}

/**
 * What the consent step has been told so far, saved with a draft (encrypted) so that a
 * person who resumes is asked none of it again: the screen they were on, what a professional
 * said about the person's agreement, sharing without it or a best-interests decision, the
 * decisions made but not yet confirmed, any decision to share without consent, and what the
 * person decided about their address for each service that contacts the household.
 */
export interface ConsentStepDraft {
  readonly screen: ConsentStepScreen;
  readonly professional: ProfessionalAgreement;
  readonly withoutConsent: WithoutConsentDetails;
  readonly bestInterests: BestInterestsDetails;
  readonly choices: readonly PendingChoice[];
  readonly overrides: readonly PractitionerOverride[];
  /** By service id (see `servicesNeedingAddressDecision`); absent in older drafts. */
  readonly addressDecisions?: Readonly<Record<string, AddressDecision>>;
}

const Words = z.string().check(z.maxLength(2000));
const Id = z.string().check(z.minLength(1), z.maxLength(64));

const ConsentStepDraftSchema = z.strictObject({
  screen: z.enum(CONSENT_STEP_SCREENS),
  professional: z.strictObject({ route: z.optional(z.enum(AGREEMENT_ROUTES)), notAskedReason: z.optional(Words) }),
  withoutConsent: z.strictObject({ reason: z.optional(z.enum(OVERRIDE_REASONS)), personTold: z.optional(z.boolean()), notToldReason: z.optional(Words) }),
  bestInterests: z.strictObject({ rationale: z.optional(Words) }),
  choices: z.array(z.strictObject({ serviceId: Id, purposeId: Id, choice: z.enum(['given', 'refused']), at: z.iso.datetime({ offset: true }) })).check(z.maxLength(500)),
  overrides: z.array(PractitionerOverrideSchema).check(z.maxLength(50)),
  addressDecisions: z.optional(z.record(Id, AddressDecisionSchema)),
});

/**
 * Reads the consent step back from a decrypted draft; `undefined` when it is missing or not
 * of this shape (an older draft, or a tampered one): the step is then simply asked again.
 */
export function readConsentStepDraft(value: unknown): ConsentStepDraft | undefined {
  const parsed = z.safeParse(ConsentStepDraftSchema, value);
  return parsed.success ? (parsed.data as ConsentStepDraft) : undefined;
}
