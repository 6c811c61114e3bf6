import { formatIssuePath } from '../issue/issue.js';
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
  // Each frame links to its parent: a path is built only for an issue, not for every value.
  const stack: Frame[] = [{ value, parent: undefined, key: undefined, depth: 0 }];
  while (stack.length > 0 && issues.length < 20) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) issues.push(issue(pathOf(frame), 'text.unstorable', 'Text must not contain NUL characters or lone UTF-16 surrogates.'));
    } else if (current !== null && typeof current === 'object') {
      if (frame.depth >= MAX_JSON_DEPTH) {
        issues.push(issue(pathOf(frame), 'json.too-deep', `JSON must not be nested more than ${MAX_JSON_DEPTH} levels deep.`));
        continue;
      }
      const depth = frame.depth + 1;
      if (Array.isArray(current)) {
        for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], parent: frame, key: i, depth });
      } else {
        const keys = Object.keys(current);
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!;
          if (UNSTORABLE.test(key)) {
            issues.push(issue([...pathOf(frame), key.replace(UNSTORABLE, '\ufffd')], 'text.unstorable', 'Names must not contain NUL characters or lone UTF-16 surrogates.'));
          }
          stack.push({ value: (current as Record<string, unknown>)[key], parent: frame, key, depth });
        }
      }
    }
  }
  return issues;
}

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
  readonly depth: number;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

function issue(path: readonly (string | number)[], code: string, message: string): PayloadIssue {
  return { path: formatIssuePath(path), code, message };
}
