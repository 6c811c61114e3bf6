/**
 * Generated from json/service.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id = string;
/**
 * One of the NEED_DOMAINS.
 */
export type NeedDomain =
  'housing' | 'money' | 'drugsAlcohol' | 'safety' | 'health' | 'family' | 'educationYouth' | 'care';
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
 * A receiving service, identified by its Open Referral UK service id.
 */
export interface Service {
  id: Id;
  /**
   * Open Referral UK service id.
   */
  orukId: string;
  name: LocalizedText;
  description: LocalizedText;
  organisation: Organisation;
  /**
   * Need domains this service helps with: a need in the domain offers the service.
   */
  domains: NeedDomain[];
  /**
   * Purposes, each with its lawful basis and fields. At least one is core.
   *
   * @minItems 1
   */
  purposes: Purpose[];
  eligibility?: Eligibility;
  /**
   * How long the service keeps what it receives.
   */
  retention: {
    /**
     * ISO 8601 duration, e.g. `P6Y`.
     */
    period: string;
    description: LocalizedText;
  };
  /**
   * The service's own endpoint, if it does not use the definition's default.
   */
  endpoint?: string;
  /**
   * True when the service may contact other household members (so a feared person's presence matters).
   */
  contactsHousehold?: boolean;
  /**
   * True for a housing duty-to-refer (Homelessness Reduction Act 2017 s213B) referral.
   */
  dutyToRefer?: boolean;
}
/**
 * Text in each language the definition declares (`languages`; English and Welsh when it declares none), keyed by language tag: `{ "en": "…", "cy": "…" }`. Every text must have exactly the definition's languages, each non-empty (checked by `checkDefinition`).
 */
export interface LocalizedText {
  [k: string]: string;
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
 * Why a service uses data, on which lawful basis, and which Story fields it needs for it.
 */
export interface Purpose {
  id: Id;
  description: LocalizedText;
  /**
   * True for the core referral; false for an optional extra the person may refuse at no cost.
   */
  core: boolean;
  basis: Art6Basis;
  specialCategory?: Art9Condition;
  /**
   * Story fields this purpose cannot work without.
   */
  requires: FieldPath[];
  /**
   * Story fields this purpose uses when the person gives them.
   */
  optional?: FieldPath[];
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
 * Who a service is for. Ineligible services are explained, never silently dropped.
 */
export interface Eligibility {
  /**
   * Youngest age served, in whole years.
   */
  minAge?: number;
  /**
   * Oldest age served, in whole years.
   */
  maxAge?: number;
  /**
   * Postcode prefixes served (e.g. `CF10`, `CF`), upper case.
   */
  postcodePrefixes?: string[];
  signpost?: LocalizedText;
}
