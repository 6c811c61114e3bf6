import type { Scalar } from '../definition/condition.schema.js';

/** One answer of a choice field (radios, checkboxes, select). Label and hint are text. */
export interface FieldOption {
  /** The value stored in the Story when chosen (a string, number or boolean). */
  readonly value: Scalar;
  /** What the person reads (already in the field's language). */
  readonly label: string;
  /**
   * Extra explanation under the option. Each line (`\n`) is shown as its own line, so
   * separate facts never run together.
   */
  readonly hint?: string;
  /** The option cannot be chosen now (its hint says why). */
  readonly disabled?: boolean;
}

/** True when `options` is a list of well-formed {@link FieldOption}s. */
export function isOptionList(options: unknown): options is readonly FieldOption[] {
  return (
    Array.isArray(options) &&
    options.every(
      (option: unknown) =>
        typeof option === 'object' &&
        option !== null &&
        isScalar((option as FieldOption).value) &&
        typeof (option as FieldOption).label === 'string' &&
        ((option as FieldOption).hint === undefined || typeof (option as FieldOption).hint === 'string') &&
        ((option as FieldOption).disabled === undefined || typeof (option as FieldOption).disabled === 'boolean'),
    )
  );
}

/** True when `a` and `b` list the same options (values, labels and hints), in the same order. */
export function sameOptions(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((option: unknown, index) => {
    const other: unknown = b[index];
    if (option === other) return true;
    if (typeof option !== 'object' || option === null || typeof other !== 'object' || other === null) return false;
    const x = option as FieldOption;
    const y = other as FieldOption;
    return Object.is(x.value, y.value) && x.label === y.label && x.hint === y.hint && !x.disabled === !y.disabled;
  });
}

/** True for a string, a finite number or a boolean. */
export function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * The index of the option holding `value`, or -1. Values compare with `Object.is`; a string
 * (from an attribute) also matches an option whose value it spells (`"2"` matches `2`).
 */
export function optionIndex(options: readonly FieldOption[], value: Scalar | null | undefined): number {
  if (value === null || value === undefined) return -1;
  const exact = options.findIndex((option) => Object.is(option.value, value));
  if (exact !== -1 || typeof value !== 'string') return exact;
  return options.findIndex((option) => String(option.value) === value);
}
