import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** The answers each checklist item takes, in the order they are offered. */
export const CHECKLIST_ANSWERS = ['yes', 'no', 'unknown'] as const;
/** One item's answer: yes, no or not known (the Story's `YesNoUnknown`). */
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];
/** The answers as given so far (raw input): one per item, in item order, `null` until answered. */
export type ChecklistRaw = readonly (ChecklistAnswer | null)[];

/** True for `yes`, `no` or `unknown`. */
export function isChecklistAnswer(value: unknown): value is ChecklistAnswer {
  return value === 'yes' || value === 'no' || value === 'unknown';
}

/** The id of the radio giving `answer` to item `index` (0-based) inside the element. */
export const checklistControlId = (index: number, answer: ChecklistAnswer): string => `item-${index}-${answer}`;

/**
 * Reads the checklist (raw input: an answer or null per item) as the answer (parsed stage:
 * one `yes`/`no`/`unknown` per item, in item order). Nothing answered is no answer (when
 * `required`, `valueMissing`); some items answered but not all is `badInput`, naming the
 * radios of every unanswered item, the first unanswered item's first radio first. Answers
 * beyond the items (the items changed under a host-set value) cannot be read either.
 */
export function interpretChecklist(raw: ChecklistRaw, itemCount: number, required: boolean): Interpretation<readonly ChecklistAnswer[]> {
  if (raw.every((answer) => answer === null)) {
    return required ? reject({ code: 'dash.answers', flag: 'valueMissing' }) : noAnswer();
  }
  if (raw.slice(itemCount).some((answer) => answer !== null)) return reject({ code: 'dash.answers', flag: 'badInput' });
  const answers = Array.from({ length: itemCount }, (_, index) => raw[index] ?? null);
  const unanswered = answers.flatMap((answer, index) => (answer === null ? [index] : []));
  if (unanswered.length > 0) {
    const controls = unanswered.flatMap((index) => CHECKLIST_ANSWERS.map((answer) => checklistControlId(index, answer)));
    return reject({ code: 'dash.answers', flag: 'badInput', controls });
  }
  return accept(answers as ChecklistAnswer[]);
}

/** The raw input with item `index` answered `answer`, padded with nulls to `itemCount` items. */
export function answerItem(raw: ChecklistRaw, itemCount: number, index: number, answer: ChecklistAnswer): ChecklistRaw {
  const next = Array.from({ length: Math.max(raw.length, itemCount, index + 1) }, (_, i) => raw[i] ?? null);
  next[index] = answer;
  return next;
}

/** True when `state` (saved raw input) is a list of answers or nulls. */
export function isChecklistRaw(state: unknown): state is ChecklistRaw {
  return Array.isArray(state) && state.every((answer: unknown) => answer === null || isChecklistAnswer(answer));
}

/** A host-assigned answer list (every entry `yes`, `no` or `unknown`), or null. */
export function coerceChecklist(input: unknown): readonly ChecklistAnswer[] | null {
  return Array.isArray(input) && input.every(isChecklistAnswer) ? (input as readonly ChecklistAnswer[]) : null;
}
