/**
 * Where a referral is in a service's inbox, which is also what the person's receipt
 * shows: `received` (stored), `seen` (the service acknowledged it), `accepted`,
 * `declined` (with the service's reason) or `closed` (the service finished with it).
 */
export type InboxStatus = 'received' | 'seen' | 'accepted' | 'declined' | 'closed';

/** What a service can do to an inbox item. */
export type InboxAction = 'acknowledge' | 'accept' | 'decline' | 'close';

export const INBOX_ACTIONS: readonly InboxAction[] = ['acknowledge', 'accept', 'decline', 'close'];

/** The outcome of an action: the new status, the same one again (idempotent), or a conflict. */
export type Transition =
  | { readonly kind: 'changed'; readonly status: InboxStatus }
  | { readonly kind: 'unchanged'; readonly status: InboxStatus }
  | { readonly kind: 'conflict'; readonly status: InboxStatus; readonly message: string };

const RESULT: Record<InboxAction, InboxStatus> = { acknowledge: 'seen', accept: 'accepted', decline: 'declined', close: 'closed' };

/**
 * The status an action leads to from `current`. Repeating an action is harmless (the
 * same status, its first time kept); acknowledging something already decided changes
 * nothing; a decision cannot be swapped for the other one, nor anything done after
 * closing; declining again with other words is a conflict, not a silent rewrite.
 */
export function transition(current: InboxStatus, action: InboxAction, sameReason = true): Transition {
  const target = RESULT[action];
  if (current === target) {
    return action === 'decline' && !sameReason
      ? { kind: 'conflict', status: current, message: 'This referral was already declined with another reason.' }
      : { kind: 'unchanged', status: current };
  }
  if (action === 'acknowledge') return current === 'received' ? { kind: 'changed', status: 'seen' } : { kind: 'unchanged', status: current };
  if (current === 'closed') return { kind: 'conflict', status: current, message: 'This referral is closed.' };
  if (action === 'close') return { kind: 'changed', status: 'closed' };
  if (current === 'accepted' || current === 'declined') {
    return { kind: 'conflict', status: current, message: `This referral was already ${current}.` };
  }
  return { kind: 'changed', status: target };
}
