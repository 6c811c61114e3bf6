import * as z from 'zod/mini';
import { ConditionSchema, FieldPathSchema, IdSchema, ScalarSchema } from './condition.schema.js';
import { LanguageTagSchema, LocalizedTextSchema, OptionOtherSchema } from './localized.schema.js';
import { DeclaredFieldSchema } from './declared-field.schema.js';
import { ServiceSchema } from './service.schema.js';

/** Widgets a question can be rendered with; when absent the field's natural widget is used. */
export const WIDGETS = [
  'text', 'textarea', 'number', 'radios', 'checkboxes', 'select', 'date', 'address', 'phone', 'email',
  'safe-contact', 'household', 'checklist', 'money',
] as const;

/** One answer option of a choice question. */
export const OptionSchema = z.strictObject({
  /** The value stored in the Story (must be valid for the field). */
  value: ScalarSchema,
  /** What the person reads. */
  label: LocalizedTextSchema,
  /** Extra explanation under the option. */
  hint: z.optional(LocalizedTextSchema),
  /** The option's words about the person, when someone else fills the form in: "They live alone" for "I live alone". */
  other: z.optional(OptionOtherSchema),
});

/** A question, bound to exactly one Story field. Each field is asked by at most one question. */
export const QuestionSchema = z.strictObject({
  /** Identifier, unique in the definition. */
  id: IdSchema,
  /** The field the answer is stored in: a Story field, or a declared field (`declared.<id>`). */
  field: FieldPathSchema,
  /** The question, as a label. */
  label: LocalizedTextSchema,
  /** Hint text under the label. */
  hint: z.optional(LocalizedTextSchema),
  /** Widget override. */
  widget: z.optional(z.enum(WIDGETS)),
  /**
   * Options, for choice questions. For the `risk.dash` checklist, its items in order (the
   * 24 DASH questions), each `value` a stable id of the item rather than a Story value.
   */
  options: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  /** Shown only when this condition holds. */
  when: z.optional(ConditionSchema),
  /** When the answer is prefilled, show it for confirmation instead of skipping it. */
  confirmPrefill: z.optional(z.boolean()),
  /**
   * The error shown when this required question is not answered, naming what to do, e.g.
   * "Select whether anyone is in danger right now". Without it the message quotes the label.
   */
  requiredMessage: z.optional(LocalizedTextSchema),
  /**
   * The question's words when someone fills the form in about another person (a
   * professional referring them, a parent for their child): "What is their date of birth?".
   * Without it a Story field's question has built-in words, and any other keeps `label`.
   */
  other: z.optional(
    z.strictObject({
      /** The question about the person, e.g. "What is their date of birth?". */
      label: LocalizedTextSchema,
      /** The hint about the person (when absent, `hint` is shown). */
      hint: z.optional(LocalizedTextSchema),
      /** The required message about the person, e.g. "Enter their date of birth" (when absent, `requiredMessage`). */
      requiredMessage: z.optional(LocalizedTextSchema),
    }),
  ),
});
export type Question = z.infer<typeof QuestionSchema>;

/** A page of questions. Pages with no question left to ask are skipped. */
export const PageSchema = z.strictObject({
  /** Identifier, unique in the definition. */
  id: IdSchema,
  /** Page heading. */
  title: LocalizedTextSchema,
  /** Question ids, in order. */
  questions: z.array(IdSchema).check(z.minLength(1)),
  /** Shown only when this condition holds. */
  when: z.optional(ConditionSchema),
  /** The page's words when someone fills the form in about another person: "Their household". */
  other: z.optional(
    z.strictObject({
      /** The page heading about the person. */
      title: LocalizedTextSchema,
    }),
  ),
});
export type Page = z.infer<typeof PageSchema>;

/** The privacy notice shown before any consent is asked (rule 10). */
export const PrivacyNoticeSchema = z.strictObject({
  /** Where the full notice is published. */
  uri: z.url({ protocol: /^https?$/ }),
  /** Version of the notice; recorded with every consent. */
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Controller of the front door and how to contact them. */
  controller: z.strictObject({
    /** The controller's name. */
    name: LocalizedTextSchema,
    /** How to contact the controller (address, email or phone), in each language. */
    contact: LocalizedTextSchema,
  }),
  /** How to contact the data protection officer, in each language. */
  dpoContact: LocalizedTextSchema,
  /** Summary shown above the per-service details. */
  summary: LocalizedTextSchema,
  /** The person's rights (access, rectification, erasure, objection…). */
  rights: LocalizedTextSchema,
  /** The right to complain to the Information Commissioner's Office. */
  complaint: LocalizedTextSchema,
});
export type PrivacyNotice = z.infer<typeof PrivacyNoticeSchema>;

