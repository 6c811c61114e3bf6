import type { ReceiptServiceStatus } from '../delivery/receipt-client.js';
import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis, Art9Condition } from '../definition/service.schema.js';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.js';
import { readableTime } from '../i18n/readable-time.js';
import { translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';
import { SUBMISSION_SCHEMA_VERSION } from '../submission/constants.js';
import type { ConsentEventType, ConsentRecord } from './consent-record.schema.js';
import { basisLabel, fieldList } from './labels.js';
import { findPurpose, findService } from './purposes.js';
import { consentState } from './state.js';

/** One decision on a receipt: a service, a purpose, and what the person decided. */
export interface ReceiptItem {
  readonly recordId: string;
  readonly serviceId: string;
  readonly serviceName: LocalizedText;
  readonly organisation: { readonly name: LocalizedText; readonly contact: LocalizedText; readonly dpoContact: LocalizedText };
  readonly purposeId: string;
  readonly purpose: LocalizedText;
  readonly basis: Art6Basis;
  readonly specialCategory?: Art9Condition;
  /** Where the decision stands. */
  readonly state: ConsentEventType;
  /** When it was last changed. */
  readonly decidedAt: string;
  /** The information covered. */
  readonly fields: readonly FieldPath[];
  readonly retention: LocalizedText;
  readonly withdrawal: LocalizedText;
}

/**
 * A consent receipt the person can keep (JSON stage). It names services, purposes and the
 * kinds of information, never the person's answers.
 */
export interface ConsentReceipt {
  readonly kind: 'consent-receipt';
  readonly schemaVersion: typeof SUBMISSION_SCHEMA_VERSION;
  readonly issuedAt: string;
  readonly locale: Locale;
  /** The submission the decisions went with: the person's reference. */
  readonly submissionId?: string;
  /** Pseudonymous subject id. */
  readonly subject: string;
  readonly notice: { readonly uri: string; readonly version: string; readonly contentHash: string };
  readonly items: readonly ReceiptItem[];
}

/** Builds a receipt from the records (one item per record, in order). */
export function buildReceipt(
  records: readonly ConsentRecord[],
  definition: Definition,
  options: { readonly now: Date; readonly locale: Locale; readonly submissionId?: string },
): ConsentReceipt {
  const first = records[0];
  const items = records.map((record): ReceiptItem => {
    const service = findService(definition, record.serviceId);
    const purpose = findPurpose(definition, record.serviceId, record.purposeId);
    const controller = record.controllers[0]!;
    return {
      recordId: record.recordId,
      serviceId: record.serviceId,
      serviceName: service?.name ?? { en: record.serviceId, cy: record.serviceId },
      organisation: { name: controller.name, contact: controller.contact, dpoContact: controller.dpoContact },
      purposeId: record.purposeId,
      purpose: purpose?.description ?? { en: record.purposeId, cy: record.purposeId },
      basis: record.basis,
      ...(record.specialCategory && { specialCategory: record.specialCategory }),
      state: consentState(record),
      decidedAt: record.events[record.events.length - 1]!.at,
      fields: record.fields,
      retention: record.retention.description,
      withdrawal: record.withdrawalMethod.description,
    };
  });
  return {
    kind: 'consent-receipt',
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    issuedAt: options.now.toISOString(),
    locale: options.locale,
    ...(options.submissionId !== undefined && { submissionId: options.submissionId }),
    subject: first?.subject ?? '',
    notice: first
      ? { uri: first.notice.uri, version: first.notice.version, contentHash: first.notice.contentHash }
      : { uri: definition.privacyNotice.uri, version: definition.privacyNotice.version, contentHash: '' },
    items,
  };
}

/**
 * The receipt as plain text in `locale` (default: the receipt's own), ready to print or
 * save. Given each service's status (a reopened receipt's `services`), every item also
 * says what the service has done with it: received, seen, accepted, declined with the
 * service's reason, closed or deleted.
 */
export function renderReceiptText(receipt: ConsentReceipt, locale: Locale = receipt.locale, statuses?: readonly ReceiptServiceStatus[]): string {
  const t = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string>>) => translate(locale, key, params);
  const statusOf = (serviceId: string) => {
    const status = statuses?.find((s) => s.serviceId === serviceId);
    const text = status
      ? t(`ui.reopen.status.${status.status}`, { date: readableTime(status.at, locale), reason: status.reason ?? '' })
      : t('ui.reopen.status.none');
    return `${t('ui.reopen.status')}: ${text}`;
  };
  const lines = [t('consent.receipt.title'), t('consent.receipt.keep'), '', t('consent.receipt.issued', { date: readableTime(receipt.issuedAt, locale) })];
  if (receipt.submissionId !== undefined) lines.push(t('consent.receipt.reference', { reference: receipt.submissionId }));
  lines.push(t('consent.receipt.notice', { version: receipt.notice.version, uri: receipt.notice.uri }));
  for (const item of receipt.items) {
    const special = item.specialCategory
      ? t('consent.receipt.specialCategory', { condition: item.specialCategory.condition }) +
        (item.specialCategory.schedule1Paragraph !== undefined ? t('consent.receipt.schedule1', { paragraph: item.specialCategory.schedule1Paragraph }) : '')
      : undefined;
    lines.push(
      '',
      t('consent.receipt.service', { service: item.serviceName[locale], organisation: item.organisation.name[locale] }),
      t('consent.receipt.purpose', { purpose: item.purpose[locale] }),
      t('consent.receipt.decision', { state: t(`consent.state.${item.state}`), date: readableTime(item.decidedAt, locale) }),
      t('consent.receipt.basis', { basis: basisLabel(item.basis, locale) }),
      ...(special !== undefined ? [special] : []),
      t('consent.receipt.data', { fields: fieldList(item.fields, locale) }),
      t('consent.receipt.retention', { retention: item.retention[locale] }),
      t('consent.receipt.withdraw', { how: item.withdrawal[locale] }),
      t('consent.receipt.controller', { organisation: item.organisation.name[locale], contact: localize(item.organisation.contact, locale), dpo: localize(item.organisation.dpoContact, locale) }),
      ...(statuses ? [statusOf(item.serviceId)] : []),
    );
  }
  lines.push('', t('consent.receipt.complaint'));
  return lines.join('\n');
}

/** One receipt item in the person's words, for a receipt page. */
export interface ReceiptItemText {
  readonly service: string;
  readonly organisation: string;
  /** How to contact the organisation. */
  readonly contact: string;
  readonly purpose: string;
  /** The lawful basis in plain words, e.g. "your consent". */
  readonly basis: string;
  /** The information covered, as field labels. */
  readonly fields: string;
  readonly retention: string;
  /** True when the basis is consent: the person may withdraw it (once given). */
  readonly consentBased: boolean;
  /** True when it can be withdrawn now: consent-based and given. */
  readonly withdrawable: boolean;
}

/** A receipt item's text in `locale`; declared fields are named from `definition`. */
export function receiptItemText(item: ReceiptItem, locale: Locale, definition?: Definition): ReceiptItemText {
  return {
    service: item.serviceName[locale],
    organisation: item.organisation.name[locale],
    contact: localize(item.organisation.contact, locale),
    purpose: item.purpose[locale],
    basis: basisLabel(item.basis, locale),
    fields: fieldList(item.fields, locale, definition),
    retention: item.retention[locale],
    consentBased: item.basis === 'consent',
    withdrawable: item.basis === 'consent' && item.state === 'given',
  };
}
