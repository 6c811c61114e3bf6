import { problem, sendJson, sendProblem } from './http-problem.js';
import { INBOX_ACTIONS, type InboxAction, type InboxStatus } from './inbox-status.js';
import { readBody } from './read-body.js';
import { unstorableTextIssues } from './storable-text.js';
import type { Route, RouteContext } from './router.js';
import type { ReceiverStore } from './store/receiver-store.js';

const STATUSES: readonly InboxStatus[] = ['received', 'seen', 'accepted', 'declined', 'closed'];
/** Longest decline reason: it is shown to the person, so it should be a sentence or two. */
export const MAX_REASON_LENGTH = 500;

/**
 * A service's inbox, each route behind its token (`/services/:serviceId/…`; another
 * service's token is refused with 403 before anything is read):
 * - `GET /services/:serviceId/inbox[?status=&urgent=&limit=]` lists items (ids, flags, status);
 * - `GET /services/:serviceId/inbox/:submissionId` fetches one with its envelope;
 * - `POST …/:submissionId/acknowledge | accept | decline | close` changes its status
 *   (decline takes `{ "reason": "…" }`), idempotently;
 * - `GET /services/:serviceId/withdrawals` lists the withdrawals concerning the service;
 * - `GET /service` names the service the token belongs to.
 */
export function inboxRoutes({ store, now }: { readonly store: ReceiverStore; readonly now: () => number }): Route[] {
  const base = '/services/:serviceId';
  return [
    // Which service a token belongs to, so that an inbox can sign in with the token alone.
    { method: 'GET', path: '/service', access: 'service', handle: ({ response, service }) => sendJson(response, 200, service) },
    { method: 'GET', path: `${base}/inbox`, access: 'service', handle: list },
    { method: 'GET', path: `${base}/inbox/:submissionId`, access: 'service', handle: fetchItem },
    ...INBOX_ACTIONS.map((action): Route => ({
      method: 'POST',
      path: `${base}/inbox/:submissionId/${action}`,
      access: 'service',
      handle: (context) => act(context, action),
    })),
    { method: 'GET', path: `${base}/withdrawals`, access: 'service', handle: withdrawals },
  ];

  async function list({ response, query, params }: RouteContext): Promise<void> {
    const status = query.get('status');
    const urgent = query.get('urgent');
    const limit = query.get('limit');
    const issues = [];
    if (status !== null && !STATUSES.includes(status as InboxStatus)) {
      issues.push({ path: 'status', code: 'invalid', message: `Use one of ${STATUSES.join(', ')}.` });
    }
    if (urgent !== null && urgent !== 'true' && urgent !== 'false') issues.push({ path: 'urgent', code: 'invalid', message: 'Use true or false.' });
    if (limit !== null && !(/^\d{1,4}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 1000)) {
      issues.push({ path: 'limit', code: 'invalid', message: 'Use a whole number from 1 to 1000.' });
    }
    if (issues.length) return sendProblem(response, problem(400, 'invalid-query', 'Invalid query', undefined, issues));
    const items = await store.inbox(params['serviceId']!, {
      ...(status ? { status: status as InboxStatus } : {}),
      ...(urgent ? { urgent: urgent === 'true' } : {}),
      ...(limit ? { limit: Number(limit) } : {}),
    });
    sendJson(response, 200, { serviceId: params['serviceId'], items });
  }

  async function fetchItem({ response, params }: RouteContext): Promise<void> {
    const item = await store.inboxItem(params['serviceId']!, params['submissionId']!);
    if (!item) return notFound(response);
    sendJson(response, 200, item);
  }

  async function act({ request, response, params }: RouteContext, action: InboxAction): Promise<void> {
    let reason: string | undefined;
    if (action === 'decline') {
      const body = await readBody(request, 4096);
      let parsed: unknown;
      try {
        parsed = body.kind === 'complete' ? JSON.parse(body.bytes.toString('utf8') || 'null') : undefined;
      } catch {
        parsed = undefined;
      }
      const given = (parsed as { reason?: unknown } | null)?.reason;
      if (typeof given !== 'string' || given.trim() === '' || given.length > MAX_REASON_LENGTH || unstorableTextIssues(given).length > 0) {
        return sendProblem(
          response,
          problem(400, 'invalid-reason', 'A reason is needed', 'Declining needs a reason the person will be shown.', [
            { path: 'reason', code: 'invalid', message: `Send {"reason": "…"}: 1 to ${MAX_REASON_LENGTH} characters, shown to the person.` },
          ]),
        );
      }
      reason = given.trim();
    }
    const change = await store.changeStatus(params['serviceId']!, params['submissionId']!, action, new Date(now()), reason);
    if (change.kind === 'not-found') return notFound(response);
    if (change.kind === 'conflict') {
      return sendProblem(response, problem(409, 'status-conflict', 'Status conflict', change.message), {});
    }
    sendJson(response, 200, change.item);
  }

  async function withdrawals({ response, params }: RouteContext): Promise<void> {
    sendJson(response, 200, { serviceId: params['serviceId'], withdrawals: await store.serviceWithdrawals(params['serviceId']!) });
  }
}

function notFound(response: RouteContext['response']): void {
  sendProblem(response, problem(404, 'not-found', 'Not found', 'This service has no such referral.'));
}
