import type { MessageKey } from '../i18n/catalogue.js';

/** The `ValidityState` flag a problem sets (see `ElementInternals.setValidity`). */
export type ValidityFlag =
  | 'valueMissing'
  | 'badInput'
  | 'typeMismatch'
  | 'patternMismatch'
  | 'tooLong'
  | 'rangeUnderflow'
  | 'rangeOverflow'
  | 'customError';

/**
 * Why a field's raw input cannot be accepted: data, not prose. The message is a catalogue
 * key, localised when shown, so switching language re-words an error without re-checking.
 */
export interface FieldProblem {
  /** Catalogue key of the message (as in core's `Issue`: `code` and `params`). */
  readonly code: MessageKey;
  /** Parameters of the message, e.g. `{ max: 100 }`. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The validity flag it sets. */
  readonly flag: ValidityFlag;
  /**
   * Ids of the controls in error, inside the element's shadow root; the first is where
   * focus and the browser's validation bubble go. Absent: the whole field is in error.
   */
  readonly controls?: readonly string[];
}

/**
 * What a field makes of its raw input: the parsed value (the Story value; `undefined`
 * while there is no answer or the answer cannot be read) and the first problem, if any.
 * A field made of several questions (safe contact) also gives every problem, in the order
 * shown, so that all of them are reported at once rather than one per attempt.
 */
export interface Interpretation<V> {
  readonly value: V | undefined;
  readonly problem: FieldProblem | null;
  /** Every problem, in the order shown, when there may be several; `problem` is the first. */
  readonly problems?: readonly FieldProblem[];
}

/** Every problem of an interpretation, in the order shown (empty when valid). */
export function problemsOf(interpretation: Interpretation<unknown>): readonly FieldProblem[] {
  return interpretation.problems ?? (interpretation.problem ? [interpretation.problem] : []);
}

/** Shorthand for a valid answer. */
export const accept = <V>(value: V): Interpretation<V> => ({ value, problem: null });

/** Shorthand for "no answer", which is valid when the field is not required. */
export const noAnswer = <V>(): Interpretation<V> => ({ value: undefined, problem: null });

/** Shorthand for an interpretation with a problem (and so no value). */
export const reject = <V>(problem: FieldProblem): Interpretation<V> => ({ value: undefined, problem });

/** Shorthand for an interpretation with several problems (at least one; no value). */
export const rejectAll = <V>(problems: readonly [FieldProblem, ...FieldProblem[]]): Interpretation<V> => ({
  value: undefined,
  problem: problems[0],
  problems,
});
