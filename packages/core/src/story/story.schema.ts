import * as z from 'zod/mini';
import { isEmail, isIsoDate, isNhsNumber, isPhone, isUkPostcode } from './rules.js';

// Messages are catalogue keys (see ../i18n), never prose: the engine localises them.
const text = (max: number) => z.string().check(z.maxLength(max, 'text.tooLong'), z.refine((s) => s.trim().length > 0, 'text.blank'));

/** A short single-line answer such as a name (1–100 characters, not only spaces). */
export const ShortText = text(100);
/** A person's own words (1–5,000 characters). */
export const LongText = text(5000);
/** A real calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.refine(isIsoDate, 'date.real'));
/** A UK postcode in canonical form (`SW1A 2AA`). */
export const PostcodeSchema = z.string().check(z.refine(isUkPostcode, 'postcode.invalid'));
/** A telephone number, as typed: UK rules for a UK number, international form otherwise (see `isPhone`). */
export const PhoneSchema = z.string().check(z.maxLength(30, 'phone.invalid'), z.refine(isPhone, 'phone.invalid'));
/** An email address. */
export const EmailSchema = z.string().check(z.refine(isEmail, 'email.invalid'));
/** A 10-digit NHS number with a valid modulus-11 check digit. */
export const NhsNumberSchema = z.string().check(z.refine(isNhsNumber, 'nhsNumber.invalid'));
/** A three-way answer where "not known" is a real answer, not a missing one. */
export const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);

/** The eight need domains of an early-help front door. */
export const NEED_DOMAINS = [
  'housing', 'money', 'drugsAlcohol', 'safety', 'health', 'family', 'educationYouth', 'care',
] as const;
/** One of the {@link NEED_DOMAINS}. */
export const NeedDomainSchema = z.enum(NEED_DOMAINS);
export type NeedDomain = z.infer<typeof NeedDomainSchema>;

/** The person the Story is about. No title is asked: it adds nothing and can misgender. */
export const PersonSchema = z.strictObject({
  /** Given (first) name. */
  givenName: z.optional(ShortText),
  /** Family (last) name. */
  familyName: z.optional(ShortText),
  /** What the person would like to be called. */
  preferredName: z.optional(ShortText),
  /** Date of birth (GOV.UK three-field date, stored as `YYYY-MM-DD`). */
  dateOfBirth: z.optional(IsoDateSchema),
  /** Pronouns, in the person's own words. */
  pronouns: z.optional(text(40)),
  /** NHS number, checksum-validated. */
  nhsNumber: z.optional(NhsNumberSchema),
});

/** A UK address, GOV.UK address pattern. */
export const AddressSchema = z.strictObject({
  /** Building and street. */
  line1: text(200),
  /** Second line of the address. */
  line2: z.optional(text(200)),
  /** Town or city. */
  town: text(100),
  /** County. */
  county: z.optional(text(100)),
  /** Postcode, canonical form. */
  postcode: PostcodeSchema,
});
export type Address = z.infer<typeof AddressSchema>;

/** Whether one contact channel is safe to use, and when. */
export const ChannelSafetySchema = z.strictObject({
  /** True when this channel may be used at all. */
  safe: z.boolean(),
  /** When it is safe, in the person's words (e.g. "weekdays 9 to 3"). */
  times: z.optional(text(200)),
});

/**
 * Safe-contact preferences per channel. A service must check these before every contact:
 * someone the person is afraid of may see their phone, post or door.
 */
export const SafeContactSchema = z.strictObject({
  /** Safe to call. */
  call: ChannelSafetySchema,
  /** Safe to send a text message. */
  text: ChannelSafetySchema,
  /** Safe to email. */
  email: ChannelSafetySchema,
  /** Safe to send letters. */
  post: ChannelSafetySchema,
  /** Safe to visit at home. */
  visit: ChannelSafetySchema,
  /** Safe to leave a voicemail. */
  voicemail: z.boolean(),
  /** Someone safe to contact instead. */
  alternative: z.optional(
    z.strictObject({
      /** Their name. */
      name: ShortText,
      /** Their telephone number. */
      phone: PhoneSchema,
      /** How they know the person. */
      relationship: z.optional(ShortText),
    }),
  ),
});
export type SafeContact = z.infer<typeof SafeContactSchema>;

