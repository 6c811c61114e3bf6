import type { FieldProblem } from '@onestory/core/answers';
import type { InputError } from '@onestory/core/engine';

/** The parts of a OneStory field element the intake reads after each `input` or `change`. */
export interface FieldElementLike extends HTMLElement {
  readonly value: unknown;
  readonly validity: ValidityState;
  /** What the field's own parser found wrong with what was typed (OneStory's field elements). */
  readonly inputProblems?: readonly FieldProblem[];
}

const asInputProblem = ({ code, params, controls }: FieldProblem) => ({ code, ...(params && { params }), ...(controls && { controls }) });

/**
 * Why the field's raw input cannot become a value (e.g. a date with no month, an address
 * without a town): every problem the field's own parser found, with its parameters and the
 * controls it is about; `undefined` when the input reads fine or is simply empty. The
 * intake does not mark its fields `required` (the engine decides that), so any problem a
 * field reports is about what was typed.
 */
export function inputProblemOf(field: FieldElementLike): InputError | undefined {
  if (field.value !== undefined || field.validity.valid) return undefined;
  const problems = (field.inputProblems ?? []).map(asInputProblem);
  return problems.length > 0 ? problems : 'invalid';
}
