/**
 * Generated from json/intake-definition.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * Identifier of this definition.
 */
export type Id = string;
/**
 * Identifier within the definition.
 */
export type Id1 = string;
/**
 * One of the NEED_DOMAINS.
 */
export type NeedDomain =
  'housing' | 'money' | 'drugsAlcohol' | 'safety' | 'health' | 'family' | 'educationYouth' | 'care';
/**
 * Identifier, unique within the service.
 */
export type Id2 = string;
/**
 * The UK GDPR Art 6 basis.
 */
export type Art6Basis =
  'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
/**
 * A Story field path, e.g. `person.dateOfBirth`.
 */
export type FieldPath =
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
 * The JSON form of Condition.
 */
export type Condition =
  | {
      equals: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      oneOf: {
        field: FieldPath;
        /**
         * @minItems 1
         */
        values: [Scalar, ...Scalar[]];
      };
    }
  | {
      includes: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      answered: FieldPath;
    }
  | {
      compare: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      date: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * An ISO date `YYYY-MM-DD`, or `today`.
         */
        value: string;
      };
    }
  | {
      age: {
        field?: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      serviceChosen: Id3;
    }
  | {
      condition: Id3;
    }
  | {
      not: Condition;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    };
/**
 * A plain JSON value a condition can compare an answer with.
 */
export type Scalar = string | number | boolean;
/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id3 = string;
/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id4 = string;
/**
 * A Story field path, e.g. `person.dateOfBirth`.
 */
export type FieldPath1 =
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
 * A plain JSON value a condition can compare an answer with.
 */
export type Scalar1 = string | number | boolean;
/**
 * Shown only when this condition holds.
 */
export type Condition1 =
  | {
      equals: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      oneOf: {
        field: FieldPath;
        /**
         * @minItems 1
         */
        values: [Scalar, ...Scalar[]];
      };
    }
  | {
      includes: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      answered: FieldPath;
    }
  | {
      compare: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      date: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * An ISO date `YYYY-MM-DD`, or `today`.
         */
        value: string;
      };
    }
  | {
      age: {
        field?: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      serviceChosen: Id3;
    }
  | {
      condition: Id3;
    }
  | {
      not: Condition;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    };
/**
 * An identifier used inside a definition: lower-case letters, digits and hyphens.
 */
export type Id5 = string;
/**
 * Shown only when this condition holds.
 */
export type Condition2 =
  | {
      equals: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      oneOf: {
        field: FieldPath;
        /**
         * @minItems 1
         */
        values: [Scalar, ...Scalar[]];
      };
    }
  | {
      includes: {
        field: FieldPath;
        value: Scalar;
      };
    }
  | {
      answered: FieldPath;
    }
  | {
      compare: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      date: {
        field: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        /**
         * An ISO date `YYYY-MM-DD`, or `today`.
         */
        value: string;
      };
    }
  | {
      age: {
        field?: FieldPath;
        op: 'lt' | 'lte' | 'gt' | 'gte';
        value: number;
      };
    }
  | {
      serviceChosen: Id3;
    }
  | {
      condition: Id3;
    }
  | {
      not: Condition;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    };

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
  title: LocalizedText;
  privacyNotice: PrivacyNotice;
  /**
   * Services offered.
   *
   * @minItems 1
   */
  services: [Service, ...Service[]];
  /**
   * Named conditions, reusable with `{ "condition": "name" }`.
   */
  conditions?: {
    [k: string]: Condition | undefined;
  };
  /**
   * Questions.
   *
   * @minItems 1
   */
  questions: [Question, ...Question[]];
  /**
   * Pages, in order.
   *
   * @minItems 1
   */
  pages: [Page, ...Page[]];
  settings?: Settings;
}
/**
 * Title of the front door.
 */
export interface LocalizedText {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * The privacy notice.
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
    name: LocalizedText1;
    contact: string;
  };
  /**
   * How to contact the data protection officer.
   */
  dpoContact: string;
  summary: LocalizedText2;
  rights: LocalizedText3;
  complaint: LocalizedText4;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText1 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText2 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText3 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText4 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * A receiving service, identified by its Open Referral UK service id.
 */
export interface Service {
  id: Id1;
  /**
   * Open Referral UK service id.
   */
  orukId: string;
  name: LocalizedText5;
  description: LocalizedText6;
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
  purposes: [Purpose, ...Purpose[]];
  eligibility?: Eligibility;
  /**
   * How long the service keeps what it receives.
   */
  retention: {
    /**
     * ISO 8601 duration, e.g. `P6Y`.
     */
    period: string;
    description: LocalizedText9;
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
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText5 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText6 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * The data controller.
 */
export interface Organisation {
  name: LocalizedText7;
  /**
   * Public bodies default to public task or legal obligation (rule 2).
   */
  type: 'public-body' | 'nhs' | 'charity' | 'private';
  /**
   * How to contact the controller.
   */
  contact: string;
  /**
   * How to contact its data protection officer.
   */
  dpoContact: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText7 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Why a service uses data, on which lawful basis, and which Story fields it needs for it.
 */
export interface Purpose {
  id: Id2;
  description: LocalizedText8;
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
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText8 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * The Art 9 condition, required when the purpose uses special category data.
 */
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
 * Who the service is for.
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
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText9 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * A question, bound to exactly one Story field. Each field is asked by at most one question.
 */
export interface Question {
  id: Id4;
  field: FieldPath1;
  label: LocalizedText10;
  hint?: LocalizedText11;
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
    | 'checklist';
  /**
   * Options, for choice questions.
   *
   * @minItems 1
   */
  options?: [Option, ...Option[]];
  when?: Condition1;
  /**
   * When the answer is prefilled, show it for confirmation instead of skipping it.
   */
  confirmPrefill?: boolean;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText10 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText11 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * One answer option of a choice question.
 */
export interface Option {
  value: Scalar1;
  label: LocalizedText12;
  hint?: LocalizedText13;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText12 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText13 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * A page of questions. Pages with no question left to ask are skipped.
 */
export interface Page {
  id: Id5;
  title: LocalizedText14;
  /**
   * Question ids, in order.
   *
   * @minItems 1
   */
  questions: [Id3, ...Id3[]];
  when?: Condition2;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText14 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * Behaviour settings.
 */
export interface Settings {
  /**
   * Quick exit: shown when enabled; `url` is the neutral page to go to.
   */
  quickExit?: {
    enabled: boolean;
    url?: string;
  };
  /**
   * Allows practitioner mode: sharing without consent with a recorded decision (rule 7).
   */
  practitionerMode?: boolean;
  neutralTitle?: LocalizedText15;
  /**
   * Contacts shown when someone is in immediate danger.
   */
  emergencyContacts?: EmergencyContact[];
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText15 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
/**
 * An emergency contact shown at once when someone is in immediate danger.
 */
export interface EmergencyContact {
  label: LocalizedText16;
  /**
   * The number, e.g. `999`.
   */
  phone: string;
}
/**
 * Text in English (`en`) and Welsh (`cy`); both are required and non-empty.
 */
export interface LocalizedText16 {
  /**
   * English text.
   */
  en: string;
  /**
   * Welsh text (Cymraeg).
   */
  cy: string;
}
