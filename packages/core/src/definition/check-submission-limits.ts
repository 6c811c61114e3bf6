import type { ConfigProblem } from '../errors.js';
import { requestConsents } from '../consent/decisions.js';
import { ConsentRecordSchema } from '../consent/consent-record.schema.js';
import { purposeFields } from '../consent/purposes.js';
import { SUBMISSION_LIMITS } from '../submission/constants.js';
import type { Definition } from './definition.schema.js';
import { languagesOf } from './translations.js';

const { consents: MAX_CONSENTS, disclosures: MAX_DISCLOSURES, purposesPerDisclosure: MAX_PURPOSES_PER_ENVELOPE, fields: MAX_FIELDS } = SUBMISSION_LIMITS;

// Where a consent record's text comes from in the definition, for the texts built from it.
const SOURCES: Readonly<Record<string, { readonly at: (si: number, locale: string) => string; readonly what: string }>> = {
  explicitSpecialCategoryStatement: {
    at: (si, locale) => `services[${si}].name.${locale}`,
    what: 'the explicit special-category statement, built from the service name and the labels of the fields it covers',
  },
  withdrawalMethod: {
    at: (si, locale) => `services[${si}].organisation.name.${locale}`,
    what: 'how to withdraw, built from the organisation name and contact',
  },
  retention: { at: (si) => `services[${si}].retention.period`, what: 'the retention period' },
  recipients: { at: (si) => `services[${si}].orukId`, what: 'the recipient' },
};

const plural = (n: number) => n.toLocaleString('en-GB');

/**
 * Checks that every submission a definition can lead to fits the Submission schema: the
 * consent records built from its texts (in each of its languages) and the counts of
 * services, purposes and fields. A definition that loads can then never end at "not sent"
 * because of its own wording. Run on a definition that already passes every other check.
 */
export function checkSubmissionLimits(def: Definition): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const purposeCount = def.services.reduce((sum, s) => sum + s.purposes.length, 0);
  if (purposeCount > MAX_CONSENTS) {
    problems.push({ path: 'services', code: 'submission-too-many-purposes', message: `The services have ${plural(purposeCount)} purposes in all, but a submission holds at most ${MAX_CONSENTS} consent records (one per purpose).` });
  }
  if (def.services.length > MAX_DISCLOSURES) {
    problems.push({ path: 'services', code: 'submission-too-many-services', message: `There are ${def.services.length} services, but a submission holds at most ${MAX_DISCLOSURES} disclosures (one per service).` });
  }
  def.services.forEach((service, si) => {
    if (service.purposes.length > MAX_PURPOSES_PER_ENVELOPE) {
      problems.push({ path: `services[${si}].purposes`, code: 'submission-too-many-purposes', message: `Service "${service.id}" has ${service.purposes.length} purposes, but a disclosure names at most ${MAX_PURPOSES_PER_ENVELOPE}.` });
    }
    const allFields = new Set(service.purposes.flatMap(purposeFields));
    if (allFields.size > MAX_FIELDS) {
      problems.push({ path: `services[${si}].purposes`, code: 'submission-too-many-fields', message: `Service "${service.id}" lists ${allFields.size} different fields, but a disclosure lists at most ${MAX_FIELDS}.` });
    }
  });
  if (problems.length > 0) return problems;

  const seen = new Set<string>();
  const languages: readonly string[] = languagesOf(def);
  for (const locale of languages) {
    let n = 0;
    const records = requestConsents(def, def.services.map((s) => s.id), {
      now: new Date(0),
      newId: () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
      locale,
    });
    for (const record of records) {
      const si = def.services.findIndex((s) => s.id === record.serviceId);
      const pi = def.services[si]!.purposes.findIndex((p) => p.id === record.purposeId);
      const result = ConsentRecordSchema.safeParse(record);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const [top] = issue.path;
        const last = issue.path[issue.path.length - 1];
        // Texts made in every language (how to withdraw) name their own language last.
        const language = typeof last === 'string' && languages.includes(last) ? last : locale;
        const source = typeof top === 'string' ? SOURCES[top] : undefined;
        const path = source ? source.at(si, language) : `services[${si}].purposes[${pi}]`;
        const key = `${path}|${String(top)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ path, code: 'submission-limit', message: limitMessage(issue, record, source?.what ?? String(top), language) });
      }
    }
  }
  return problems;
}

function limitMessage(
  issue: { readonly code: string; readonly path: readonly PropertyKey[]; readonly maximum?: number | bigint },
  record: unknown,
  what: string,
  locale: string,
): string {
  const where = issue.path.map(String).join('.');
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    let value: unknown = record;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown>)[key];
    const unit = typeof value === 'string' ? 'characters' : 'entries';
    const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
    const max = `${plural(Number(issue.maximum))} ${unit}`;
    const over = length === undefined ? '' : ` is ${plural(length)} ${unit} (${plural(length - Number(issue.maximum))} too many)`;
    return `In ${locale}, ${what}${over}, but a submission's ${where} allows at most ${max}: shorten the text here so that the endpoint accepts the submission.`;
  }
  return `In ${locale}, ${what} would not be valid in a submission (${where}): the endpoint would refuse it.`;
}
