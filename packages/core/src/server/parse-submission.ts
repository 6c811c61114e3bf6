import * as z from 'zod/mini';
import { formatIssuePath } from '../issue/issue.js';
import { isMessageKey, translate } from '../i18n/translate.js';
import { SubmissionSchema, type Submission } from '../submission/submission.schema.js';
import { unstorableTextIssues } from './storable-text.js';
import { WithdrawalNoticeSchema, type WithdrawalNotice } from '../submission/withdrawal-notice.schema.js';
import { describeIssue } from './describe-issue.js';

/** One thing wrong with a payload, by where it is. Never contains the submitted values. */
export interface PayloadIssue {
  /** Where, e.g. `disclosures[0].story.contact.address.postcode`; empty for the whole payload. */
  readonly path: string;
  /** Stable code: a catalogue key such as `postcode.invalid`, or zod's issue code. */
  readonly code: string;
  /** What is wrong, in English, for the developer: what was expected, never the value sent. */
  readonly message: string;
}

/** The outcome of parsing a payload: the typed value, or every issue found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly PayloadIssue[] };

/**
 * Validates a submission with the same zod schema the browser built it with, for
 * partners' own receiving servers as much as for the reference endpoint.
 *
 * @param json - the parsed request body, or its text (parsed here; a syntax error is an
 *   issue with code `invalid-json`).
 * @example
 * const result = parseSubmission(await request.json());
 * if (!result.ok) return problem(400, result.issues);
 * store(result.value);
 */
export function parseSubmission(json: unknown): ParseResult<Submission> {
  return parseWith(SubmissionSchema, json);
}

/** Validates a consent-withdrawal notice, like {@link parseSubmission}. */
export function parseWithdrawalNotice(json: unknown): ParseResult<WithdrawalNotice> {
  return parseWith(WithdrawalNoticeSchema, json);
}

function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): ParseResult<T> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      // The parser's message can quote the body, which is personal data: say only what is wrong.
      return { ok: false, issues: [{ path: '', code: 'invalid-json', message: 'The body is not valid JSON.' }] };
    }
  }
  // Checked first: zod would accept them, and the database would then fail to store them.
  const unstorable = unstorableTextIssues(value);
  if (unstorable.length > 0) return { ok: false, issues: unstorable };
  const result = z.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

function toIssue(issue: z.core.$ZodIssue): PayloadIssue {
  const path = formatIssuePath(issue.path);
  if (isMessageKey(issue.message)) {
    const params: Record<string, string> = 'maximum' in issue ? { max: String(issue.maximum) } : {};
    return { path, code: issue.message, message: translate('en', issue.message, params) };
  }
  // A schema's own message says what it wants; zod/mini's default says nothing.
  const message = issue.message && issue.message !== ZOD_MINI_DEFAULT ? issue.message : describeIssue(issue);
  return { path, code: issue.code, message };
}

const ZOD_MINI_DEFAULT = 'Invalid input';
