import type { Story } from '../story/story.schema.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** A person's name as the Story holds it (no title): given and family names. */
export type PersonName = Pick<NonNullable<Story['person']>, 'givenName' | 'familyName'>;

/** The two boxes of a name field, as typed (raw input). Keys are also the control ids. */
export interface NameParts {
  readonly givenName: string;
  readonly familyName: string;
}

// The Story's limit for short text.
const NAME_MAX_LENGTH = 100;

/**
 * Reads the two boxes (raw input) as a name (parsed stage: trimmed, blank parts left out).
 * A required name needs both parts, each with its own GOV.UK message.
 */
export function interpretName(raw: NameParts, required: boolean): Interpretation<PersonName> {
  const givenName = raw.givenName.trim();
  const familyName = raw.familyName.trim();
  if (required && !givenName) return reject({ code: 'required.person.givenName', flag: 'valueMissing', controls: ['givenName'] });
  if (required && !familyName) return reject({ code: 'required.person.familyName', flag: 'valueMissing', controls: ['familyName'] });
  for (const [part, text] of [['givenName', givenName], ['familyName', familyName]] as const) {
    if (text.length > NAME_MAX_LENGTH) {
      return reject({ code: 'text.tooLong', params: { max: NAME_MAX_LENGTH }, flag: 'tooLong', controls: [part] });
    }
  }
  if (!givenName && !familyName) return noAnswer();
  return accept({ ...(givenName ? { givenName } : {}), ...(familyName ? { familyName } : {}) });
}

/** The boxes that show `value`. */
export function namePartsOf(value: PersonName | undefined): NameParts {
  return { givenName: value?.givenName ?? '', familyName: value?.familyName ?? '' };
}

/** True when `state` has the shape of {@link NameParts}. */
export function isNameParts(state: unknown): state is NameParts {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as NameParts).givenName === 'string' &&
    typeof (state as NameParts).familyName === 'string'
  );
}

/** A host-assigned name: an object whose parts, when present, are strings; else null. */
export function coerceName(input: unknown): PersonName | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const { givenName, familyName } = input as Record<string, unknown>;
  if ((givenName !== undefined && typeof givenName !== 'string') || (familyName !== undefined && typeof familyName !== 'string')) {
    return null;
  }
  return { ...(givenName !== undefined ? { givenName } : {}), ...(familyName !== undefined ? { familyName } : {}) };
}