/** How to reach the person, and how not to. */
export const ContactSchema = z.strictObject({
  /** Home address. */
  address: z.optional(AddressSchema),
  /** Telephone number: UK, or international form from elsewhere. */
  phone: z.optional(PhoneSchema),
  /** Email address. */
  email: z.optional(EmailSchema),
  /** Safe-contact preferences per channel. */
  safeContact: z.optional(SafeContactSchema),
});

/** Access needs: captured once, shared with every service the person agrees to. */
export const AccessSchema = z.strictObject({
  /** Preferred language, in the person's words or as a language tag. */
  language: z.optional(text(60)),
  /** Interpreter needed: none, a spoken-language interpreter, or British Sign Language. */
  interpreter: z.optional(z.enum(['none', 'spoken', 'bsl'])),
  /** Communication and accessibility needs, in the person's words. */
  communicationNeeds: z.optional(LongText),
  /** Reasonable adjustments the person asks for. */
  adjustments: z.optional(LongText),
});

/** Roles a household member can have. `feared`: a person the applicant is afraid of. */
export const HOUSEHOLD_ROLES = ['child', 'carer', 'dependant', 'feared'] as const;

/** Someone in the person's household or family. */
export const HouseholdMemberSchema = z.strictObject({
  /** Their name. */
  name: ShortText,
  /** How they are related to the person. */
  relationship: z.enum(['partner', 'ex-partner', 'child', 'parent', 'sibling', 'other-family', 'friend', 'other']),
  /** Their date of birth, if known. */
  dateOfBirth: z.optional(IsoDateSchema),
  /** Their age in years, if the date of birth is not known. */
  age: z.optional(z.int().check(z.minimum(0, 'number.range'), z.maximum(130, 'number.range'))),
  /** True when they live with the person. */
  livesWith: z.boolean(),
  /**
   * Their roles. `feared` marks a person the applicant is afraid of: flagged to every
   * service, never contacted, and never sent the applicant's address.
   */
  roles: z.array(z.enum(HOUSEHOLD_ROLES)).check(z.maxLength(4, 'invalid')),
  /** The child's school or nursery, for a child. */
  school: z.optional(text(200)),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

/** The person's household. */
export const HouseholdSchema = z.strictObject({
  /** Everyone the person lives with or is worried about. */
  members: z.array(HouseholdMemberSchema).check(z.maxLength(30, 'invalid')),
});

/** One need, in the person's own words. */
export const NeedSchema = z.strictObject({
  /** What is happening, in the person's own words. */
  description: z.optional(LongText),
  /** Services already involved, so nobody starts from nothing. */
  servicesInvolved: z.optional(text(1000)),
});

/** Needs per domain: `domains` lists the ones the person selected. */
export const NeedsSchema = z.strictObject({
  /** The domains the person asks for help with. */
  domains: z.optional(z.array(NeedDomainSchema).check(z.maxLength(NEED_DOMAINS.length, 'invalid'))),
  /** Housing: homelessness, risk of losing a home, disrepair. */
  housing: z.optional(
    z.strictObject({
      ...NeedSchema.shape,
      /** The housing authority the person chooses for a duty-to-refer referral. */
      localAuthority: z.optional(ShortText),
    }),
  ),
  /** Money and debt. */
  money: z.optional(NeedSchema),
  /** Drugs and alcohol (special category: health). */
  drugsAlcohol: z.optional(NeedSchema),
  /** Safety and relationships. */
  safety: z.optional(NeedSchema),
  /** Health and wellbeing (special category: health). */
  health: z.optional(NeedSchema),
  /** Family and children. */
  family: z.optional(NeedSchema),
  /** Education, employment and youth. */
  educationYouth: z.optional(NeedSchema),
  /** Care and support. */
  care: z.optional(NeedSchema),
});

/** The 24 questions of the SafeLives DASH risk checklist, answered yes, no or not known. */
export const DASH_QUESTION_COUNT = 24;

/** Urgency and risk. */
export const RiskSchema = z.strictObject({
  /** Is anyone in immediate danger? `yes` shows emergency numbers at once. */
  immediateDanger: z.optional(YesNoUnknown),
  /** DASH checklist answers, in order (24). A score of 14 or more means a MARAC referral. */
  dash: z.optional(z.array(YesNoUnknown).check(z.length(DASH_QUESTION_COUNT, 'dash.answers'))),
});

/** Who is filling in the Story: the person, or a professional on their behalf. */
export const ReferrerSchema = z.strictObject({
  /**
   * Who is filling in the form: the person (`self`), their parent (`parent`, for a child),
   * or a `professional` referring them.
   */
  type: z.optional(z.enum(['self', 'parent', 'professional'])),
  /** Professional's name. */
  name: z.optional(ShortText),
  /** Professional's role. */
  role: z.optional(ShortText),
  /** Professional's organisation. */
  organisation: z.optional(ShortText),
  /** A secure email address for replies. */
  secureEmail: z.optional(EmailSchema),
});

/**
 * One answer to a declared field (parsed stage), as the generic Story carries it: a
 * JSON value. Which values a field accepts is its declaration's business
 * (`parseSubmissionFor(definition)` checks them): text, a whole number (money in pence),
 * an ISO date, a yes/no boolean, `yes`/`no`/`unknown`, one option or a list of options.
 */
export const DeclaredValueSchema = z.union([
  z.string().check(z.maxLength(5000, 'text.tooLong')),
  z.number().check(z.refine(Number.isFinite, 'invalid')),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200, 'text.tooLong'))).check(z.maxLength(100, 'invalid')),
]);
export type DeclaredValue = z.infer<typeof DeclaredValueSchema>;

