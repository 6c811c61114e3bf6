import type * as z from 'zod/mini';

/**
 * Says what a schema expected at one path, in English a developer can act on, from a zod
 * issue's own data (`expected "1.0"`, `expected a UUID`, `expected one of: en, cy`).
 *
 * zod/mini carries no messages ("Invalid input" for everything), and zod's English locale
 * quotes what was received for some codes. This names only what the schema wants, so a
 * problem body never echoes a submitted value: it may be personal data.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `expected ${literal(issue.values[0])}` : `expected one of: ${issue.values.map(plain).join(', ')}`;
    case 'invalid_format':
      return `expected ${FORMAT_NAMES[issue.format] ?? (issue.pattern ? `text matching ${issue.pattern}` : `a valid ${issue.format}`)}`;
    case 'too_big':
      return `expected ${sizeOf(issue.origin, 'at most', issue.maximum, issue.inclusive === false ? -1 : 0)}`;
    case 'too_small':
      return `expected ${sizeOf(issue.origin, 'at least', issue.minimum, issue.inclusive === false ? 1 : 0)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      // Keys are the payload's structure, not its values; name at most a few.
      return `unexpected ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.slice(0, 5).map((key) => JSON.stringify(clip(key))).join(', ')}${issue.keys.length > 5 ? '…' : ''}: remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    case 'invalid_union':
      return issue.discriminator
        ? `expected "${issue.discriminator}" to be one of the allowed kinds`
        : 'expected one of the allowed shapes for this value';
    case 'invalid_key':
      return `expected every key of this ${issue.origin} to be valid`;
    case 'invalid_element':
      return `expected every element of this ${issue.origin} to be valid`;
    default:
      return 'expected a valid value';
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  undefined: 'no value',
  never: 'no value (remove it)',
  date: 'a date',
  bigint: 'a whole number',
};

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  uuid: 'a UUID',
  guid: 'a UUID',
  email: 'an email address',
  url: 'a URL',
  datetime: 'an ISO 8601 date-time with a time zone (2026-03-01T09:30:00Z)',
  date: 'an ISO 8601 date (2026-03-01)',
  time: 'an ISO 8601 time (09:30:00)',
  duration: 'an ISO 8601 duration (P7D)',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  base64: 'base64 text',
  base64url: 'base64url text',
};

function sizeOf(origin: string, bound: string, limit: number | bigint, adjust: number): string {
  const n = Number(limit) + adjust;
  if (origin === 'string') return `${bound} ${n} ${n === 1 ? 'character' : 'characters'}`;
  if (origin === 'array' || origin === 'set') return `${bound} ${n} ${n === 1 ? 'item' : 'items'}`;
  return `a value ${bound} ${n}`;
}

const literal = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const plain = (value: unknown) => String(value);
const clip = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);
