import { formatPath } from '../definition/check-definition.js';
import type { PayloadIssue } from './parse-submission.js';

/** A NUL, or half of a UTF-16 surrogate pair without its other half: text PostgreSQL's jsonb refuses. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deepest nesting accepted: the schemas need far less, and deeper JSON is an attack, not a story. */
export const MAX_JSON_DEPTH = 64;

/**
 * Every string (value or key) in `value` that no database could store as text, and any
 * nesting past {@link MAX_JSON_DEPTH}, by path. Walks with an explicit stack, so a body
 * nested 100,000 deep is an issue, not a stack overflow.
 */
export function unstorableTextIssues(value: unknown): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) issues.push(issue(path, 'text.unstorable', 'Text must not contain NUL characters or lone UTF-16 surrogates.'));
    } else if (current !== null && typeof current === 'object') {
      if (path.length >= MAX_JSON_DEPTH) {
        issues.push(issue(path, 'json.too-deep', `JSON must not be nested more than ${MAX_JSON_DEPTH} levels deep.`));
        continue;
      }
      const entries = Array.isArray(current) ? current.map((item, i) => [i, item] as const) : Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (typeof key === 'string' && UNSTORABLE.test(key)) {
          issues.push(issue([...path, key.replace(UNSTORABLE, '\ufffd')], 'text.unstorable', 'Names must not contain NUL characters or lone UTF-16 surrogates.'));
        }
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return issues;
}

function issue(path: readonly (string | number)[], code: string, message: string): PayloadIssue {
  return { path: formatPath(path), code, message };
}
