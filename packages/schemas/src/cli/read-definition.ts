import { readFile } from 'node:fs/promises';
import { checkDefinition, OneStoryError, type ConfigProblem, type Definition } from '@onestory/core';
import { findJsonSyntaxProblem } from './json-position.js';

/** A problem the CLI reports in one line and exits on. */
export class CliError extends OneStoryError {
  override name = 'CliError';
}

/** Reads and parses a JSON file, with one clear line for a missing file or a syntax error. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : 'it cannot be read';
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const problem = findJsonSyntaxProblem(text.replace(/^\uFEFF/, ''));
    const where = problem ? ` at line ${problem.line}, column ${problem.column}: expected ${problem.expected}` : '';
    throw new CliError(`${path} is not valid JSON${where}`);
  }
}

/** Reads a definition file and checks it: the definition, or every problem with its path. */
export async function readDefinition(
  path: string,
): Promise<
  | { readonly ok: true; readonly definition: Definition; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[]; readonly warnings: readonly ConfigProblem[] }
> {
  const result = checkDefinition(await readJsonFile(path));
  return result.ok
    ? { ok: true, definition: result.definition, warnings: result.warnings }
    : { ok: false, problems: result.problems, warnings: result.warnings };
}
