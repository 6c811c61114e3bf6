/**
 * Generated from json/submission.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * A BCP 47 language tag in canonical case, such as `en`, `cy`, `pl`, `pa-Arab`, `pt-BR`.
 */
export type LanguageTag = string;
/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id = string;
export type Art6Basis =
  'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
/**
 * A field path: a Story field (`person.dateOfBirth`) or a declared field (`declared.rentArrears`).
 */
export type FieldPath = StoryFieldPath | DeclaredFieldPath;
/**
 * One of the Story's own field paths, e.g. `person.dateOfBirth`.
 */
export type StoryFieldPath =
  | 'person.givenName'
  | 'person.familyName'
  | 'person.preferredName'
  | 'person.dateOfBirth'
  | 'person.pronouns'
  | 'person.nhsNumber'
  | 'contact.address'
  | 'contact.phone'
  | 'contact.email'
  | 'contact.safeContact'
  | 'access.language'
  | 'access.interpreter'
  | 'access.communicationNeeds'
  | 'access.adjustments'
  | 'household.members'
  | 'needs.domains'
  | 'needs.housing.description'
  | 'needs.housing.servicesInvolved'
  | 'needs.money.description'
  | 'needs.money.servicesInvolved'
  | 'needs.drugsAlcohol.description'
  | 'needs.drugsAlcohol.servicesInvolved'
  | 'needs.safety.description'
  | 'needs.safety.servicesInvolved'
  | 'needs.health.description'
  | 'needs.health.servicesInvolved'
  | 'needs.family.description'
  | 'needs.family.servicesInvolved'
  | 'needs.educationYouth.description'
  | 'needs.educationYouth.servicesInvolved'
  | 'needs.care.description'
  | 'needs.care.servicesInvolved'
  | 'needs.housing.localAuthority'
  | 'risk.immediateDanger'
  | 'risk.dash'
  | 'referrer.type'
  | 'referrer.name'
  | 'referrer.role'
  | 'referrer.organisation'
  | 'referrer.secureEmail';
/**
 * The path of a field the definition declares, e.g. `declared.rentArrears` (see the definition's `fields`).
 */
export type DeclaredFieldPath = `declared.${string}`;
/**
 * A real calendar date, `YYYY-MM-DD`.
 */
export type IsoDate = string;
/**
 * A 10-digit NHS number with a valid modulus-11 check digit.
 */
export type NhsNumber = string;
/**
 * A UK postcode in canonical form (`SW1A 2AA`).
 */
export type Postcode = string;
/**
 * A telephone number, as typed: UK rules for a UK number, international form otherwise (see `isPhone`).
 */
export type Phone = string;
/**
 * An email address.
 */
export type Email = string;
/**
 * One of the NEED_DOMAINS.
 */
export type NeedDomain =
  'housing' | 'money' | 'drugsAlcohol' | 'safety' | 'health' | 'family' | 'educationYouth' | 'care';
/**
 * One answer to a declared field (parsed stage), as the generic Story carries it: a JSON value. Which values a field accepts is its declaration's business (`parseSubmissionFor(definition)` checks them): text, a whole number (money in pence), an ISO date, a yes/no boolean, `yes`/`no`/`unknown`, one option or a list of options.
 */
export type DeclaredValue = string | number | boolean | string[];
/**
 * What the person decided about their address for a service that contacts the household while someone they are afraid of lives there: a safe address for that service instead; only the safe ways they already marked safe; or their address, the risk explained.
 */
export type AddressDecision =
  | {
      choice: 'safe-address';
      address: Address;
    }
  | {
      choice: 'safe-way';
      /**
       * @minItems 1
       * @maxItems 4
       */
      ways: ('call' | 'text' | 'email' | 'alternative')[];
    }
  | {
      choice: 'share-address';
      riskExplained: true;
    };

/**
 * A finished Story as posted to an endpoint: the consent records, any practitioner decisions, and one disclosure envelope per recipient. Nothing else leaves the browser. Synchronous checks only, and every array bounded, so a receiving server can `safeParse` it quickly.
 */
