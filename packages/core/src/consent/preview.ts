import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis } from '../definition/service.schema.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';
import type { ConsentRecord } from './consent-record.schema.js';
import type { DisclosureEnvelope, WithheldReason } from './disclosure.schema.js';
import { basisLabel, fieldLabel } from './labels.js';
import { findPurpose, findService, purposeFields } from './purposes.js';

/** One field a service will receive, and on which basis (or bases). */
export interface PreviewItem {
  readonly field: FieldPath;
  /** The field's label, e.g. "Date of birth". */
  readonly label: string;
  /** The bases it is shared on, each once. */
  readonly bases: readonly Art6Basis[];
  /** One line for the person to read, e.g. "Date of birth (lawful basis: your consent)". */
  readonly text: string;
}

/** A field a service could use but will not receive, and why. */
export interface PreviewWithheld {
  readonly field: FieldPath;
  readonly label: string;
  readonly reason: WithheldReason;
  readonly text: string;
}

/** "Who will see what" for one service: exactly what its envelope holds, as text. */
export interface ServicePreview {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly organisationName: string;
  /** E.g. "Housing Options (Cardiff Council) will receive:". */
  readonly heading: string;
  readonly items: readonly PreviewItem[];
  readonly withheld: readonly PreviewWithheld[];
}

/**
 * For each envelope, a plain-language list of exactly what the service will receive
 * (the envelope's own fields, never more) and on which basis, plus what it will not
 * receive and why. All strings are text for the person to read, never HTML.
 */
export function previewDisclosures(
  envelopes: readonly DisclosureEnvelope[],
  definition: Definition,
  locale: Locale,
): ServicePreview[] {
  return envelopes.map((envelope) => {
    const service = findService(definition, envelope.serviceId);
    const serviceName = service?.name[locale] ?? envelope.serviceId;
    const organisationName = envelope.organisation.name[locale];
    const basesFor = (field: FieldPath): Art6Basis[] => {
      const bases = envelope.purposes
        .filter((entry) => {
          const purpose = service?.purposes.find((p) => p.id === entry.purposeId);
          return purpose !== undefined && purposeFields(purpose).includes(field);
        })
        .map((entry) => entry.basis);
      return [...new Set(bases)];
    };
    const items = envelope.fields.map((field): PreviewItem => {
      const label = fieldLabel(field, locale, definition);
      const bases = basesFor(field);
      const basis = bases.map((b) => basisLabel(b, locale)).join('; ');
      return { field, label, bases, text: translate(locale, 'consent.preview.item', { field: label, basis }) };
    });
    const withheld = envelope.withheld.map(({ field, reason }): PreviewWithheld => {
      const label = fieldLabel(field, locale, definition);
      const because = translate(locale, `consent.withheld.${reason}`);
      return { field, label, reason, text: translate(locale, 'consent.preview.withheld', { field: label, reason: because }) };
    });
    const heading =
      items.length > 0
        ? translate(locale, 'consent.preview.receives', { service: serviceName, organisation: organisationName })
        : translate(locale, 'consent.preview.nothing', { service: serviceName });
    return { serviceId: envelope.serviceId, serviceName, organisationName, heading, items, withheld };
  });
}

/** A preview as plain text lines: the heading, one line per item, then what is withheld. */
export function previewLines(preview: ServicePreview): string[] {
  return [preview.heading, ...preview.items.map((item) => item.text), ...preview.withheld.map((item) => item.text)];
}

/** What the person is asked to decide for one service and purpose, before deciding. */
export interface ConsentQuestion {
  readonly recordId: string;
  readonly serviceId: string;
  readonly purposeId: string;
  readonly serviceName: string;
  readonly organisationName: string;
  /** What the data is for, from the definition. */
  readonly purpose: string;
  /** True for the core referral; false for an optional extra that may be refused at no cost. */
  readonly core: boolean;
  readonly basis: Art6Basis;
  readonly basisLabel: string;
  /** The information it would receive, as labels, required fields first. */
  readonly fields: readonly { readonly field: FieldPath; readonly label: string; readonly required: boolean }[];
  /** The separate statement to agree to for special category data (rule 5), if any. */
  readonly explicitStatement?: string;
}

/**
 * For a consent screen: what each record asks, in the person's language, one question per
 * service and purpose (rule 6), so nothing is agreed with one blanket tick.
 */
export function previewRequest(records: readonly ConsentRecord[], definition: Definition, locale: Locale): ConsentQuestion[] {
  return records.map((record) => {
    const service = findService(definition, record.serviceId);
    const purpose = findPurpose(definition, record.serviceId, record.purposeId);
    const required = new Set(purpose?.requires ?? []);
    const ordered = [...record.fields].sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
    const statement = record.explicitSpecialCategoryStatement;
    return {
      recordId: record.recordId,
      serviceId: record.serviceId,
      purposeId: record.purposeId,
      serviceName: service?.name[locale] ?? record.serviceId,
      organisationName: record.controllers[0]!.name[locale],
      purpose: purpose?.description[locale] ?? record.purposeId,
      core: purpose?.core ?? false,
      basis: record.basis,
      basisLabel: basisLabel(record.basis, locale),
      fields: ordered.map((field) => ({ field, label: fieldLabel(field, locale, definition), required: required.has(field) })),
      ...(statement && { explicitStatement: statement.text }),
    };
  });
}
