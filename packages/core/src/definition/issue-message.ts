import type * as z from 'zod/mini';

// zod/mini ships no locale (it would cost bundle size), so its own messages are all
// "Invalid input". A definition author needs to know what is wrong and how to fix it.

function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The allowed value closest to a mistyped one, when it is close enough to be a typo. */
export function closestValue(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  let best: { text: string; distance: number } | undefined;
  for (const option of allowed) {
    const text = String(option);
    const distance = editDistance(value.toLowerCase(), text.toLowerCase());
    if (!best || distance < best.distance) best = { text, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(value.length / 3)) ? best.text : undefined;
}

const limit = (issue: { origin?: string; inclusive?: boolean }, bound: unknown, lower: boolean): string => {
  const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
  const word = lower ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'fewer than' : 'at most';
  return `Must be ${word} ${String(bound)}${unit}.`;
};

/**
 * A plain-English message for a zod issue found in `input`, naming what was expected and
 * what was found. Issues that already carry a message of their own keep it.
 */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.message !== 'Invalid input' && issue.message !== '') return issue.message;
  const found = valueAtPath(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `Missing: this property is required (expected ${issue.expected}).`
        : `Expected ${issue.expected}, found ${kindOf(found)}.`;
    case 'invalid_value': {
      const suggestion = closestValue(found, issue.values);
      const listed = issue.values.length <= 12 ? ` Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.` : '';
      if (found === undefined) return `Missing: this property is required.${listed}`;
      return `${JSON.stringify(found)} is not allowed here.${suggestion ? ` Did you mean "${suggestion}"?` : listed}`;
    }
    case 'too_small':
      return limit(issue, issue.minimum, true);
    case 'too_big':
      return limit(issue, issue.maximum, false);
    case 'invalid_format':
      return issue.format === 'url' ? 'Must be a web address starting with https:// or http://.' : `Must be in ${issue.format} format.`;
    case 'unrecognized_keys':
      return `Unknown ${issue.keys.length === 1 ? 'property' : 'properties'} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_union':
      return 'Does not match any allowed form (a condition has exactly one key, such as "equals", "all" or "not").';
    default:
      return `Invalid value (${issue.code}).`;
  }
}