export interface Submission {
  /**
   * Format version.
   */
  schemaVersion: '1.0';
  /**
   * UUID made before the first attempt; doubles as the idempotency key.
   */
  submissionId: string;
  /**
   * When the submission was made.
   */
  createdAt: string;
  locale: LanguageTag;
  /**
   * How it was made.
   */
  channel: 'web' | 'practitioner' | 'api';
  /**
   * The intake definition it was made with.
   */
  definition: {
    id: Id;
    version: string;
  };
  /**
   * One consent record per chosen service and purpose.
   *
   * @maxItems 200
   */
  consents: ConsentRecord[];
  /**
   * Recorded decisions to share without consent (practitioner mode).
   *
   * @maxItems 20
   */
  overrides: PractitionerOverride[];
  /**
   * One envelope per recipient service.
   *
   * @maxItems 50
   */
  disclosures: DisclosureEnvelope[];
  receipt?: ReceiptRegistration;
}
/**
 * A consent record for one service and one purpose, shaped after ISO/IEC TS 27560. It holds no personal data about the person beyond a pseudonymous subject id: their answers travel only in disclosure envelopes.
 */
export interface ConsentRecord {
  /**
   * Unique id of this record (UUID).
   */
  recordId: string;
  /**
   * Pseudonymous id of the person (UUID), never a name.
   */
  subject: string;
  /**
   * The data controllers: the organisation behind the receiving service.
   *
   * @minItems 1
   * @maxItems 5
   */
  controllers: Organisation[];
  /**
   * The privacy notice the person was shown.
   */
  notice: {
    /**
     * Where it is published.
     */
    uri: string;
    /**
     * Its version.
     */
    version: string;
    /**
     * SHA-256 (hex) of the canonical JSON of the notice as shown.
     */
    contentHash: string;
    language: LanguageTag;
    /**
     * When it was shown (rule 10: before any decision).
     */
    shownAt?: string;
  };
  /**
   * The receiving service (definition id).
   */
  serviceId: string;
  /**
   * The purpose (id within the service): one record per service and purpose (rule 6).
   */
  purposeId: string;
  basis: Art6Basis;
  specialCategory?: Art9Condition;
  explicitSpecialCategoryStatement?: ExplicitStatement;
  /**
   * The common-law agreement to share, recorded apart from the GDPR basis (rule 3).
   */
  agreementToShare: {
    /**
     * Current status.
     */
    status: 'pending' | 'agreed' | 'declined' | 'withdrawn';
    /**
     * When it last changed.
     */
    at?: string;
    /**
     * Who changed it.
     */
    actor?: 'subject' | 'parent' | 'practitioner' | 'system';
  };
  /**
   * The Story fields this record covers (the purpose's required and optional fields).
   *
   * @maxItems 500
   */
  fields: FieldPath[];
  /**
   * Kinds of data those fields are.
   */
  dataCategories: (
    | 'identity'
    | 'contact'
    | 'safety-preferences'
    | 'access'
    | 'household'
    | 'needs'
    | 'health'
    | 'risk'
    | 'referrer'
  )[];
  /**
   * Who receives the data: exactly the one service (never a blanket list).
   *
   * @minItems 1
   * @maxItems 5
   */
  recipients: {
    serviceId: string;
    orukId: string;
    organisation: LocalizedText;
  }[];
  /**
   * How long the recipient keeps it.
   */
  retention: {
    period: string;
    description: LocalizedText;
  };
  /**
   * Jurisdiction whose law applies.
   */
  jurisdiction: 'UK';
  /**
   * How to withdraw (rule 4: every method that can give can also withdraw).
   */
  withdrawalMethod: {
    /**
     * Methods a withdrawal is accepted by.
     *
     * @minItems 1
     */
    methods: ('online' | 'in-person' | 'phone' | 'written' | 'system')[];
    description: LocalizedText;
  };
  /**
   * Age band of the person when the record was made (rule 8).
   */
  ageBand: 'under-13' | '13-15' | '16-17' | 'adult' | 'unknown';
  child?: ChildConsent;
  capacity?: Capacity;
  /**
   * What happened, in order.
   *
   * @minItems 1
   * @maxItems 100
   */
  events: ConsentEvent[];
}
/**
 * The organisation that controls the data a service receives.
 */
export interface Organisation {
  name: LocalizedText;
  /**
   * Public bodies default to public task or legal obligation (rule 2).
   */
  type: 'public-body' | 'nhs' | 'charity' | 'private';
  contact: LocalizedText;
  dpoContact: LocalizedText;
}
/**
 * Text in each language the definition declares (`languages`; English and Welsh when it declares none), keyed by language tag: `{ "en": "…", "cy": "…" }`. Every text must have exactly the definition's languages, each non-empty (checked by `checkDefinition`).
 */
