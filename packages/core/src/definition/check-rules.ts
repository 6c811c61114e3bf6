import { checkDefinitionConsentRules } from '../consent/rules.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { checkDefinitionStructure, type DefinitionCheck } from './check-definition.js';
import { checkSubmissionLimits } from './check-submission-limits.js';
import { DefinitionSchema, type Definition } from './definition.schema.js';

/**
 * The checks of a definition that need the consent rules and the Submission schema: every
 * purpose has a lawful basis, each service a core purpose, and every submission it can lead
 * to fits the Submission schema (run only when `afterProblems` is false: the limits assume
 * an otherwise sound definition). Part of `checkDefinition`; on their own for a
 * browser that runs them after its first page is on screen (`checkDefinitionStructure`).
 */
export function checkDefinitionRules(def: Definition, { afterProblems = false }: { readonly afterProblems?: boolean } = {}): ConfigProblem[] {
  const problems: ConfigProblem[] = checkDefinitionConsentRules(def).map((violation) => ({
    path: violation.path.replace(/^definition\./, ''),
    code: violation.code,
    message: `${violation.message} (lawful-basis rule ${violation.rule})`,
  }));
  def.services.forEach((s, si) => {
    if (!s.purposes.some((p) => p.core)) {
      problems.push({ path: `services[${si}].purposes`, code: 'no-core-purpose', message: `Service "${s.id}" has no core purpose: mark the referral purpose "core": true.` });
    }
  });
  if (!afterProblems && problems.length === 0) problems.push(...checkSubmissionLimits(def));
  return problems;
}

/** Checks a definition (parsed JSON) and reports every problem at once, each with its path. */
export function checkDefinition(input: unknown): DefinitionCheck {
  const structure = checkDefinitionStructure(input);
  // The rules report beside the other problems (all at once), so they need the parsed
  // definition even when those failed; parsed again only then.
  const definition = structure.ok ? structure.definition : DefinitionSchema.safeParse(input).data;
  if (!definition) return structure;
  const problems = [...structure.problems, ...checkDefinitionRules(definition, { afterProblems: !structure.ok })];
  return problems.length === 0 ? { ok: true, definition, problems: [], warnings: structure.warnings } : { ok: false, problems, warnings: structure.warnings };
}

/**
 * Loads a definition: checks it and returns it, or throws a {@link ConfigError} listing
 * every problem with its path.
 */
export function loadDefinition(input: unknown): Definition {
  const result = checkDefinition(input);
  if (!result.ok) {
    throw new ConfigError(`The intake definition has ${result.problems.length} problem(s):`, result.problems);
  }
  return result.definition;
}
