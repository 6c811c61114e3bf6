import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { canonicalJson } from '../consent/canonical-json.js';
import { problem, sendJson, sendProblem } from './http-problem.js';
import { parseSubmission, parseWithdrawalNotice } from './parse-submission.js';
import { readJsonRequest } from './json-request.js';
import { retentionEnd } from './retention.js';
import type { WithdrawalAuthorisation } from './receipt-routes.js';
import type { Route } from './router.js';
import type { WithdrawalNotice } from '../submission/submission.schema.js';
import type { ReceiverStore, StoredSubmission, StoredWithdrawal, WriteOutcome } from './store/receiver-store.js';

/** Response header set on an answer replayed from the idempotency record. */
export const REPLAY_HEADER = 'Idempotent-Replayed';

/** What the intake routes need from the server. */
export interface IntakeDependencies {
  readonly store: ReceiverStore;
  readonly maxBodyBytes: number;
  readonly now: () => number;
  readonly newReference: () => string;
  /** A service's configured retention (ISO 8601 duration), overriding its consent records'. */
  readonly retentionOf: (serviceId: string) => string | undefined;
  readonly notifies: (serviceId: string) => boolean;
  /** Whether a service takes its envelope as a FHIR Bundle (a forward is queued with the submission). */
  readonly forwards?: (serviceId: string) => boolean;
  /** Checks a withdrawal's credentials (the receipt code) before it is stored; may answer itself. */
  readonly authoriseWithdrawal?: (request: IncomingMessage, response: ServerResponse, json: unknown) => Promise<WithdrawalAuthorisation>;
  /** Called with each submission newly stored (the receipt index learns its code). */
  readonly onStored?: (submission: StoredSubmission) => void;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** `POST /submissions` and `POST /withdrawals`: validated, stored once, answered 201. */
export function intakeRoutes(deps: IntakeDependencies): Route[] {
  return [
    { method: 'POST', path: '/submissions', access: 'public', handle: ({ request, response }) => post('submission', request, response) },
    { method: 'POST', path: '/withdrawals', access: 'public', handle: ({ request, response }) => post('withdrawal', request, response) },
  ];

  async function post(kind: 'submission' | 'withdrawal', request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJsonRequest(request, response, deps.maxBodyBytes);
    if (!body) return;
    const { json } = body;
    if (kind === 'withdrawal' && deps.authoriseWithdrawal) {
      const authorisation = await deps.authoriseWithdrawal(request, response, json);
      if (authorisation.kind === 'answered') return;
      if (authorisation.kind === 'replay') return sendJson(response, 201, answerOf(authorisation.stored), { [REPLAY_HEADER]: 'true' });
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
          ? await deps.store.storeWithdrawal({ ...common, notice: parsed.value, idempotencyKey: header ?? withdrawalKey(parsed.value) })
          : await deps.store.storeSubmission({
              ...common,
              submission: parsed.value,
              ...(deps.forwards ? { forwards: deps.forwards } : {}),
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
    if (outcome.kind === 'stored' && outcome.record.type === 'submission') deps.onStored?.(outcome.record);
    sendJson(response, 201, answerOf(outcome.record), outcome.kind === 'replayed' ? { [REPLAY_HEADER]: 'true' } : {});
  }
}

/** Without a header, a withdrawal is keyed by its submission and record: record ids repeat only within one submission. */
function withdrawalKey(notice: WithdrawalNotice): string {
  return notice.submissionId ? `${notice.submissionId}/${notice.recordId}` : notice.recordId;
}

function answerOf(record: StoredSubmission | StoredWithdrawal): Record<string, string> {
  return record.type === 'submission'
    ? { reference: record.reference, submissionId: record.submissionId }
    : { reference: record.reference, recordId: record.notice.recordId };
}
