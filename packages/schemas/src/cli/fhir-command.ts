import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SubmissionSchema, type Definition, type Locale } from '@onestory/core';
import { isLocale } from '@onestory/core/i18n';
import { definitionToQuestionnaire, envelopeToBundle, questionnaireResponseToStory, type QuestionnaireResponse } from '@onestory/core/fhir';
import { formatJson } from '../generate.js';
import { CliError, readJsonFile } from './read-definition.js';
import type { CliIo } from './main.js';

/** Options the `fhir` commands take. */
export interface FhirCommandOptions {
  readonly service?: string;
  readonly locale?: string;
  readonly out?: string;
  readonly fhirBase?: string;
}

export const FHIR_USAGE = `  fhir questionnaire <definition.json> [--service id] [--locale en|cy]
                                        Print the definition as a FHIR R4 Questionnaire (one service's
                                        questions with --service); conditions enableWhen cannot say are
                                        listed on stderr.
  fhir bundle <definition.json> <submission.json> [--service id] [--out dir]
                                        Print each envelope as a FHIR R4 transaction Bundle (one service
                                        with --service; one file per service with --out).
  fhir read <definition.json> <questionnaire-response.json>
                                        Read a QuestionnaireResponse back into a Story (JSON on stdout);
                                        what cannot be read is listed on stderr, and the exit code is 1.
`;

const localeOf = (value: string | undefined): Locale | undefined => {
  if (value === undefined) return undefined;
  if (!isLocale(value)) throw new CliError(`--locale must be en or cy, not "${value}"`);
  return value;
};

/** Runs `onestory fhir <action> …`; `definition` is already loaded and checked. */
export async function fhirCommand(action: string, definition: Definition, file: string | undefined, options: FhirCommandOptions, io: CliIo): Promise<number> {
  const locale = localeOf(options.locale);
  if (action === 'questionnaire') {
    if (file !== undefined) throw new CliError(`unexpected argument "${file}"`);
    const result = definitionToQuestionnaire(definition, {
      ...(options.service !== undefined && { serviceId: options.service }),
      ...(locale && { locale }),
      ...(options.fhirBase !== undefined && { fhirBase: options.fhirBase }),
    });
    io.stdout(formatJson(result.questionnaire));
    for (const item of result.inexpressible) io.stderr(`onestory: note: ${item.linkId} (${item.id}) is shown unconditionally: ${item.reason}\n`);
    for (const limitation of result.limitations) io.stderr(`onestory: note: ${limitation}\n`);
    return 0;
  }
  if (file === undefined) throw new CliError(`fhir ${action} needs a second file: onestory fhir ${action} <definition.json> <${action === 'read' ? 'questionnaire-response' : 'submission'}.json>`);
  if (action === 'bundle') {
    const parsed = SubmissionSchema.safeParse(await readJsonFile(file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CliError(`${file} is not a OneStory submission: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    const submission = parsed.data;
    const envelopes = submission.disclosures.filter((d) => options.service === undefined || d.serviceId === options.service);
    if (envelopes.length === 0) {
      throw new CliError(options.service === undefined ? `${file} has no envelopes` : `${file} has no envelope for the service "${options.service}" (it has: ${submission.disclosures.map((d) => d.serviceId).join(', ') || 'none'})`);
    }
    const bundles = envelopes.map((envelope) => ({ serviceId: envelope.serviceId, bundle: envelopeToBundle(submission, envelope, definition, options.fhirBase === undefined ? {} : { fhirBase: options.fhirBase }) }));
    if (options.out !== undefined) {
      await mkdir(options.out, { recursive: true });
      for (const { serviceId, bundle } of bundles) {
        const path = join(options.out, `${submission.submissionId}.${serviceId}.bundle.json`);
        await writeFile(path, formatJson(bundle));
        io.stdout(`Wrote ${path}\n`);
      }
    } else {
      io.stdout(formatJson(bundles.length === 1 ? bundles[0]!.bundle : bundles.map((b) => b.bundle)));
    }
    return 0;
  }
  if (action === 'read') {
    const response = (await readJsonFile(file)) as QuestionnaireResponse;
    if (response === null || typeof response !== 'object' || response.resourceType !== 'QuestionnaireResponse') {
      throw new CliError(`${file} is not a FHIR QuestionnaireResponse (expected "resourceType": "QuestionnaireResponse")`);
    }
    const { story, issues } = questionnaireResponseToStory(response, definition);
    io.stdout(formatJson(story));
    for (const issue of issues) io.stderr(`onestory: ${issue.path}: ${issue.message} [${issue.code}]\n`);
    return issues.length === 0 ? 0 : 1;
  }
  throw new CliError(`unknown fhir command "${action}" (use questionnaire, bundle or read)`);
}
