/**
 * Generated from json/story.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * Date of birth (GOV.UK three-field date, stored as `YYYY-MM-DD`).
 */
export type IsoDate = string;
/**
 * NHS number, checksum-validated.
 */
export type NhsNumber = string;
/**
 * Postcode, canonical form.
 */
export type Postcode = string;
/**
 * UK telephone number.
 */
export type Phone = string;
/**
 * Email address.
 */
export type Email = string;
/**
 * Their telephone number.
 */
export type Phone1 = string;
/**
 * Their date of birth, if known.
 */
export type IsoDate1 = string;
/**
 * One of the NEED_DOMAINS.
 */
export type NeedDomain =
  'housing' | 'money' | 'drugsAlcohol' | 'safety' | 'health' | 'family' | 'educationYouth' | 'care';
/**
 * A secure email address for replies.
 */
export type Email1 = string;

/**
 * The Story: the person's shared intake record, one schema for every service. Every part is optional here; which parts are required is decided by the services chosen.
 */
export interface Story {
  person?: Person;
  contact?: Contact;
  access?: Access;
  household?: Household;
  needs?: Needs;
  risk?: Risk;
  referrer?: Referrer;
}
/**
 * The person.
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
 * Contact details and safe-contact preferences.
 */
export interface Contact {
  address?: Address;
  phone?: Phone;
  email?: Email;
  safeContact?: SafeContact;
}
/**
 * Home address.
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
 * Safe-contact preferences per channel.
 */
export interface SafeContact {
  call: ChannelSafety;
  text: ChannelSafety1;
  email: ChannelSafety2;
  post: ChannelSafety3;
  visit: ChannelSafety4;
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
    phone: Phone1;
    /**
     * How they know the person.
     */
    relationship?: string;
  };
}
/**
 * Safe to call.
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
 * Safe to send a text message.
 */
export interface ChannelSafety1 {
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
 * Safe to email.
 */
export interface ChannelSafety2 {
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
 * Safe to send letters.
 */
export interface ChannelSafety3 {
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
 * Safe to visit at home.
 */
export interface ChannelSafety4 {
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
 * Access needs.
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
 * Household members.
 */
export interface Household {
  /**
   * Everyone the person lives with or is worried about.
   *
   * @maxItems 30
   */
  members: HouseholdMember[];
}
/**
 * Someone in the person's household or family.
 */
export interface HouseholdMember {
  /**
   * Their name.
   */
  name: string;
  /**
   * How they are related to the person.
   */
  relationship:
    'partner' | 'ex-partner' | 'child' | 'parent' | 'sibling' | 'other-family' | 'friend' | 'other';
  dateOfBirth?: IsoDate1;
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
  roles:
    | []
    | ['child' | 'carer' | 'dependant' | 'feared']
    | ['child' | 'carer' | 'dependant' | 'feared', 'child' | 'carer' | 'dependant' | 'feared']
    | [
        'child' | 'carer' | 'dependant' | 'feared',
        'child' | 'carer' | 'dependant' | 'feared',
        'child' | 'carer' | 'dependant' | 'feared'
      ]
    | [
        'child' | 'carer' | 'dependant' | 'feared',
        'child' | 'carer' | 'dependant' | 'feared',
        'child' | 'carer' | 'dependant' | 'feared',
        'child' | 'carer' | 'dependant' | 'feared'
      ];
  /**
   * The child's school or nursery, for a child.
   */
  school?: string;
}
/**
 * Needs per domain.
 */
export interface Needs {
  /**
   * The domains the person asks for help with.
   *
   * @maxItems 8
   */
  domains?:
    | []
    | [NeedDomain]
    | [NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain]
    | [NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain, NeedDomain];
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
  drugsAlcohol?: Need1;
  safety?: Need2;
  health?: Need3;
  family?: Need4;
  educationYouth?: Need5;
  care?: Need6;
}
/**
 * Money and debt.
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
 * Drugs and alcohol (special category: health).
 */
export interface Need1 {
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
 * Safety and relationships.
 */
export interface Need2 {
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
 * Health and wellbeing (special category: health).
 */
export interface Need3 {
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
 * Family and children.
 */
export interface Need4 {
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
 * Education, employment and youth.
 */
export interface Need5 {
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
 * Care and support.
 */
export interface Need6 {
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
  dash?: [
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown',
    'yes' | 'no' | 'unknown'
  ];
}
/**
 * Who referred.
 */
export interface Referrer {
  /**
   * `self` or `professional`.
   */
  type?: 'self' | 'professional';
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
  secureEmail?: Email1;
}
