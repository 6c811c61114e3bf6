import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis } from '../definition/service.schema.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';
import type { DisclosureEnvelope, WithheldReason } from './disclosure.schema.js';
import { basisLabel, fieldLabel } from './labels.js';
import { findService, purposeFields } from './purposes.js';

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
      const label = fieldLabel(field, locale);
      const bases = basesFor(field);
      const basis = bases.map((b) => basisLabel(b, locale)).join('; ');
      return { field, label, bases, text: translate(locale, 'consent.preview.item', { field: label, basis }) };
    });
    const withheld = envelope.withheld.map(({ field, reason }): PreviewWithheld => {
      const label = fieldLabel(field, locale);
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
