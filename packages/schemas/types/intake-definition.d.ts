/**
 * Generated from json/intake-definition.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id = string;
/**
 * A BCP 47 language tag in canonical case, such as `en`, `cy`, `pl`, `pa-Arab`, `pt-BR`.
 */
export type LanguageTag = string;
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
 * The JSON form of Condition.
 */
export type Condition =
  | {
      /**
       * True when the answer to `field` equals `value`.
       */
      equals: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      /**
       * True when the answer to `field` is one of `values`.
       */
      oneOf: {
        field: FieldPath;
        /**
         * The values the answer may be one of.
         *
         * @minItems 1
         */
        values: Scalar[];
      };
    }
  | {
      /**
       * True when the answer to `field` (a list, such as `needs.domains`) includes `value`.
       */
      includes: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      answered: FieldPath;
    }
  | {
      /**
       * Compares a numeric answer with `value` (`lt`, `lte`, `gt`, `gte`).
       */
      compare: {
        field: FieldPath;
        /**
         * The comparison: less than, at most, more than, at least.
         */
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * The number to compare with.
         */
        value: number;
      };
    }
  | {
      /**
       * Compares a date answer with an ISO date or `today`.
       */
      date: {
        field: FieldPath;
        /**
         * The comparison: before, on or before, after, on or after.
         */
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * An ISO date `YYYY-MM-DD`, or `today`.
         */
        value: string;
      };
    }
  | {
      /**
       * Compares an age in whole years (from `field`, by default `person.dateOfBirth`) with `value`.
       */
      age: {
        field?: FieldPath;
        /**
         * The comparison: younger than, at most, older than, at least.
         */
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * The age in whole years.
         */
        value: number;
      };
    }
  | {
      serviceChosen: Id;
    }
  | {
      condition: Id;
    }
  | {
      not: Condition;
    }
  | {
      /**
       * True when every inner condition is true.
       *
       * @minItems 1
       */
      all: Condition[];
    }
  | {
      /**
       * True when at least one inner condition is true.
       *
       * @minItems 1
       */
      any: Condition[];
    };
/**
 * A plain JSON value a condition can compare an answer with.
 */
export type Scalar = string | number | boolean;

/**
 * An intake definition: what a council writes to configure the front door. No code, ever.
 */
export interface IntakeDefinition {
  /**
   * The JSON Schema this file follows (gives editors autocompletion).
   */
  $schema?: string;
  id: Id;
  /**
   * Version of this definition, recorded with every submission.
   */
  version: string;
  /**
   * The languages every text is written in, as BCP 47 tags: `["en"]` for English alone, `["en", "cy"]` for English and Welsh (the default when absent), or any set, such as `["en", "pl", "ur"]`. The first is the default language. Each needs an interface catalogue: English and Welsh are shipped, others are loaded from a catalogue file.
   *
   * @minItems 1
   * @maxItems 40
   */
  languages?: LanguageTag[];
  /**
   * The UK nation the front door serves. A definition for `wales` must be in Welsh as well as English (Welsh Language Standards): every text without Welsh is refused.
   */
  nation?: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  title: LocalizedText;
  privacyNotice: PrivacyNotice;
  /**
   * Services offered.
   *
   * @minItems 1
   */
  services: Service[];
  /**
   * Fields the definition declares for its own services (rent arrears, substances, a due date), asked and listed as `declared.<id>`. The Story's own fields stay the ones every service shares.
   *
   * @maxItems 500
   */
  fields?: DeclaredField[];
  /**
   * Named conditions, reusable with `{ "condition": "name" }`.
   */
  conditions?: {
    [k: string]: Condition;
  };
  /**
   * Questions.
   *
   * @minItems 1
   */
  questions: Question[];
  /**
   * Pages, in order.
   *
   * @minItems 1
   */
  pages: Page[];
  settings?: Settings;
}
/**
 * Text in each language the definition declares (`languages`; English and Welsh when it declares none), keyed by language tag: `{ "en": "…", "cy": "…" }`. Every text must have exactly the definition's languages, each non-empty (checked by `checkDefinition`).
 */
export interface LocalizedText {
  [k: string]: string;
}
/**
 * The privacy notice shown before any consent is asked (rule 10).
 */
export interface PrivacyNotice {
  /**
   * Where the full notice is published.
   */
  uri: string;
  /**
   * Version of the notice; recorded with every consent.
   */
  version: string;
  /**
   * Controller of the front door and how to contact them.
   */
  controller: {
    name: LocalizedText;
    contact: LocalizedText;
  };
  dpoContact: LocalizedText;
  summary: LocalizedText;
  rights: LocalizedText;
  complaint: LocalizedText;
}
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
/**
 * A field a definition declares for its own services: a rent arrears amount, the substances someone uses, a baby's due date. Questions ask it and purposes list it as `declared.<id>`; its answer travels in the Story's `declared` part. It has every guarantee a Story field has: asked once, validated, disclosed only to services that need it and were agreed, typed in the payload, the schemas and the data map. Which constraints apply depends on `type`; `checkDefinition` refuses one that does not.
 */