/** An emergency contact shown at once when someone is in immediate danger. */
export const EmergencyContactSchema = z.strictObject({
  /** Who to call, e.g. "Police, fire or ambulance". */
  label: LocalizedTextSchema,
  /** The number, e.g. `999`. */
  phone: z.string().check(z.regex(/^[0-9 +]{3,20}$/, 'Use digits and spaces only')),
});

/** Host-level behaviour a definition may ask for. */
export const SettingsSchema = z.strictObject({
  /** Quick exit: shown when enabled; `url` is the neutral page to go to. */
  quickExit: z.optional(
    z.strictObject({
      /** True to show the quick exit button and its keyboard shortcut. */
      enabled: z.boolean(),
      /** The neutral page quick exit goes to, e.g. a weather forecast. */
      url: z.optional(z.url({ protocol: /^https?$/ })),
    }),
  ),
  /**
   * Save and come back later: the person may save their answers, encrypted in the browser
   * under a resume code only they hold, at the endpoint, and carry on from any device.
   */
  saveAndResume: z.optional(
    z.strictObject({
      /** True to offer "Save and come back later". */
      enabled: z.boolean(),
      /** Days the endpoint keeps a saved draft after its last save: 1 to 30, default 7. */
      lifetimeDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
    }),
  ),
  /** Allows practitioner mode: sharing without consent with a recorded decision (rule 7). */
  practitionerMode: z.optional(z.boolean()),
  /**
   * Neutral mode: a title the intake shows instead of `title` on every step (e.g. "Get
   * support" rather than "Domestic abuse support"), for a device someone else may see.
   */
  neutralTitle: z.optional(LocalizedTextSchema),
  /** Contacts shown when someone is in immediate danger. */
  emergencyContacts: z.optional(z.array(EmergencyContactSchema)),
});

/** The nations of the UK, for the language duties that follow from where a service is. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/** Address of the published intake-definition JSON Schema (for `$schema`). */
export const DEFINITION_SCHEMA_ID = 'https://onestory.dev/schemas/v1/intake-definition.schema.json';

/** An intake definition: what a council writes to configure the front door. No code, ever. */
export const DefinitionSchema = z.strictObject({
  /** The JSON Schema this file follows (gives editors autocompletion). */
  $schema: z.optional(z.string()),
  /** Identifier of this definition. */
  id: IdSchema,
  /** Version of this definition, recorded with every submission. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.0.0')),
  /**
   * The languages every text is written in, as BCP 47 tags: `["en"]` for English alone,
   * `["en", "cy"]` for English and Welsh (the default when absent), or any set, such as
   * `["en", "pl", "ur"]`. The first is the default language. Each needs an interface
   * catalogue: English and Welsh are shipped, others are loaded from a catalogue file.
   */
  languages: z.optional(z.array(LanguageTagSchema).check(z.minLength(1), z.maxLength(40))),
  /**
   * The UK nation the front door serves. A definition for `wales` must be in Welsh as well
   * as English (Welsh Language Standards): every text without Welsh is refused.
   */
  nation: z.optional(z.enum(NATIONS)),
  /** Title of the front door. */
  title: LocalizedTextSchema,
  /** The privacy notice. */
  privacyNotice: PrivacyNoticeSchema,
  /** Services offered. */
  services: z.array(ServiceSchema).check(z.minLength(1)),
  /**
   * Fields the definition declares for its own services (rent arrears, substances, a due
   * date), asked and listed as `declared.<id>`. The Story's own fields stay the ones every
   * service shares.
   */
  fields: z.optional(z.array(DeclaredFieldSchema).check(z.maxLength(500))),
  /** Named conditions, reusable with `{ "condition": "name" }`. */
  conditions: z.optional(z.record(IdSchema, ConditionSchema)),
  /** Questions. */
  questions: z.array(QuestionSchema).check(z.minLength(1)),
  /** Pages, in order. */
  pages: z.array(PageSchema).check(z.minLength(1)),
  /** Behaviour settings. */
  settings: z.optional(SettingsSchema),
});
export type Definition = z.infer<typeof DefinitionSchema>;
