import { readFile, writeFile } from 'node:fs/promises';
import { declaredLanguages } from '@onestory/core/definition';
import { importOrukServices, type ImportRecord } from '@onestory/core/oruk';
import { formatJson } from '../generate.js';
import { CliError, readJsonFile } from './read-definition.js';
import type { CliIo } from './main.js';

export const IMPORT_ORUK_USAGE = `  import-oruk <feed.json> [--into definition.json]
                                        Turn an Open Referral UK service feed into definition services:
                                        printed as JSON, or merged into the definition with --into (a
                                        re-import updates what the directory says and keeps the
                                        council's own edits; what is left to fill in, and each text
                                        to translate into the definition's languages, is listed).
`;

/** Where an import remembers what it wrote, beside the definition. */
export const importRecordPath = (definitionPath: string): string => `${definitionPath.replace(/\.json$/, '')}.oruk-import.json`;

async function readRecord(path: string): Promise<ImportRecord | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ImportRecord;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read ${path}, the record of the last import: delete it to import afresh`);
  }
}

/** Runs `onestory import-oruk <feed.json> [--into definition.json]`. */
export async function importOrukCommand(feedPath: string, into: string | undefined, io: CliIo): Promise<number> {
  const feed = await readJsonFile(feedPath);
  const definition = into === undefined ? undefined : await readJsonFile(into);
  if (definition !== undefined && (definition === null || typeof definition !== 'object' || !Array.isArray((definition as { services?: unknown }).services))) {
    throw new CliError(`${into} has no "services" list to import into`);
  }
  const recordPath = into === undefined ? undefined : importRecordPath(into);
  const record = recordPath === undefined ? undefined : await readRecord(recordPath);
  const existing = (definition as { services?: unknown[] } | undefined)?.services ?? [];
  // Copies to translate in each language the definition declares (English and Welsh without one).
  const languages = declaredLanguages(definition);
  if (!languages) throw new CliError(`${into}: "languages" is not a list of language tags such as ["en", "cy"]: run \`onestory check ${into}\``);
  const result = importOrukServices(feed, existing, record, { languages });
  if (!result.ok) {
    io.stdout(`${feedPath}: ${result.problems.length} problem(s)\n`);
    for (const p of result.problems) io.stdout(`  ${p.path || '(root)'}: ${p.message} [${p.code}]\n`);
    return 1;
  }
  if (into === undefined) {
    io.stdout(formatJson({ services: result.services }));
  } else {
    await writeFile(into, formatJson({ ...(definition as object), services: result.services }));
    await writeFile(recordPath!, formatJson(result.record));
  }
  const say = into === undefined ? io.stderr : io.stdout;
  for (const note of result.notes) say(`${note.path || '(feed)'}: ${note.message} [${note.code}]\n`);
  if (into !== undefined) {
    say(`Wrote ${into} and ${recordPath}.\n`);
    if (result.notes.some((n) => n.code === 'to-fill-in')) say(`Fill in what is listed above, then run \`onestory check ${into}\`.\n`);
  }
  return 0;
}
