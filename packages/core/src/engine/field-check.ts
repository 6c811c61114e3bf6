import type { MessageKey } from '../i18n/catalogue.js';
import { isMessageKey } from '../i18n/translate.js';
import { declaredFieldOf } from '../definition/declared-fields.js';
import { declaredValueProblem } from '../definition/declared-value.js';
import type { Definition } from '../definition/definition.schema.js';
import { fieldSchema, isFieldPath, type FieldPath, type StoryFieldPath } from '../story/fields.js';
import { checkDateOfBirth, type IsoDate } from '../story/rules.js';

/** Why a present value is not valid for its field: a catalogue key and its parameters. */
export interface ValueProblem {
  readonly code: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
}

// Messages for a missing or blank part of a structured answer, keyed by field then part.
const PART_MESSAGES: Partial<Record<StoryFieldPath, Readonly<Record<string, MessageKey>>>> = {
  'contact.address': { line1: 'address.line1', town: 'address.town', postcode: 'postcode.invalid' },
  'household.members': { name: 'household.name', relationship: 'household.relationship' },
};

// The household member age schema's bounds; zod reports only the bound that was broken.
const NUMBER_RANGE = { min: 0, max: 130 } as const;

function problemOf(field: StoryFieldPath, issue: ZodIssueLike): ValueProblem {
  const part = issue.path.find((key): key is string => typeof key === 'string');
  const partMessage = part === undefined ? undefined : PART_MESSAGES[field]?.[part];
  if (partMessage && (issue.code === 'invalid_type' || issue.message === 'text.blank' || issue.code === 'invalid_value')) {
    return { code: partMessage, params: {} };
  }
  if (issue.message === 'number.range') {
    return {
      code: 'number.range',
      params: {
        min: issue.minimum !== undefined ? Number(issue.minimum) : NUMBER_RANGE.min,
        max: issue.maximum !== undefined ? Number(issue.maximum) : NUMBER_RANGE.max,
      },
    };
  }
  // The Story schema's own messages are catalogue keys.
  if (isMessageKey(issue.message)) {
    return { code: issue.message, params: issue.maximum !== undefined ? { max: Number(issue.maximum) } : {} };
  }
  // zod's built-in issues (messages in English prose) map to the nearest catalogue key.
  if (issue.code === 'too_big' && issue.maximum !== undefined) return { code: 'text.tooLong', params: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { code: 'option.invalid', params: {} };
  return { code: 'invalid', params: {} };
}

/**
 * Checks a present value (parsed stage) against its field's rule: the Story schema's (and,
 * for a date of birth, against today) or, for a declared field, its declaration in
 * `definition`. Returns the first problem, or null when valid.
 */
export function checkFieldValue(field: FieldPath, value: unknown, today: IsoDate, definition?: Definition): ValueProblem | null {
  if (!isFieldPath(field)) {
    const declared = definition && declaredFieldOf(definition, field);
    return declared ? declaredValueProblem(declared, value, today) : { code: 'invalid', params: {} };
  }
  if (field === 'person.dateOfBirth' && typeof value === 'string') {
    const problem = checkDateOfBirth(value, today);
    return problem ? { code: problem, params: {} } : null;
  }
  const result = fieldSchema(field).safeParse(value);
  if (result.success) return null;
  const first = result.error.issues[0] as ZodIssueLike | undefined;
  return first ? problemOf(field, first) : { code: 'invalid', params: {} };
}