export interface LocalizedText {
  [k: string]: string;
}
export interface Art9Condition {
  /**
   * The Art 9(2) letter.
   */
  condition: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
  /**
   * DPA 2018 Schedule 1 paragraph, required for conditions b, g, h, i and j (e.g. `18` safeguarding).
   */
  schedule1Paragraph?: string;
}
/**
 * The explicit statement that consent covers special category data (rule 5).
 */
export interface ExplicitStatement {
  /**
   * The special category fields the statement names.
   *
   * @minItems 1
   */
  fields: FieldPath[];
  /**
   * The statement shown, naming the data, in the language shown.
   */
  text: string;
  /**
   * When the person agreed to this statement, separately from the purpose itself.
   */
  agreedAt?: string;
}
/**
 * What was recorded for a child under 16 (rule 8).
 */
export interface ChildConsent {
  /**
   * Consent given by someone with parental responsibility.
   */
  parentalConsent?: {
    /**
     * Their relationship to the child.
     */
    relationship: 'parent' | 'guardian' | 'other-parental-responsibility';
    /**
     * When they gave it.
     */
    at: string;
  };
  /**
   * The child agreed on their own, online, to a purpose that does not rest on their consent: the receiving service will assess their competence (Gillick) when it first talks to them.
   */
  competenceToBeAssessed?: {
    /**
     * Who will assess: the service receiving the referral.
     */
    by: 'receiving-service';
    /**
     * When this was recorded.
     */
    at: string;
  };
  /**
   * A competence (Gillick) assessment: whether the child understands what they agree to.
   */
  gillick?: {
    /**
     * True when the child was judged competent to decide for themselves.
     */
    competent: boolean;
    assessedBy: Practitioner;
    /**
     * When.
     */
    at: string;
  };
}
/**
 * A practitioner named in a record: who assessed or decided, and in what role.
 */
export interface Practitioner {
  /**
   * Their name (a professional, not the person the record is about).
   */
  name: string;
  /**
   * Their role, e.g. "Early help practitioner".
   */
  role: string;
}
/**
 * A mental-capacity assessment for this decision (rule 9).
 */
export interface Capacity {
  /**
   * False when the person lacks capacity to make this decision.
   */
  hasCapacity: boolean;
  assessedBy: Practitioner;
  /**
   * When.
   */
  at: string;
  bestInterests?: BestInterests;
}
/**
 * A best-interests decision for an adult who lacks capacity (Mental Capacity Act 2005, rule 9).
 */
export interface BestInterests {
  decidedBy: Practitioner;
  /**
   * When.
   */
  at: string;
  /**
   * Why sharing is (or is not) in the person's best interests.
   */
  rationale: string;
  /**
   * True when the decision is to share.
   */
  share: boolean;
  basis: Art6Basis;
}
/**
 * One entry in a consent record's history.
 */
export interface ConsentEvent {
  /**
   * What happened.
   */
  type: 'requested' | 'given' | 'refused' | 'withdrawn' | 'expired';
  /**
   * When it happened.
   */
  at: string;
  /**
   * Who did it.
   */
  actor: 'subject' | 'parent' | 'practitioner' | 'system';
  /**
   * How it was expressed.
   */
  method: 'online' | 'in-person' | 'phone' | 'written' | 'system';
  recordedBy?: Practitioner;
}
/**
 * A decision to share without consent (practitioner mode only, rule 7): who decided, why, when, what went to whom, and whether the person was told.
 */
export interface PractitionerOverride {
  /**
   * Unique id (UUID).
   */
  overrideId: string;
  decidedBy: Practitioner;
  /**
   * The reason, as a code.
   */
  reason: 'child-at-risk' | 'adult-at-risk' | 'vital-interests' | 'crime-prevention';
  basis: Art6Basis;
  specialCategory?: Art9Condition;
  /**
   * Why, in the practitioner's words.
   */
  rationale: string;
  /**
   * When the decision was made.
   */
  at: string;
  /**
   * What went to whom.
   *
   * @minItems 1
   * @maxItems 50
   */
  disclosed: {
    serviceId: string;
    /**
     * @minItems 1
     */
    fields: FieldPath[];
  }[];
  /**
   * True when the person was told.
   */
  personTold: boolean;
  /**
   * Why the person was not told (required when `personTold` is false).
   */
  notToldReason?: string;
}
/**
 * What one receiving service gets: only the fields it needs and may lawfully have.
 */
