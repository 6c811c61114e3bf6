import type { Scalar } from '../definition/condition.schema.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';
import { isScalar, optionIndex, type FieldOption } from './options.js';

/**
 * Reads the chosen option (raw input: the option's value, or null for none) as the answer
 * (parsed stage: the option's own value, with its own type). A value that is not among the
 * options is `badInput`: the options may have changed under it.
 */
export function interpretChoice(raw: Scalar | null, options: readonly FieldOption[], required: boolean): Interpretation<Scalar> {
  if (raw === null) return required ? reject({ code: 'required.choice', flag: 'valueMissing' }) : noAnswer();
  const index = optionIndex(options, raw);
  return index === -1 ? reject({ code: 'option.invalid', flag: 'badInput' }) : accept(options[index]!.value);
}

/**
 * Reads the ticked options (raw input: their values) as the answer (parsed stage: the
 * options' own values, in the options' order; `undefined` when none is ticked).
 */
export function interpretChoices(
  raw: readonly Scalar[],
  options: readonly FieldOption[],
  required: boolean,
): Interpretation<readonly Scalar[]> {
  if (raw.length === 0) return required ? reject({ code: 'required.choice', flag: 'valueMissing' }) : noAnswer();
  const indexes = raw.map((value) => optionIndex(options, value));
  if (indexes.includes(-1)) return reject({ code: 'option.invalid', flag: 'badInput' });
  return accept([...new Set(indexes)].sort((a, b) => a - b).map((index) => options[index]!.value));
}

/** A host-assigned single choice, or null when it is not a scalar. */
export function coerceChoice(input: unknown): Scalar | null {
  return isScalar(input) ? input : null;
}

/** A host-assigned list of choices (a lone scalar counts as a list of one), or null. */
export function coerceChoices(input: unknown): readonly Scalar[] | null {
  if (isScalar(input)) return [input];
  return Array.isArray(input) && input.every(isScalar) ? input : null;
}
