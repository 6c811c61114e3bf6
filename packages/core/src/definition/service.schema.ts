import * as z from 'zod/mini';
import { NeedDomainSchema } from '../story/story.schema.js';
import { FieldPathSchema, IdSchema } from './condition.schema.js';
import { LocalizedTextSchema } from './localized.schema.js';

/** UK GDPR Article 6 lawful bases. */
export const ART6_BASES = [
  'consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests',
] as const;
export const Art6BasisSchema = z.enum(ART6_BASES);
export type Art6Basis = z.infer<typeof Art6BasisSchema>;

/** UK GDPR Article 9(2) conditions, by letter: (a) explicit consent … (j) archiving/research. */
export const ART9_CONDITIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export const Art9ConditionSchema = z.strictObject({
  /** The Art 9(2) letter. */
  condition: z.enum(ART9_CONDITIONS),
  /** DPA 2018 Schedule 1 paragraph, required for conditions b, g, h, i and j (e.g. `18` safeguarding). */
  schedule1Paragraph: z.optional(z.string().check(z.regex(/^\d{1,2}[A-Z]?$/, 'Use a paragraph number like 18'))),
});
export type Art9Condition = z.infer<typeof Art9ConditionSchema>;

/** Why a service uses data, on which lawful basis, and which Story fields it needs for it. */
export const PurposeSchema = z.strictObject({
  /** Identifier, unique within the service. */
  id: IdSchema,
  /** What the data is used for, as the person will read it. */
  description: LocalizedTextSchema,
  /** True for the core referral; false for an optional extra the person may refuse at no cost. */
  core: z.boolean(),
  /** The UK GDPR Art 6 basis. */
  basis: Art6BasisSchema,
  /** The Art 9 condition, required when the purpose uses special category data. */
  specialCategory: z.optional(Art9ConditionSchema),
  /** Story fields this purpose cannot work without. */
  requires: z.array(FieldPathSchema),
  /** Story fields this purpose uses when the person gives them. */
  optional: z.optional(z.array(FieldPathSchema)),
});
export type Purpose = z.infer<typeof PurposeSchema>;

/** The organisation that controls the data a service receives. */
export const OrganisationSchema = z.strictObject({
  /** Organisation name. */
  name: LocalizedTextSchema,
  /** Public bodies default to public task or legal obligation (rule 2). */
  type: z.enum(['public-body', 'nhs', 'charity', 'private']),
  /** How to contact the controller, in each language (a place name or team has its translation). */
  contact: LocalizedTextSchema,
  /** How to contact its data protection officer, in each language. */
  dpoContact: LocalizedTextSchema,
});

/** Who a service is for. Ineligible services are explained, never silently dropped. */
export const EligibilitySchema = z.strictObject({
  /** Youngest age served, in whole years. */
  minAge: z.optional(z.int().check(z.minimum(0), z.maximum(130))),
  /** Oldest age served, in whole years. */
  maxAge: z.optional(z.int().check(z.minimum(0), z.maximum(130))),
  /** Postcode prefixes served (e.g. `CF10`, `CF`), upper case. */
  postcodePrefixes: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{1,2}[0-9A-Z]{0,2}$/, 'Use an upper-case postcode prefix like CF10')))),
  /**
   * Where to go instead, for someone this service cannot help (outside its area or age
   * range): shown, in its own sentence, beside the reason on the services step.
   */
  signpost: z.optional(LocalizedTextSchema),
});

/** A receiving service, identified by its Open Referral UK service id. */
export const ServiceSchema = z.strictObject({
  /** Identifier within the definition. */
  id: IdSchema,
  /** Open Referral UK service id. */
  orukId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Service name as the person sees it. */
  name: LocalizedTextSchema,
  /** One or two sentences on what the service does. */
  description: LocalizedTextSchema,
  /** The data controller. */
  organisation: OrganisationSchema,
  /** Need domains this service helps with: a need in the domain offers the service. */
  domains: z.array(NeedDomainSchema),
  /** Purposes, each with its lawful basis and fields. At least one is core. */
  purposes: z.array(PurposeSchema).check(z.minLength(1)),
  /** Who the service is for. */
  eligibility: z.optional(EligibilitySchema),
  /** How long the service keeps what it receives. */
  retention: z.strictObject({
    /** ISO 8601 duration, e.g. `P6Y`. */
    period: z.string().check(z.regex(/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, 'Use an ISO 8601 duration like P6Y')),
    /** Plain-language description. */
    description: LocalizedTextSchema,
  }),
  /** The service's own endpoint, if it does not use the definition's default. */
  endpoint: z.optional(z.url({ protocol: /^https?$/ })),
  /** True when the service may contact other household members (so a feared person's presence matters). */
  contactsHousehold: z.optional(z.boolean()),
  /** True for a housing duty-to-refer (Homelessness Reduction Act 2017 s213B) referral. */
  dutyToRefer: z.optional(z.boolean()),
});
export type Service = z.infer<typeof ServiceSchema>;
