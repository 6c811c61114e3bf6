/**
 * Generated from json/story.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

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
 * The person's household.
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
