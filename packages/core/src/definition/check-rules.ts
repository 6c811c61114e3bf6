import { checkDefinitionConsentRules } from '../consent/rules.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { checkDefinitionStructure, type DefinitionCheck } from './check-definition.js';
import { checkSubmissionLimits } from './check-submission-limits.js';
import type { Definition } from './definition.schema.js';
import { checkTranslations } from './translations.js';

/** Checks a definition (parsed JSON) and reports every problem at once, each with its path. */
export function checkDefinition(input: unknown): DefinitionCheck {
  const first = checkDefinitionStructure(input);
  if (!first.ok) return first;
  const problems = checkDefinitionRest(input, first.definition);
  return problems.length === 0 ? first : { ok: false, problems, warnings: first.warnings };
}

/**
 * The second of `checkDefinition`'s stages, for a definition that passed
 * `checkDefinitionStructure`: every translation; every purpose has a lawful basis and each
 * service a core purpose; and, once all that holds, every submission the definition can
 * lead to fits the Submission schema. The problems come out in the order `checkDefinition`
 * has always given them: translations first.
 */
export function checkDefinitionRest(input: unknown, def: Definition): ConfigProblem[] {
  const problems: ConfigProblem[] = checkTranslations(input);
  for (const violation of checkDefinitionConsentRules(def)) {
    problems.push({ path: violation.path.replace(/^definition\./, ''), code: violation.code, message: `${violation.message} (lawful-basis rule ${violation.rule})` });
  }
  def.services.forEach((s, si) => {
    if (!s.purposes.some((p) => p.core)) {
      problems.push({ path: `services[${si}].purposes`, code: 'no-core-purpose', message: `Service "${s.id}" has no core purpose: mark the referral purpose "core": true.` });
    }
  });
  // What the definition's texts become in a submission, once the definition is sound.
  return problems.length > 0 ? problems : checkSubmissionLimits(def);
}

/**
 * Loads a definition: checks it and returns it, or throws a {@link ConfigError} listing
 * every problem with its path.
 */
export function loadDefinition(input: unknown): Definition {
  const staged = loadDefinitionInStages(input);
  staged.checkTexts();
  return staged.definition;
}

/** A definition checked enough to plan and render, with its texts and consent rules still to check. */
export interface StagedDefinition {
  readonly definition: Definition;
  /**
   * Checks every translation, the consent rules, and what the texts become in a
   * submission's consent records (`checkDefinitionRest`), throwing the {@link ConfigError}
   * {@link loadDefinition} would have thrown. Call it soon: until it has returned, a text
   * may be missing or too long for a submission.
   */
  checkTexts(): void;
}

/**
 * {@link loadDefinition} in two stages, for a host that renders: the first (returned, or
 * thrown) is what planning and rendering need; the second, `checkTexts()`, can run once
 * the first page is on screen. Between them they find exactly what `loadDefinition` finds.
 */
export function loadDefinitionInStages(input: unknown): StagedDefinition {
  const first = checkDefinitionStructure(input);
  if (!first.ok) throw definitionError(first.problems);
  const { definition } = first;
  return {
    definition,
    checkTexts: () => {
      const problems = checkDefinitionRest(input, definition);
      if (problems.length > 0) throw definitionError(problems);
    },
  };
}

const definitionError = (problems: readonly ConfigProblem[]): ConfigError =>
  new ConfigError(`The intake definition has ${problems.length} problem(s):`, problems);
