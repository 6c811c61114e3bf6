import type { MessageKey } from '@onestory/core';

/** The parts of a OneStory field element the intake reads after each `input` or `change`. */
export interface FieldElementLike extends HTMLElement {
  readonly value: unknown;
  readonly validity: ValidityState;
}

interface Interpreting {
  readonly raw?: unknown;
  interpret?(raw: unknown): { readonly problem: { readonly key: MessageKey; readonly flag: string } | null };
}

/**
 * Why the field's raw input cannot become a value (e.g. a date with no month), as the
 * catalogue key the field's own parser gave, or `undefined` when there is no such problem.
 * A missing answer is not an input problem: the engine decides whether it is required.
 */
export function inputProblemOf(field: FieldElementLike): MessageKey | undefined {
  if (field.value !== undefined || field.validity.valid) return undefined;
  // The field base keeps its parser protected; until it exposes the problem publicly, read
  // it through the same methods it uses itself (see the report to the fields engineer).
  const reader = field as unknown as Interpreting;
  if (typeof reader.interpret === 'function') {
    const problem = reader.interpret(reader.raw)?.problem;
    if (!problem) return undefined;
    return problem.flag === 'valueMissing' ? undefined : problem.key;
  }
  return field.validity.valueMissing ? undefined : 'invalid';
}
