import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { canonicalJson } from '../consent/canonical-json.js';
import { problem, sendJson, sendProblem } from './http-problem.js';
import { parseSubmission, parseWithdrawalNotice } from './parse-submission.js';
import { discardRest, readBody } from './read-body.js';
import { retentionEnd } from './retention.js';
import type { Route } from './router.js';
import type { ReceiverStore, StoredSubmission, StoredWithdrawal, WriteOutcome } from './store/receiver-store.js';

/** Response header set on an answer replayed from the idempotency record. */
export const REPLAY_HEADER = 'Idempotent-Replayed';

/** Up to this many times `maxBodyBytes` of an over-large body is read and dropped before the connection is. */
const DISCARD_FACTOR = 4;

/** Decodes request bodies, refusing bytes that are not UTF-8 rather than guessing. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** What the intake routes need from the server. */
export interface IntakeDependencies {
  readonly store: ReceiverStore;
  readonly maxBodyBytes: number;
  readonly now: () => number;
  readonly newReference: () => string;
  /** A service's configured retention (ISO 8601 duration), overriding its consent records'. */
  readonly retentionOf: (serviceId: string) => string | undefined;
  readonly notifies: (serviceId: string) => boolean;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** `POST /submissions` and `POST /withdrawals`: validated, stored once, answered 201. */
export function intakeRoutes(deps: IntakeDependencies): Route[] {
  return [
    { method: 'POST', path: '/submissions', access: 'public', handle: ({ request, response }) => post('submission', request, response) },
    { method: 'POST', path: '/withdrawals', access: 'public', handle: ({ request, response }) => post('withdrawal', request, response) },
  ];

  async function post(kind: 'submission' | 'withdrawal', request: IncomingMessage, response: ServerResponse): Promise<void> {
    const mediaType = parseMediaType(request.headers['content-type']);
    if (mediaType?.type !== 'application/json' || (mediaType.charset && mediaType.charset !== 'utf-8')) {
      return sendProblem(
        response,
        problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json (UTF-8).'),
        { 'accept-post': 'application/json' },
      );
    }
    const body = await readBody(request, deps.maxBodyBytes);
    if (body.kind === 'aborted') return void response.destroy();
    if (body.kind === 'too-large') {
      const tooLarge = problem(413, 'content-too-large', 'Content too large', `The body must be at most ${deps.maxBodyBytes} bytes.`);
      // A body a little too large is read and dropped, so the client (or a proxy in
      // front) sees this answer rather than a reset; a huge one is not worth reading.
      const discardLimit = deps.maxBodyBytes * DISCARD_FACTOR;
      if (Number(request.headers['content-length'] ?? 0) <= discardLimit) {
        discardRest(request, discardLimit);
        return sendProblem(response, tooLarge);
      }
      response.on('finish', () => request.socket.destroy());
      return sendProblem(response, tooLarge, { connection: 'close' });
    }
    let json: unknown;
    try {
      json = JSON.parse(UTF8.decode(body.bytes));
    } catch {
      // Never echo the parser's message: it can quote the body, which is personal data.
      return sendProblem(
        response,
        problem(400, 'invalid-json', 'Invalid JSON', 'The body is not valid UTF-8 JSON.', [
          { path: '', code: 'invalid-json', message: 'The body is not valid UTF-8 JSON.' },
        ]),
      );
    }
    const header = request.headers['idempotency-key'];
    if (header !== undefined && (Array.isArray(header) || !/^[\x21-\x7e]{1,255}$/.test(header))) {
      return sendProblem(
        response,
        problem(400, 'invalid-idempotency-key', 'Invalid Idempotency-Key', undefined, [
          { path: 'Idempotency-Key', code: 'invalid', message: 'Send one Idempotency-Key of 1 to 255 visible ASCII characters.' },
        ]),
      );
    }
    const bodyKey = (json as Record<string, unknown> | null)?.[kind === 'submission' ? 'submissionId' : 'recordId'];
    if (kind === 'submission' && header !== undefined && typeof bodyKey === 'string' && header !== bodyKey) {
      return sendProblem(
        response,
        problem(400, 'idempotency-key-mismatch', 'Idempotency-Key does not match', undefined, [
          { path: 'Idempotency-Key', code: 'mismatch', message: 'The Idempotency-Key must equal the submissionId.' },
        ]),
      );
    }
    // Validate before looking for a stored answer: a replay is then always a valid body
    // of bounded depth, so comparing canonical JSON can never overflow the stack.
    const parsed = kind === 'submission' ? parseSubmission(json) : parseWithdrawalNotice(json);
    if (!parsed.ok) {
      return sendProblem(
        response,
        problem(400, `invalid-${kind}`, `Invalid ${kind}`, `The ${kind} does not match schema version 1.0.`, parsed.issues),
      );
    }
    const common = {
      bodyHash: sha256(body.bytes),
      canonicalHash: sha256(canonicalJson(parsed.value)),
      receivedAt: new Date(deps.now()),
      newReference: deps.newReference,
      notifies: deps.notifies,
    };
    let outcome: WriteOutcome<StoredSubmission | StoredWithdrawal>;
    try {
      outcome =
        'kind' in parsed.value
          ? await deps.store.storeWithdrawal({ ...common, notice: parsed.value, idempotencyKey: header ?? parsed.value.recordId })
          : await deps.store.storeSubmission({
              ...common,
              submission: parsed.value,
              retainUntil: (envelope, consents) => {
                const configured = deps.retentionOf(envelope.serviceId);
                return retentionEnd(common.receivedAt, configured ? [configured] : consents.map((record) => record.retention.period));
              },
            });
    } catch {
      return sendProblem(response, problem(503, 'storage-unavailable', 'Storage unavailable', 'Nothing was stored: try again later.'), {
        'retry-after': '5',
      });
    }
    if (outcome.kind === 'conflict') {
      return sendProblem(
        response,
        problem(422, 'idempotency-key-reused', 'Idempotency-Key reused', 'This Idempotency-Key was already used with a different body.'),
      );
    }
    sendJson(response, 201, answerOf(outcome.record), outcome.kind === 'replayed' ? { [REPLAY_HEADER]: 'true' } : {});
  }
}

function answerOf(record: StoredSubmission | StoredWithdrawal): Record<string, string> {
  return record.type === 'submission'
    ? { reference: record.reference, submissionId: record.submissionId }
    : { reference: record.reference, recordId: record.notice.recordId };
}

function parseMediaType(header: string | undefined): { type: string; charset?: string } | undefined {
  if (!header) return undefined;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return { type: type ?? '', ...(charset ? { charset } : {}) };
}
