import {
  checkCatalogue,
  describeLanguage,
  languagesOf,
  type CatalogueCheck,
  type ConfigProblem,
  type Definition,
  type Locale,
} from '@onestory/core';
import { en, SHIPPED_CATALOGUES } from '@onestory/core/i18n';
import { CliError, readJsonFile } from './read-definition.js';

/** Usage lines of the catalogue commands. */
export const CATALOGUE_USAGE = `  check <definition.json> [catalogue.json…]
                                        Also check catalogue files (missing and unused keys,
                                        placeholders) and list each language's coverage.
  catalogue <en|cy>                     Print a shipped catalogue as a catalogue file, to translate.
`;

/** A file given to `check`: catalogue files are told apart by their `messages`. */
export function isCatalogueFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'messages' in json && !('services' in json);
}

/** `onestory catalogue <language>`: a shipped catalogue, in the catalogue file format. */
export function catalogueCommand(language: string | undefined, stdout: (text: string) => void): number {
  if (language !== 'en' && language !== 'cy') {
    throw new CliError(`catalogue needs a shipped language: onestory catalogue en (or cy), not ${JSON.stringify(language ?? '')}`);
  }
  const file = {
    language,
    note: `OneStory's ${language === 'en' ? 'English' : 'Welsh'} catalogue. Translate each message, keep every {placeholder} as it is, set "language" and say here who translated and reviewed it.`,
    messages: SHIPPED_CATALOGUES[language],
  };
  stdout(`${JSON.stringify(file, null, 2)}\n`);
  return 0;
}

const line = (p: ConfigProblem) => `  ${p.path || '(root)'}: ${p.message} [${p.code}]\n`;
const percent = (check: CatalogueCheck) =>
  check.coverage ? `${Math.floor((100 * check.coverage.translated) / check.coverage.total)}% (${check.coverage.translated}/${check.coverage.total})` : '0%';

/**
 * Checks catalogue files, prints their problems, and (with a definition) the coverage of
 * each of its languages. Returns the number of errors found.
 */
export async function checkCatalogues(
  paths: readonly string[],
  definition: Definition | undefined,
  stdout: (text: string) => void,
): Promise<number> {
  let errors = 0;
  const checks = new Map<Locale, { path: string; check: CatalogueCheck }>();
  for (const path of paths) {
    const check = checkCatalogue(await readJsonFile(path));
    const failing = check.problems.filter((p) => p.severity === 'error');
    errors += failing.length;
    const label = check.language ? `${path} (${describeLanguage(check.language)}, ${check.direction})` : path;
    stdout(check.problems.length === 0 ? `${label}: OK\n` : `${label}: ${failing.length} problem(s), ${check.problems.length - failing.length} warning(s)\n`);
    check.problems.forEach((p) => stdout(line(p)));
    if (check.language) checks.set(check.language, { path, check });
  }
  const languages = definition ? languagesOf(definition) : [...checks.keys()];
  if (languages.length === 0) return errors;
  stdout(`Translation coverage of the interface (${Object.keys(en).length} messages):\n`);
  for (const locale of languages) {
    const given = checks.get(locale);
    if (given) stdout(`  ${describeLanguage(locale)}: ${percent(given.check)} from ${given.path}\n`);
    else if (locale === 'en' || locale === 'cy') stdout(`  ${describeLanguage(locale)}: 100% (shipped)\n`);
    else {
      errors += 1;
      stdout(`  ${describeLanguage(locale)}: no catalogue. The definition declares it: give its catalogue file too (start from \`onestory catalogue en\`). [missing-catalogue]\n`);
    }
  }
  return errors;
}
