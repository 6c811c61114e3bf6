import type * as z from 'zod/mini';
import type { MessageKey } from '../i18n/catalogue.js';
import { DECLARED_ID_PATTERN, NEED_DOMAINS, StorySchema, type DeclaredValue, type Story } from './story.schema.js';

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

/** The path of one of the Story's own fields, e.g. `person.dateOfBirth`. */
export type StoryFieldPath = keyof typeof STORY_FIELDS;

/**
 * The path of a field a definition declares for its own services, e.g.
 * `declared.rentArrears`: its answers live in the Story's `declared` part, a namespace
 * of its own, so a declared field can never collide with a Story field.
 */
export type DeclaredFieldPath = `declared.${string}`;

/** The path of a field a question can ask: a Story field or a declared field. */
export type FieldPath = StoryFieldPath | DeclaredFieldPath;

/** Every Story field path, in Story order (declared fields are per definition). */
export const FIELD_PATHS = Object.keys(STORY_FIELDS) as StoryFieldPath[];

/** True when `path` names one of the Story's own fields. */
export function isFieldPath(path: unknown): path is StoryFieldPath {
  return typeof path === 'string' && Object.prototype.hasOwnProperty.call(STORY_FIELDS, path);
}

/** The pattern of a declared field path, `declared.<id>` (the JSON Schemas publish it too). */
export const DECLARED_FIELD_PATH_PATTERN = new RegExp(`^declared\\.${DECLARED_ID_PATTERN.source.slice(1)}`);

/** The prefix of every declared field path. */
export const DECLARED_PREFIX = 'declared.';

/** True when `path` is shaped like a declared field path (`declared.<id>`); whether it is declared is the definition's business. */
export function isDeclaredFieldPath(path: unknown): path is DeclaredFieldPath {
  return typeof path === 'string' && path.startsWith(DECLARED_PREFIX) && DECLARED_ID_PATTERN.test(path.slice(DECLARED_PREFIX.length));
}

/** The path of the declared field with this id. */
export function declaredFieldPath(id: string): DeclaredFieldPath {
  return `declared.${id}`;
}

/** Metadata of a Story field. */
export function fieldInfo(path: StoryFieldPath): FieldInfo {
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
export type FieldValue<P extends StoryFieldPath> = ValueAt<Story, P>;

/** Answers so far, keyed by field path (parsed stage). A flat map is what the engine plans over. */
export type Answers = { readonly [P in StoryFieldPath]?: FieldValue<P> } & { readonly [P in DeclaredFieldPath]?: DeclaredValue };

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

const schemaCache = new Map<StoryFieldPath, z.ZodMiniType>();

/**
 * The zod schema of one field's value (without the optional wrapper), taken from the
 * Story schema itself so there is one source of truth.
 */
export function fieldSchema(path: StoryFieldPath): z.ZodMiniType {
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

/** The declared field paths a Story holds answers for, in the order it holds them. */
function declaredPathsOf(answers: Readonly<Record<string, unknown>>): DeclaredFieldPath[] {
  return Object.keys(answers).filter(isDeclaredFieldPath);
}

/** Flattens a Story into answers keyed by field path (only fields that hold a value). */
export function answersFromStory(story: Story): Answers {
  const answers: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const value = valueAt(story, path);
    if (value !== undefined) answers[path] = value;
  }
  const declared = story.declared;
  if (declared && typeof declared === 'object') {
    for (const id of Object.keys(declared)) {
      const path = declaredFieldPath(id);
      if (isDeclaredFieldPath(path) && declared[id] !== undefined) answers[path] = declared[id];
    }
  }
  return answers as Answers;
}

/**
 * Builds a (partial) Story from answers. Only known field paths are read, so a hostile key
 * such as `__proto__` in the input cannot reach an object's prototype.
 */
export function storyFromAnswers(answers: Answers, only?: Iterable<FieldPath>): Story {
  const story: Record<string, unknown> = {};
  const all = answers as Readonly<Record<string, unknown>>;
  for (const path of only ?? [...FIELD_PATHS, ...declaredPathsOf(all)]) {
    // Declared ids never hold a dot, so `declared.<id>` is always two segments.
    if (!isFieldPath(path) && !isDeclaredFieldPath(path)) continue;
    if (!Object.prototype.hasOwnProperty.call(all, path)) continue;
    const value = all[path];
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
