import type { ConsentRecord } from '../consent/consent-record.schema.js';
import type { DisclosureEnvelope } from '../consent/disclosure.schema.js';
import type { WithdrawalNotice } from '../submission/submission.schema.js';

/** What honouring a withdrawal changed in one envelope (ids and field paths only). */
export interface WithdrawalEffect {
  readonly purposeId: string;
  readonly recordId: string;
  /** Fields taken out of the service's view. */
  readonly removedFields: readonly string[];
}

/**
 * The envelope as the service may still see it once `notice` is honoured: the withdrawn
 * purpose is gone, and so is every field its consent record covered that no remaining
 * consent record also covers; each removed field is listed as withheld, reason
 * `withdrawn`. Undefined when the notice concerns nothing in this envelope.
 */
export function applyWithdrawal(
  envelope: DisclosureEnvelope,
  consents: readonly ConsentRecord[],
  notice: WithdrawalNotice,
): { readonly envelope: DisclosureEnvelope; readonly effect: WithdrawalEffect } | undefined {
  if (envelope.serviceId !== notice.serviceId) return undefined;
  const record = consents.find((consent) => consent.recordId === notice.recordId && consent.serviceId === notice.serviceId);
  const purpose = envelope.purposes.find((p) => p.purposeId === notice.purposeId && (!p.consentRecordId || p.consentRecordId === notice.recordId));
  if (!record && !purpose) return undefined;

  const purposes = envelope.purposes.filter((p) => p !== purpose);
  const stillCovered = new Set(
    consents
      .filter((consent) => consent.recordId !== notice.recordId && purposes.some((p) => p.consentRecordId === consent.recordId))
      .flatMap((consent) => consent.fields),
  );
  const covered = record?.fields ?? envelope.fields;
  const removedFields = envelope.fields.filter((field) => covered.includes(field) && !stillCovered.has(field));
  const story = structuredClone(envelope.story) as Record<string, unknown>;
  for (const field of removedFields) deletePath(story, field.split('.'));
  return {
    envelope: {
      ...envelope,
      purposes,
      fields: envelope.fields.filter((field) => !removedFields.includes(field)),
      story: story as DisclosureEnvelope['story'],
      withheld: [
        ...envelope.withheld.filter((entry) => !removedFields.includes(entry.field)),
        ...removedFields.map((field) => ({ field: field as DisclosureEnvelope['fields'][number], reason: 'withdrawn' as const })),
      ],
    },
    effect: { purposeId: notice.purposeId, recordId: notice.recordId, removedFields },
  };
}

/** Deletes `path` from `target`, and any object left empty on the way. */
function deletePath(target: Record<string, unknown>, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !(head in target)) return;
  if (rest.length === 0) {
    delete target[head];
    return;
  }
  const child = target[head];
  if (child === null || typeof child !== 'object' || Array.isArray(child)) return;
  deletePath(child as Record<string, unknown>, rest);
  if (Object.keys(child).length === 0) delete target[head];
}
