/**
 * Every error OneStory throws is a {@link OneStoryError}. Each subclass sets `name`
 * explicitly so it survives minification and can be told apart in logs and `catch`.
 */
export class OneStoryError extends Error {
  override name = 'OneStoryError';
}

/** A problem found while checking configuration: where it is, and what is wrong. */
export interface ConfigProblem {
  /** Where the problem is, e.g. `services[2].purposes[0].requires[1]`. */
  readonly path: string;
  /** Stable machine-readable code, e.g. `unknown-field`. */
  readonly code: string;
  /** Plain-English explanation for the developer, naming the fix. */
  readonly message: string;
}

/**
 * Thrown when configuration (an intake definition, an element attribute, client options)
 * is wrong. Carries every problem found at once, not just the first.
 */
export class ConfigError extends OneStoryError {
  override name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];
  constructor(summary: string, problems: readonly ConfigProblem[] = []) {
    super(
      problems.length === 0
        ? summary
        : `${summary}\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** Thrown when data (a Story, a submission) fails validation where a throw is wanted. */
export class ValidationError extends OneStoryError {
  override name = 'ValidationError';
  readonly issues: readonly { readonly path: string; readonly code: string; readonly message: string }[];
  constructor(summary: string, issues: ValidationError['issues']) {
    super(`${summary}\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}