export interface DeclaredField {
  /**
   * Identifier, unique among declared fields: `rentArrears` is asked and listed as `declared.rentArrears`.
   */
  id: string;
  /**
   * What kind of answer it holds (see DECLARED_FIELD_TYPES).
   */
  type:
    | 'text'
    | 'long-text'
    | 'whole-number'
    | 'money'
    | 'date'
    | 'yes-no'
    | 'yes-no-not-known'
    | 'choice'
    | 'multi-choice';
  label: LocalizedText;
  /**
   * What kind of personal data it is, for consent records and the data map.
   */
  category:
    | 'identity'
    | 'contact'
    | 'safety-preferences'
    | 'access'
    | 'household'
    | 'needs'
    | 'health'
    | 'risk'
    | 'referrer';
  /**
   * Special category data (UK GDPR Art 9) or criminal offence data (Art 10): every purpose that uses the field then needs an Art 9 condition, and consent to it a separate explicit statement (lawful-basis rules 1 and 5).
   */
  specialCategory?:
    | 'racial-or-ethnic-origin'
    | 'political-opinions'
    | 'religious-or-philosophical-beliefs'
    | 'trade-union-membership'
    | 'genetic'
    | 'biometric'
    | 'health'
    | 'sex-life'
    | 'sexual-orientation'
    | 'criminal-offence';
  /**
   * `text`, `long-text`: the most characters allowed (at most 100 and 5,000).
   */
  maxLength?: number;
  /**
   * `whole-number`, `money`: the smallest value allowed, as stored (money in pence: `0`).
   */
  min?: number;
  /**
   * `whole-number`, `money`: the largest value allowed, as stored (money in pence: `10000000` is £100,000.00).
   */
  max?: number;
  /**
   * `date`: only dates up to today (`past`) or from today on (`future`).
   */
  range?: 'past' | 'future';
  /**
   * `date`: the earliest date allowed, ISO or `today`.
   */
  earliest?: string;
  /**
   * `date`: the latest date allowed, ISO or `today`.
   */
  latest?: string;
  /**
   * `choice`, `multi-choice`: the options, in the order shown.
   */
  options?: DeclaredOption[];
}
/**
 * One option of a `choice` or `multi-choice` declared field.
 */
export interface DeclaredOption {
  /**
   * The value stored in the Story when chosen: a stable id, e.g. `private-rented`.
   */
  value: string;
  label: LocalizedText;
  hint?: LocalizedText;
  other?: OptionOther;
}
/**
 * An answer option's words when someone fills the form in about another person (a professional referring them, a parent for their child): "They rent from a private landlord" for "I rent from a private landlord". Without it the option keeps its own words.
 */
export interface OptionOther {
  label: LocalizedText;
  hint?: LocalizedText;
}
/**
 * A question, bound to exactly one Story field. Each field is asked by at most one question.
 */
export interface Question {
  id: Id;
  field: FieldPath;
  label: LocalizedText;
  hint?: LocalizedText;
  /**
   * Widget override.
   */
  widget?:
    | 'text'
    | 'textarea'
    | 'number'
    | 'radios'
    | 'checkboxes'
    | 'select'
    | 'date'
    | 'address'
    | 'phone'
    | 'email'
    | 'safe-contact'
    | 'household'
    | 'checklist'
    | 'money';
  /**
   * Options, for choice questions. For the `risk.dash` checklist, its items in order (the 24 DASH questions), each `value` a stable id of the item rather than a Story value.
   *
   * @minItems 1
   */
  options?: Option[];
  when?: Condition;
  /**
   * When the answer is prefilled, show it for confirmation instead of skipping it.
   */
  confirmPrefill?: boolean;
  requiredMessage?: LocalizedText;
  /**
   * The question's words when someone fills the form in about another person (a professional referring them, a parent for their child): "What is their date of birth?". Without it a Story field's question has built-in words, and any other keeps `label`.
   */
  other?: {
    label: LocalizedText;
    hint?: LocalizedText;
    requiredMessage?: LocalizedText;
  };
}
/**
 * One answer option of a choice question.
 */
export interface Option {
  value: Scalar;
  label: LocalizedText;
  hint?: LocalizedText;
  other?: OptionOther;
}
/**
 * A page of questions. Pages with no question left to ask are skipped.
 */
export interface Page {
  id: Id;
  title: LocalizedText;
  /**
   * Question ids, in order.
   *
   * @minItems 1
   */
  questions: Id[];
  when?: Condition;
  /**
   * The page's words when someone fills the form in about another person: "Their household".
   */
  other?: {
    title: LocalizedText;
  };
}
/**
 * Host-level behaviour a definition may ask for.
 */
export interface Settings {
  /**
   * Quick exit: shown when enabled; `url` is the neutral page to go to.
   */
  quickExit?: {
    /**
     * True to show the quick exit button and its keyboard shortcut.
     */
    enabled: boolean;
    /**
     * The neutral page quick exit goes to, e.g. a weather forecast.
     */
    url?: string;
  };
  /**
   * Save and come back later: the person may save their answers, encrypted in the browser under a resume code only they hold, at the endpoint, and carry on from any device.
   */
  saveAndResume?: {
    /**
     * True to offer "Save and come back later".
     */
    enabled: boolean;
    /**
     * Days the endpoint keeps a saved draft after its last save: 1 to 30, default 7.
     */
    lifetimeDays?: number;
  };
  /**
   * Allows practitioner mode: sharing without consent with a recorded decision (rule 7).
   */
  practitionerMode?: boolean;
  neutralTitle?: LocalizedText;
  /**
   * Contacts shown when someone is in immediate danger.
   */
  emergencyContacts?: EmergencyContact[];
}
/**
 * An emergency contact shown at once when someone is in immediate danger.
 */
export interface EmergencyContact {
  label: LocalizedText;
  /**
   * The number, e.g. `999`.
   */
  phone: string;
}
