/**
 * Generated from json/consent-record.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * A BCP 47 language tag in canonical case, such as `en`, `cy`, `pl`, `pa-Arab`, `pt-BR`.
 */
export type LanguageTag = string;
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
