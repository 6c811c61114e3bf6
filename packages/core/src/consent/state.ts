import type { Art6Basis } from '../definition/service.schema.js';
import type { ConsentEventType, ConsentRecord } from './consent-record.schema.js';

/** Where a record stands now: the type of its latest event. */
export function consentState(record: ConsentRecord): ConsentEventType {
  return record.events[record.events.length - 1]?.type ?? 'requested';
}

/** The latest event of a given type, if any. */
export function lastEvent(record: ConsentRecord, type: ConsentEventType): ConsentRecord['events'][number] | undefined {
  for (let i = record.events.length - 1; i >= 0; i--) if (record.events[i]!.type === type) return record.events[i];
  return undefined;
}

/** Why a record does not let its purpose's data be shared. */
export type NotAgreedReason = 'not-decided' | 'refused' | 'withdrawn' | 'expired' | 'lacks-capacity';

/** Whether a record lets its purpose's data go to the service, and on which basis. */
export type Agreement =
  | { readonly agreed: true; readonly basis: Art6Basis }
  | { readonly agreed: false; readonly reason: NotAgreedReason };

const reasonFor = (state: ConsentEventType): NotAgreedReason =>
  state === 'refused' || state === 'withdrawn' || state === 'expired' ? state : 'not-decided';

/**
 * Whether `record` lets its purpose's data be shared.
 * - Consent basis: the consent must be given (and not since withdrawn or expired).
 * - Any other basis: the common-law agreement to share must stand.
 * - An adult who lacks capacity cannot agree (rule 9): only a best-interests decision to
 *   share allows it, on that decision's (non-consent) basis.
 */
export function agreementOf(record: ConsentRecord): Agreement {
  if (record.capacity && !record.capacity.hasCapacity) {
    const decision = record.capacity.bestInterests;
    return decision?.share && decision.basis !== 'consent'
      ? { agreed: true, basis: decision.basis }
      : { agreed: false, reason: 'lacks-capacity' };
  }
  const state = consentState(record);
  if (record.basis === 'consent') {
    return state === 'given' ? { agreed: true, basis: 'consent' } : { agreed: false, reason: reasonFor(state) };
  }
  return record.agreementToShare.status === 'agreed' && state === 'given'
    ? { agreed: true, basis: record.basis }
    : { agreed: false, reason: reasonFor(state) };
}