export interface DisclosureEnvelope {
  /**
   * The service (definition id).
   */
  serviceId: string;
  /**
   * Its Open Referral UK id.
   */
  orukId: string;
  organisation: Organisation;
  /**
   * Its own endpoint, when it has one.
   */
  endpoint?: string;
  /**
   * The purposes data is sent for, each with its justification.
   *
   * @minItems 1
   * @maxItems 50
   */
  purposes: DisclosedPurpose[];
  /**
   * The fields in `story`, in Story order.
   *
   * @maxItems 500
   */
  fields: FieldPath[];
  story: DisclosedStory;
  /**
   * Fields the service could use but does not get, and why.
   *
   * @maxItems 500
   */
  withheld: {
    field: FieldPath;
    reason:
      | 'not-decided'
      | 'refused'
      | 'withdrawn'
      | 'expired'
      | 'lacks-capacity'
      | 'feared-person'
      | 'not-in-record'
      | 'no-record';
  }[];
  flags: SafetyFlags;
  addressDecision?: AddressDecision;
}
/**
 * One purpose a service receives data for, and what justifies it.
 */
export interface DisclosedPurpose {
  /**
   * The purpose (id within the service).
   */
  purposeId: string;
  basis: Art6Basis;
  specialCategory?: Art9Condition;
  /**
   * The consent record that allows it.
   */
  consentRecordId?: string;
  /**
   * The practitioner decision that allows it, when shared without consent.
   */
  overrideId?: string;
}
/**
 * The part of a Story one service receives (disclosed stage): only the fields in its envelope.
 */
export interface DisclosedStory {
  person?: Person;
  contact?: Contact;
  access?: Access;
  household?: {
    /**
     * @maxItems 30
     */
    members: DisclosedHouseholdMember[];
  };
  needs?: Needs;
  risk?: Risk;
  referrer?: Referrer;
  declared?: DeclaredAnswers;
}
/**
 * The person the Story is about. No title is asked: it adds nothing and can misgender.
 */
export interface Person {
  /**
   * Given (first) name.
   */
  givenName?: string;
  /**
   * Family (last) name.
   */
  familyName?: string;
  /**
   * What the person would like to be called.
   */
  preferredName?: string;
  dateOfBirth?: IsoDate;
  /**
   * Pronouns, in the person's own words.
   */
  pronouns?: string;
  nhsNumber?: NhsNumber;
}
/**
 * How to reach the person, and how not to.
 */
export interface Contact {
  address?: Address;
  phone?: Phone;
  email?: Email;
  safeContact?: SafeContact;
}
/**
 * A UK address, GOV.UK address pattern.
 */
export interface Address {
  /**
   * Building and street.
   */
  line1: string;
  /**
   * Second line of the address.
   */
  line2?: string;
  /**
   * Town or city.
   */
  town: string;
  /**
   * County.
   */
  county?: string;
  postcode: Postcode;
}
/**
 * Safe-contact preferences per channel. A service must check these before every contact: someone the person is afraid of may see their phone, post or door.
 */
export interface SafeContact {
  call: ChannelSafety;
  text: ChannelSafety;
  email: ChannelSafety;
  post: ChannelSafety;
  visit: ChannelSafety;
  /**
   * Safe to leave a voicemail.
   */
  voicemail: boolean;
  /**
   * Someone safe to contact instead.
   */
  alternative?: {
    /**
     * Their name.
     */
    name: string;
    phone: Phone;
    /**
     * How they know the person.
     */
    relationship?: string;
  };
}
/**
 * Whether one contact channel is safe to use, and when.
 */
export interface ChannelSafety {
  /**
   * True when this channel may be used at all.
   */
  safe: boolean;
  /**
   * When it is safe, in the person's words (e.g. "weekdays 9 to 3").
   */
  times?: string;
}
/**
 * Access needs: captured once, shared with every service the person agrees to.
 */
