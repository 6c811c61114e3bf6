import * as z from 'zod/mini';
import { FieldPathSchema } from '../definition/condition.schema.js';
import { LanguageTagSchema, LocalizedTextSchema } from '../definition/localized.schema.js';
import { Art6BasisSchema, Art9ConditionSchema, OrganisationSchema } from '../definition/service.schema.js';
import { DATA_CATEGORIES } from '../story/fields.js';
import { SUBMISSION_LIMITS } from '../submission/constants.js';

// Records travel to receiving servers: every string is bounded so parsing stays cheap.
const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
// ISO 8601 date-times in UTC, e.g. `2025-03-27T10:15:00.000Z`.
const DateTime = z.iso.datetime();

/** Kinds of event in a consent record's history (ISO/IEC TS 27560 consent states). */
export const CONSENT_EVENT_TYPES = ['requested', 'given', 'refused', 'withdrawn', 'expired'] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

/** Who caused an event: the person, their parent, a practitioner, or OneStory itself. */
export const CONSENT_ACTORS = ['subject', 'parent', 'practitioner', 'system'] as const;
export type ConsentActor = (typeof CONSENT_ACTORS)[number];

/** How a decision was expressed. `online` is the person using the intake themselves. */
export const CONSENT_METHODS = ['online', 'in-person', 'phone', 'written', 'system'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A practitioner named in a record: who assessed or decided, and in what role. */
export const PractitionerSchema = z.strictObject({
  /** Their name (a professional, not the person the record is about). */
  name: Text(100),
  /** Their role, e.g. "Early help practitioner". */
  role: Text(100),
});
export type Practitioner = z.infer<typeof PractitionerSchema>;

/** One entry in a consent record's history. */
export const ConsentEventSchema = z.strictObject({
  /** What happened. */
  type: z.enum(CONSENT_EVENT_TYPES),
  /** When it happened. */
  at: DateTime,
  /** Who did it. */
  actor: z.enum(CONSENT_ACTORS),
  /** How it was expressed. */
  method: z.enum(CONSENT_METHODS),
  /**
   * The professional who recorded a decision the person made with them (in person, by
   * phone, in writing), when it was not the person using the intake themselves.
   */
  recordedBy: z.optional(PractitionerSchema),
});
export type ConsentEvent = z.infer<typeof ConsentEventSchema>;


/** Age bands that change who may agree (rule 8). */
export const AGE_BANDS = ['under-13', '13-15', '16-17', 'adult', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** What was recorded for a child under 16 (rule 8). */
export const ChildConsentSchema = z.strictObject({
  /** Consent given by someone with parental responsibility. */
  parentalConsent: z.optional(
    z.strictObject({
      /** Their relationship to the child. */
      relationship: z.enum(['parent', 'guardian', 'other-parental-responsibility']),
      /** When they gave it. */
      at: DateTime,
    }),
  ),
  /**
   * The child agreed on their own, online, to a purpose that does not rest on their consent:
   * the receiving service will assess their competence (Gillick) when it first talks to them.
   */
  competenceToBeAssessed: z.optional(
    z.strictObject({
      /** Who will assess: the service receiving the referral. */
      by: z.literal('receiving-service'),
      /** When this was recorded. */
      at: DateTime,
    }),
  ),
  /** A competence (Gillick) assessment: whether the child understands what they agree to. */
  gillick: z.optional(
    z.strictObject({
      /** True when the child was judged competent to decide for themselves. */
      competent: z.boolean(),
      /** Who assessed. */
      assessedBy: PractitionerSchema,
      /** When. */
      at: DateTime,
    }),
  ),
});

/** A best-interests decision for an adult who lacks capacity (Mental Capacity Act 2005, rule 9). */
export const BestInterestsSchema = z.strictObject({
  /** Who decided. */
  decidedBy: PractitionerSchema,
  /** When. */
  at: DateTime,
  /** Why sharing is (or is not) in the person's best interests. */
  rationale: Text(2000),
  /** True when the decision is to share. */
  share: z.boolean(),
  /** The lawful basis used instead of consent (never `consent`). */
  basis: Art6BasisSchema,
});

/** A mental-capacity assessment for this decision (rule 9). */
export const CapacitySchema = z.strictObject({
  /** False when the person lacks capacity to make this decision. */
  hasCapacity: z.boolean(),
  /** Who assessed. */
  assessedBy: PractitionerSchema,
  /** When. */
  at: DateTime,
  /** Required when the person lacks capacity. */
  bestInterests: z.optional(BestInterestsSchema),
});

/** The explicit statement that consent covers special category data (rule 5). */
export const ExplicitStatementSchema = z.strictObject({
  /** The special category fields the statement names. */
  fields: z.array(FieldPathSchema).check(z.minLength(1)),
  /** The statement shown, naming the data, in the language shown. */
  text: Text(2000),
  /** When the person agreed to this statement, separately from the purpose itself. */
  agreedAt: z.optional(DateTime),
});

/** Where a decision to share stands under the common law of confidentiality (rule 3). */
export const AGREEMENT_STATUSES = ['pending', 'agreed', 'declined', 'withdrawn'] as const;

/**
 * A consent record for one service and one purpose, shaped after ISO/IEC TS 27560.
 * It holds no personal data about the person beyond a pseudonymous subject id: their
 * answers travel only in disclosure envelopes.
 */
export const ConsentRecordSchema = z.strictObject({
  /** Unique id of this record (UUID). */
  recordId: z.uuid(),
  /** Pseudonymous id of the person (UUID), never a name. */
  subject: z.uuid(),
  /** The data controllers: the organisation behind the receiving service. */
  controllers: z.array(OrganisationSchema).check(z.minLength(1), z.maxLength(5)),
  /** The privacy notice the person was shown. */
  notice: z.strictObject({
    /** Where it is published. */
    uri: z.url({ protocol: /^https?$/ }),
    /** Its version. */
    version: Text(40),
    /** SHA-256 (hex) of the canonical JSON of the notice as shown. */
    contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    /** The language it was shown in. */
    language: LanguageTagSchema,
    /** When it was shown (rule 10: before any decision). */
    shownAt: z.optional(DateTime),
  }),
  /** The receiving service (definition id). */
  serviceId: Text(64),
  /** The purpose (id within the service): one record per service and purpose (rule 6). */
  purposeId: Text(64),
  /** The UK GDPR Art 6 basis (rule 1). */
  basis: Art6BasisSchema,
  /** The Art 9 condition and DPA 2018 Schedule 1 paragraph, for special category data. */
  specialCategory: z.optional(Art9ConditionSchema),
  /** Separate explicit statement when consent covers special category data (rule 5). */
  explicitSpecialCategoryStatement: z.optional(ExplicitStatementSchema),
  /** The common-law agreement to share, recorded apart from the GDPR basis (rule 3). */
  agreementToShare: z.strictObject({
    /** Current status. */
    status: z.enum(AGREEMENT_STATUSES),
    /** When it last changed. */
    at: z.optional(DateTime),
    /** Who changed it. */
    actor: z.optional(z.enum(CONSENT_ACTORS)),
  }),
  /** The Story fields this record covers (the purpose's required and optional fields). */
  fields: z.array(FieldPathSchema).check(z.maxLength(SUBMISSION_LIMITS.fields)),
  /** Kinds of data those fields are. */
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  /** Who receives the data: exactly the one service (never a blanket list). */
  recipients: z
    .array(z.strictObject({ serviceId: Text(64), orukId: Text(200), organisation: LocalizedTextSchema }))
    .check(z.minLength(1), z.maxLength(5)),
  /** How long the recipient keeps it. */
  retention: z.strictObject({ period: Text(40), description: LocalizedTextSchema }),
  /** Jurisdiction whose law applies. */
  jurisdiction: z.literal('UK'),
  /** How to withdraw (rule 4: every method that can give can also withdraw). */
  withdrawalMethod: z.strictObject({
    /** Methods a withdrawal is accepted by. */
    methods: z.array(z.enum(CONSENT_METHODS)).check(z.minLength(1)),
    /** How to withdraw, in words. */
    description: LocalizedTextSchema,
  }),
  /** Age band of the person when the record was made (rule 8). */
  ageBand: z.enum(AGE_BANDS),
  /** For children under 16: parental consent or a competence assessment (rule 8). */
  child: z.optional(ChildConsentSchema),
  /** For adults whose capacity is in doubt (rule 9). */
  capacity: z.optional(CapacitySchema),
  /** What happened, in order. */
  events: z.array(ConsentEventSchema).check(z.minLength(1), z.maxLength(100)),
});
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

/** Why a practitioner shared without consent (rule 7). */
export const OVERRIDE_REASONS = ['child-at-risk', 'adult-at-risk', 'vital-interests', 'crime-prevention'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

/**
 * A decision to share without consent (practitioner mode only, rule 7): who decided, why,
 * when, what went to whom, and whether the person was told.
 */
export const PractitionerOverrideSchema = z.strictObject({
  /** Unique id (UUID). */
  overrideId: z.uuid(),
  /** Who decided. */
  decidedBy: PractitionerSchema,
  /** The reason, as a code. */
  reason: z.enum(OVERRIDE_REASONS),
  /** The lawful basis relied on instead of consent. */
  basis: Art6BasisSchema,
  /** The Art 9 condition, when special category data is shared (e.g. `g` with paragraph 18). */
  specialCategory: z.optional(Art9ConditionSchema),
  /** Why, in the practitioner's words. */
  rationale: Text(2000),
  /** When the decision was made. */
  at: DateTime,
  /** What went to whom. */
  disclosed: z
    .array(z.strictObject({ serviceId: Text(64), fields: z.array(FieldPathSchema).check(z.minLength(1)) }))
    .check(z.minLength(1), z.maxLength(50)),
  /** True when the person was told. */
  personTold: z.boolean(),
  /** Why the person was not told (required when `personTold` is false). */
  notToldReason: z.optional(Text(2000)),
});
export type PractitionerOverride = z.infer<typeof PractitionerOverrideSchema>;
