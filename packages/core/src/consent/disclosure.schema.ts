import * as z from 'zod/mini';
import { FieldPathSchema } from '../definition/condition.schema.js';
import { Art6BasisSchema, Art9ConditionSchema, OrganisationSchema } from '../definition/service.schema.js';
import { AddressSchema, HouseholdMemberSchema, StorySchema } from '../story/story.schema.js';
import { SUBMISSION_LIMITS } from '../submission/constants.js';

/** A household member as disclosed: flagged `doNotContact` when the applicant is afraid of them. */
export const DisclosedHouseholdMemberSchema = z.extend(HouseholdMemberSchema, {
  /** Never contact this person, and never send them anything about the applicant. */
  doNotContact: z.optional(z.literal(true)),
});

/** The part of a Story one service receives (disclosed stage): only the fields in its envelope. */
export const DisclosedStorySchema = z.extend(StorySchema, {
  household: z.optional(z.strictObject({ members: z.array(DisclosedHouseholdMemberSchema).check(z.maxLength(30)) })),
});
export type DisclosedStory = z.infer<typeof DisclosedStorySchema>;

/** Why a field a service could use is not in its envelope. */
export const WITHHELD_REASONS = [
  'not-decided', 'refused', 'withdrawn', 'expired', 'lacks-capacity', 'feared-person', 'not-in-record', 'no-record',
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** One purpose a service receives data for, and what justifies it. */
export const DisclosedPurposeSchema = z.strictObject({
  /** The purpose (id within the service). */
  purposeId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The Art 6 basis relied on. */
  basis: Art6BasisSchema,
  /** The Art 9 condition, for special category data. */
  specialCategory: z.optional(Art9ConditionSchema),
  /** The consent record that allows it. */
  consentRecordId: z.optional(z.uuid()),
  /** The practitioner decision that allows it, when shared without consent. */
  overrideId: z.optional(z.uuid()),
});
export type DisclosedPurpose = z.infer<typeof DisclosedPurposeSchema>;

/** Safety flags every recipient gets, whatever fields it receives. */
export const SafetyFlagsSchema = z.strictObject({
  /** Someone in the household is a person the applicant is afraid of. */
  fearedPersonPresent: z.boolean(),
  /** DASH score of 14 or more: a MARAC referral is indicated. */
  marac: z.boolean(),
  /** The person said someone is in immediate danger. */
  immediateDanger: z.boolean(),
});
export type SafetyFlags = z.infer<typeof SafetyFlagsSchema>;

/** Ways to reach the person that do not use their address: the safe-contact channels. */
export const SAFE_WAYS = ['call', 'text', 'email', 'alternative'] as const;
export type SafeWay = (typeof SAFE_WAYS)[number];

/**
 * What the person decided about their address for a service that contacts the household
 * while someone they are afraid of lives there: a safe address for that service instead;
 * only the safe ways they already marked safe; or their address, the risk explained.
 */
export const AddressDecisionSchema = z.discriminatedUnion('choice', [
  z.strictObject({
    choice: z.literal('safe-address'),
    /** The address this service may use instead (a friend's, a refuge's, a PO box). */
    address: AddressSchema,
  }),
  z.strictObject({
    choice: z.literal('safe-way'),
    /** The safe ways, each marked safe in the person's safe-contact answers. */
    ways: z.array(z.enum(SAFE_WAYS)).check(z.minLength(1), z.maxLength(SAFE_WAYS.length)),
  }),
  z.strictObject({
    choice: z.literal('share-address'),
    /** The person was told, before deciding, that the service may contact the household at that address. */
    riskExplained: z.literal(true),
  }),
]);
export type AddressDecision = z.infer<typeof AddressDecisionSchema>;

/** What one receiving service gets: only the fields it needs and may lawfully have. */
export const DisclosureEnvelopeSchema = z.strictObject({
  /** The service (definition id). */
  serviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Its Open Referral UK id. */
  orukId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The data controller. */
  organisation: OrganisationSchema,
  /** Its own endpoint, when it has one. */
  endpoint: z.optional(z.url({ protocol: /^https?$/ })),
  /** The purposes data is sent for, each with its justification. */
  purposes: z.array(DisclosedPurposeSchema).check(z.minLength(1), z.maxLength(SUBMISSION_LIMITS.purposesPerDisclosure)),
  /** The fields in `story`, in Story order. */
  fields: z.array(FieldPathSchema).check(z.maxLength(SUBMISSION_LIMITS.fields)),
  /** The disclosed part of the Story. */
  story: DisclosedStorySchema,
  /** Fields the service could use but does not get, and why. */
  withheld: z
    .array(z.strictObject({ field: FieldPathSchema, reason: z.enum(WITHHELD_REASONS) }))
    .check(z.maxLength(SUBMISSION_LIMITS.fields)),
  /** Safety flags. */
  flags: SafetyFlagsSchema,
  /** What the person decided about their address, when this service contacts a household with someone they fear in it. */
  addressDecision: z.optional(AddressDecisionSchema),
});
export type DisclosureEnvelope = z.infer<typeof DisclosureEnvelopeSchema>;