export interface Access {
  /**
   * Preferred language, in the person's words or as a language tag.
   */
  language?: string;
  /**
   * Interpreter needed: none, a spoken-language interpreter, or British Sign Language.
   */
  interpreter?: 'none' | 'spoken' | 'bsl';
  /**
   * Communication and accessibility needs, in the person's words.
   */
  communicationNeeds?: string;
  /**
   * Reasonable adjustments the person asks for.
   */
  adjustments?: string;
}
/**
 * A household member as disclosed: flagged `doNotContact` when the applicant is afraid of them.
 */
export interface DisclosedHouseholdMember {
  /**
   * Their name.
   */
  name: string;
  /**
   * How they are related to the person.
   */
  relationship:
    'partner' | 'ex-partner' | 'child' | 'parent' | 'sibling' | 'other-family' | 'friend' | 'other';
  dateOfBirth?: IsoDate;
  /**
   * Their age in years, if the date of birth is not known.
   */
  age?: number;
  /**
   * True when they live with the person.
   */
  livesWith: boolean;
  /**
   * Their roles. `feared` marks a person the applicant is afraid of: flagged to every service, never contacted, and never sent the applicant's address.
   *
   * @maxItems 4
   */
  roles: ('child' | 'carer' | 'dependant' | 'feared')[];
  /**
   * The child's school or nursery, for a child.
   */
  school?: string;
  /**
   * Never contact this person, and never send them anything about the applicant.
   */
  doNotContact?: true;
}
/**
 * Needs per domain: `domains` lists the ones the person selected.
 */
export interface Needs {
  /**
   * The domains the person asks for help with.
   *
   * @maxItems 8
   */
  domains?: NeedDomain[];
  /**
   * Housing: homelessness, risk of losing a home, disrepair.
   */
  housing?: {
    /**
     * What is happening, in the person's own words.
     */
    description?: string;
    /**
     * Services already involved, so nobody starts from nothing.
     */
    servicesInvolved?: string;
    /**
     * The housing authority the person chooses for a duty-to-refer referral.
     */
    localAuthority?: string;
  };
  money?: Need;
  drugsAlcohol?: Need;
  safety?: Need;
  health?: Need;
  family?: Need;
  educationYouth?: Need;
  care?: Need;
}
/**
 * One need, in the person's own words.
 */
export interface Need {
  /**
   * What is happening, in the person's own words.
   */
  description?: string;
  /**
   * Services already involved, so nobody starts from nothing.
   */
  servicesInvolved?: string;
}
/**
 * Urgency and risk.
 */
export interface Risk {
  /**
   * Is anyone in immediate danger? `yes` shows emergency numbers at once.
   */
  immediateDanger?: 'yes' | 'no' | 'unknown';
  /**
   * DASH checklist answers, in order (24). A score of 14 or more means a MARAC referral.
   *
   * @minItems 24
   * @maxItems 24
   */
  dash?: ('yes' | 'no' | 'unknown')[];
}
/**
 * Who is filling in the Story: the person, or a professional on their behalf.
 */
export interface Referrer {
  /**
   * Who is filling in the form: the person (`self`), their parent (`parent`, for a child), or a `professional` referring them.
   */
  type?: 'self' | 'parent' | 'professional';
  /**
   * Professional's name.
   */
  name?: string;
  /**
   * Professional's role.
   */
  role?: string;
  /**
   * Professional's organisation.
   */
  organisation?: string;
  secureEmail?: Email;
}
/**
 * Answers to the fields a definition declares for its services, keyed by the field's id.
 */
export interface DeclaredAnswers {
  [k: string]: DeclaredValue;
}
/**
 * Safety flags every recipient gets, whatever fields it receives.
 */
export interface SafetyFlags {
  /**
   * Someone in the household is a person the applicant is afraid of.
   */
  fearedPersonPresent: boolean;
  /**
   * DASH score of 14 or more: a MARAC referral is indicated.
   */
  marac: boolean;
  /**
   * The person said someone is in immediate danger.
   */
  immediateDanger: boolean;
}
/**
 * What a submission carries so its receipt code works later (see `generateReceiptCode`).
 */
export interface ReceiptRegistration {
  /**
   * The code's first six symbols, which say where to look.
   */
  selector: string;
  /**
   * SHA-256 (64 lower-case hex digits) of the code's secret part.
   */
  verifierHash: string;
}