/** The id a declared field is declared with: a lower-case letter, then letters, digits or hyphens. */
export const DECLARED_ID_PATTERN = /^[a-z][a-zA-Z0-9-]{0,63}$/;

/** Most declared fields one Story may hold answers for (a bound, so parsing stays quick). */
export const MAX_DECLARED_ANSWERS = 500;

/** Answers to the fields a definition declares for its services, keyed by the field's id. */
export const DeclaredAnswersSchema = z
  .record(z.string().check(z.regex(DECLARED_ID_PATTERN, 'invalid')), DeclaredValueSchema)
  .check(z.refine((answers) => Object.keys(answers).length <= MAX_DECLARED_ANSWERS, 'invalid'));

/**
 * The Story: the person's shared intake record, one schema for every service. Every part
 * is optional here; which parts are required is decided by the services chosen.
 */
export const StorySchema = z.strictObject({
  /** The person. */
  person: z.optional(PersonSchema),
  /** Contact details and safe-contact preferences. */
  contact: z.optional(ContactSchema),
  /** Access needs. */
  access: z.optional(AccessSchema),
  /** Household members. */
  household: z.optional(HouseholdSchema),
  /** Needs per domain. */
  needs: z.optional(NeedsSchema),
  /** Urgency and risk. */
  risk: z.optional(RiskSchema),
  /** Who referred. */
  referrer: z.optional(ReferrerSchema),
  /** Answers to the definition's declared fields (service-specific questions), by field id. */
  declared: z.optional(DeclaredAnswersSchema),
});

/** A Story (parsed stage: canonical values, as stored and disclosed). */
export type Story = z.infer<typeof StorySchema>;
