import type * as z from 'zod/mini';
import type { MessageKey } from '../i18n/catalogue.js';
import { NEED_DOMAINS, StorySchema, type Story } from './story.schema.js';

/**
 * Kinds of personal data, used by consent records and the data map. `special` fields are
 * special category data under UK GDPR Art 9 (health, here) and need an Art 9 condition.
 */
export const DATA_CATEGORIES = [
  'identity', 'contact', 'safety-preferences', 'access', 'household', 'needs', 'health', 'risk', 'referrer',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** What the engine and the consent model know about one Story field. */
export interface FieldInfo {
  /** Kind of data it is. */
  readonly category: DataCategory;
  /** Special category data (UK GDPR Art 9): needs an Art 9 condition and explicit consent wording. */
  readonly special: boolean;
  /** The message shown when a required answer is missing. */
  readonly requiredMessage: MessageKey;
}

const info = (category: DataCategory, requiredMessage: MessageKey = 'required', special = false): FieldInfo => ({
  category,
  special,
  requiredMessage,
});

const needFields = Object.fromEntries(
  NEED_DOMAINS.flatMap((domain) => {
    const special = domain === 'drugsAlcohol' || domain === 'health';
    const category: DataCategory = special ? 'health' : 'needs';
    return [
      [`needs.${domain}.description`, info(category, 'required', special)],
      [`needs.${domain}.servicesInvolved`, info(category, 'required', special)],
    ];
  }),
) as Record<`needs.${(typeof NEED_DOMAINS)[number]}.${'description' | 'servicesInvolved'}`, FieldInfo>;

/**
 * Every Story field a question can be bound to (the granularity of asking and of
 * disclosure), with what the engine and consent model need to know about it.
 */
export const STORY_FIELDS = {
  'person.givenName': info('identity', 'required.person.givenName'),
  'person.familyName': info('identity', 'required.person.familyName'),
  'person.preferredName': info('identity'),
  'person.dateOfBirth': info('identity', 'required.person.dateOfBirth'),
  'person.pronouns': info('identity'),
  'person.nhsNumber': info('identity'),
  'contact.address': info('contact', 'required.contact.address'),
  'contact.phone': info('contact', 'required.contact.phone'),
  'contact.email': info('contact', 'required.contact.email'),
  'contact.safeContact': info('safety-preferences'),
  'access.language': info('access'),
  'access.interpreter': info('access', 'required.choice'),
  // Communication needs often reveal a disability: treat as health data.
  'access.communicationNeeds': info('health', 'required', true),
  'access.adjustments': info('access'),
  'household.members': info('household'),
  'needs.domains': info('needs', 'required.choice'),
  ...needFields,
  'needs.housing.localAuthority': info('needs'),
  'risk.immediateDanger': info('risk', 'required.choice'),
  'risk.dash': info('risk', 'dash.answers'),
  'referrer.type': info('referrer', 'required.choice'),
  'referrer.name': info('referrer'),
  'referrer.role': info('referrer'),
  'referrer.organisation': info('referrer', 'referrer.organisation'),
  'referrer.secureEmail': info('referrer'),
} as const satisfies Record<string, FieldInfo>;

/** The path of a Story field a question can ask, e.g. `person.dateOfBirth`. */
export type FieldPath = keyof typeof STORY_FIELDS;

/** Every field path, in Story order. */
export const FIELD_PATHS = Object.keys(STORY_FIELDS) as FieldPath[];

/** True when `path` names a Story field. */
export function isFieldPath(path: unknown): path is FieldPath {
  return typeof path === 'string' && Object.prototype.hasOwnProperty.call(STORY_FIELDS, path);
}

/** Metadata of a Story field. */
export function fieldInfo(path: FieldPath): FieldInfo {
  return STORY_FIELDS[path];
}

type Defined<T> = Exclude<T, undefined>;
/** The type of the value stored at a dotted path of `T`. */
export type ValueAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Defined<T>
    ? ValueAt<Defined<Defined<T>[Head]>, Rest>
    : never
  : P extends keyof Defined<T>
    ? Defined<Defined<T>[P]>
    : never;

/** The type of a Story field's value (parsed stage). */
export type FieldValue<P extends FieldPath> = ValueAt<Story, P>;

/** Answers so far, keyed by field path (parsed stage). A flat map is what the engine plans over. */
export type Answers = { readonly [P in FieldPath]?: FieldValue<P> };

interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly shape?: Record<string, z.ZodMiniType>;
}
const defOf = (schema: z.ZodMiniType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

function unwrapOptional(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  while (defOf(current).type === 'optional') current = defOf(current).innerType!;
  return current;
}

const schemaCache = new Map<FieldPath, z.ZodMiniType>();

/**
 * The zod schema of one field's value (without the optional wrapper), taken from the
 * Story schema itself so there is one source of truth.
 */
export function fieldSchema(path: FieldPath): z.ZodMiniType {
  const cached = schemaCache.get(path);
  if (cached) return cached;
  let schema: z.ZodMiniType = StorySchema;
  for (const segment of path.split('.')) {
    const shape: Record<string, z.ZodMiniType> | undefined = defOf(unwrapOptional(schema)).shape;
    const next: z.ZodMiniType | undefined = shape && Object.prototype.hasOwnProperty.call(shape, segment) ? shape[segment] : undefined;
    if (!next) throw new Error(`Story schema has no field at ${path}`);
    schema = next;
  }
  schema = unwrapOptional(schema);
  schemaCache.set(path, schema);
  return schema;
}

/** Reads the value at a field path of a Story, if present. */
export function valueAt(story: Story, path: FieldPath): unknown {
  let current: unknown = story;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, segment)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Flattens a Story into answers keyed by field path (only fields that hold a value). */
export function answersFromStory(story: Story): Answers {
  const answers: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const value = valueAt(story, path);
    if (value !== undefined) answers[path] = value;
  }
  return answers as Answers;
}

/**
 * Builds a (partial) Story from answers. Only known field paths are read, so a hostile key
 * such as `__proto__` in the input cannot reach an object's prototype.
 */
export function storyFromAnswers(answers: Answers, only?: Iterable<FieldPath>): Story {
  const story: Record<string, unknown> = {};
  for (const path of only ?? FIELD_PATHS) {
    const value = answers[path];
    if (value === undefined) continue;
    const segments = path.split('.');
    let node = story;
    for (const segment of segments.slice(0, -1)) {
      node = (node[segment] ??= {}) as Record<string, unknown>;
    }
    node[segments[segments.length - 1]!] = value;
  }
  return story as Story;
}
