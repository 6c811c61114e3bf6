import { isUkPostcode, normalisePostcode } from '../story/rules.js';
import type { Address } from '../story/story.schema.js';
import { accept, noAnswer, reject, type FieldProblem, type Interpretation } from './interpretation.js';

/** The boxes of an address, in order, as typed (raw input). Keys are also the control ids. */
export interface AddressParts {
  readonly line1: string;
  readonly line2: string;
  readonly town: string;
  readonly county: string;
  readonly postcode: string;
}

/** The address boxes, in the order they are shown and checked. */
export const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;

// The Story's limits for each line.
const MAX_LENGTH: Readonly<Record<keyof AddressParts, number>> = { line1: 200, line2: 200, town: 100, county: 100, postcode: 10 };

const tooLong = (part: keyof AddressParts): FieldProblem => ({
  code: 'text.tooLong',
  params: { max: MAX_LENGTH[part] },
  flag: 'tooLong',
  controls: [part],
});

/**
 * Reads the address boxes (raw input) as an Address (parsed stage): lines trimmed, blank
 * optional lines left out, the postcode in canonical form (`sw1a2aa` → `SW1A 2AA`, core's
 * `normalisePostcode`) and checked with `isUkPostcode`. An address with nothing typed is no
 * answer; once anything is typed, building and street, town and postcode are needed.
 */
export function interpretAddress(raw: AddressParts, required: boolean): Interpretation<Address> {
  const line1 = raw.line1.trim();
  const line2 = raw.line2.trim();
  const town = raw.town.trim();
  const county = raw.county.trim();
  const postcode = normalisePostcode(raw.postcode);
  if (!line1 && !line2 && !town && !county && !postcode) {
    return required ? reject({ code: 'required.contact.address', flag: 'valueMissing', controls: ['line1'] }) : noAnswer();
  }
  if (!line1) return reject({ code: 'address.line1', flag: 'valueMissing', controls: ['line1'] });
  if (line1.length > MAX_LENGTH.line1) return reject(tooLong('line1'));
  if (line2.length > MAX_LENGTH.line2) return reject(tooLong('line2'));
  if (!town) return reject({ code: 'address.town', flag: 'valueMissing', controls: ['town'] });
  if (town.length > MAX_LENGTH.town) return reject(tooLong('town'));
  if (county.length > MAX_LENGTH.county) return reject(tooLong('county'));
  if (!postcode) return reject({ code: 'fields.address.postcodeMissing', flag: 'valueMissing', controls: ['postcode'] });
  if (!isUkPostcode(postcode)) return reject({ code: 'postcode.invalid', flag: 'patternMismatch', controls: ['postcode'] });
  return accept({ line1, ...(line2 ? { line2 } : {}), town, ...(county ? { county } : {}), postcode });
}

/** The boxes that show `value`. */
export function addressPartsOf(value: Partial<Address> | undefined): AddressParts {
  return {
    line1: value?.line1 ?? '',
    line2: value?.line2 ?? '',
    town: value?.town ?? '',
    county: value?.county ?? '',
    postcode: value?.postcode ?? '',
  };
}

/** True when `state` has the shape of {@link AddressParts}. */
export function isAddressParts(state: unknown): state is AddressParts {
  return (
    typeof state === 'object' &&
    state !== null &&
    ADDRESS_PARTS.every((part) => typeof (state as Record<string, unknown>)[part] === 'string')
  );
}

/**
 * A host-assigned address: an object whose known parts, when present, are strings (it is
 * checked like typed input, so a partial address shows its problems); else null.
 */
export function coerceAddress(input: unknown): Address | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  if (!ADDRESS_PARTS.every((part) => record[part] === undefined || typeof record[part] === 'string')) return null;
  return record as unknown as Address;
}
