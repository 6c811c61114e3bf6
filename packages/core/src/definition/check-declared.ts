import { declaredFieldPath, DECLARED_PREFIX, FIELD_PATHS, fieldSchema, isDeclaredFieldPath, isFieldPath, type FieldPath } from '../story/fields.js';
import { DECLARED_ID_PATTERN } from '../story/story.schema.js';
import { isIsoDate } from '../story/rules.js';
import type { Condition, Scalar } from './condition.schema.js';
import type { DeclaredField, DeclaredFieldType } from './declared-field.schema.js';
import { declaredFieldsOf } from './declared-fields.js';
import { canHold, DECLARED_WIDGETS, TEXT_LIMITS, formatPence } from './declared-value.js';
import type { Definition, Question } from './definition.schema.js';
import { closestValue } from './issue-message.js';

/** Reports one problem at a path: a stable code and a sentence naming the fix. */
export type AddProblem = (path: string, code: string, message: string) => void;

// Story field names a declared id would shadow: `dateOfBirth` is `person.dateOfBirth`.
const STORY_NAMES = new Map<string, FieldPath[]>();
for (const path of FIELD_PATHS) {
  for (const name of [path, path.slice(path.lastIndexOf('.') + 1)]) {
    const list = STORY_NAMES.get(name) ?? [];
    if (!list.includes(path)) list.push(path);
    STORY_NAMES.set(name, list);
  }
}

const CHOICE_TYPES: ReadonlySet<DeclaredFieldType> = new Set(['choice', 'multi-choice']);
const NUMBER_TYPES: ReadonlySet<DeclaredFieldType> = new Set(['whole-number', 'money']);
const TEXT_TYPES: ReadonlySet<DeclaredFieldType> = new Set(['text', 'long-text']);

function checkId(field: DeclaredField, where: string, add: AddProblem): void {
  const shadowed = STORY_NAMES.get(field.id);
  if (shadowed) {
    add(`${where}.id`, 'declared-shadows-story-field',
      `"${field.id}" shadows the Story field ${shadowed.map((p) => `"${p}"`).join(', ')}: every service shares Story fields, so list "${shadowed[0]}" in the purposes instead of declaring your own.`);
  } else if (field.id.startsWith(DECLARED_PREFIX)) {
    add(`${where}.id`, 'declared-field-id', `Write the id without "${DECLARED_PREFIX}": "${field.id.slice(DECLARED_PREFIX.length)}" is asked and listed as "${field.id}".`);
  } else if (!DECLARED_ID_PATTERN.test(field.id)) {
    add(`${where}.id`, 'declared-field-id', `"${field.id}" is not a declared field id: use a lower-case letter, then letters, digits or hyphens (at most 64), like "rentArrears".`);
  }
}

/** Constraints that only some types take, each refused on the others. */
function checkConstraints(field: DeclaredField, where: string, add: AddProblem): void {
  const notFor = (key: string, types: string) =>
    add(`${where}.${key}`, 'constraint-not-for-type', `"${key}" applies to ${types} fields, not to a "${field.type}" field: remove it.`);
  if (CHOICE_TYPES.has(field.type)) {
    if (!field.options || field.options.length === 0) {
      add(field.options ? `${where}.options` : where, 'choice-without-options',
        `A "${field.type}" field needs its "options" (each { "value": "an-id", "label": { "en", "cy" } }): there is nothing to choose from.`);
    }
    const seen = new Set<string>();
    field.options?.forEach((option, oi) => {
      if (seen.has(option.value)) add(`${where}.options[${oi}].value`, 'duplicate-option', `Duplicate option value "${option.value}": each option needs its own value.`);
      seen.add(option.value);
    });
  } else if (field.options) notFor('options', '"choice" and "multi-choice"');

  if (NUMBER_TYPES.has(field.type)) {
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      const show = (n: number) => (field.type === 'money' ? `${n} (${formatPence(n)})` : String(n));
      add(`${where}.max`, 'empty-range', `"max" ${show(field.max)} is less than "min" ${show(field.min)}: no answer could be valid.`);
    }
  } else {
    if (field.min !== undefined) notFor('min', '"whole-number" and "money"');
    if (field.max !== undefined) notFor('max', '"whole-number" and "money"');
  }

  if (TEXT_TYPES.has(field.type)) {
    const limit = TEXT_LIMITS[field.type]!;
    if (field.maxLength !== undefined && field.maxLength > limit) {
      add(`${where}.maxLength`, 'constraint-out-of-range', `A "${field.type}" answer holds at most ${limit} characters: set "maxLength" to ${limit} or less.`);
    }
  } else if (field.maxLength !== undefined) notFor('maxLength', '"text" and "long-text"');

  if (field.type === 'date') {
    for (const key of ['earliest', 'latest'] as const) {
      const bound = field[key];
      if (bound !== undefined && bound !== 'today' && !isIsoDate(bound)) add(`${where}.${key}`, 'constraint-out-of-range', `${JSON.stringify(bound)} is not a real date: use YYYY-MM-DD or "today".`);
    }
    const { earliest, latest } = field;
    if (earliest && latest && earliest !== 'today' && latest !== 'today' && earliest > latest) {
      add(`${where}.latest`, 'empty-range', `"latest" ${latest} is before "earliest" ${earliest}: no date could be valid.`);
    }
  } else {
    for (const key of ['range', 'earliest', 'latest'] as const) if (field[key] !== undefined) notFor(key, '"date"');
  }
}

/**
 * Checks the definition's declared fields: ids unique, in their own namespace and not
 * shadowing a Story field, and each type's constraints (a choice needs options, a range
 * must hold at least one value, a constraint of another type is refused).
 */
export function checkDeclaredFields(def: Definition, add: AddProblem): void {
  const seen = new Set<string>();
  (def.fields ?? []).forEach((field, fi) => {
    const where = `fields[${fi}]`;
    if (seen.has(field.id)) add(`${where}.id`, 'duplicate-id', `Duplicate id "${field.id}": ids must be unique.`);
    seen.add(field.id);
    checkId(field, where, add);
    checkConstraints(field, where, add);
  });
}

/** The declaration of a declared path, or a problem naming the closest declared id. */
export function checkDeclaredRef(def: Definition, field: FieldPath, where: string, add: AddProblem): DeclaredField | undefined {
  if (!isDeclaredFieldPath(field)) return undefined;
  const declared = declaredFieldsOf(def).get(field);
  if (declared) return declared;
  const ids = (def.fields ?? []).map((f) => declaredFieldPath(f.id));
  const suggestion = closestValue(field, ids);
  add(where, 'undeclared-field',
    `"${field}" is not declared${suggestion ? `: did you mean "${suggestion}"?` : `: add { "id": "${field.slice(DECLARED_PREFIX.length)}", "type": …, "label": … } to "fields".`}`);
  return undefined;
}

/** A question asking a declared field: no options of its own, and a widget its type can use. */
export function checkDeclaredQuestion(def: Definition, q: Question, where: string, add: AddProblem): void {
  const field = checkDeclaredRef(def, q.field, `${where}.field`, add);
  if (!field) return;
  if (q.options) {
    add(`${where}.options`, 'options-on-declared-question', `The options of "${q.field}" are declared with the field ("fields" → "options"): remove them from the question.`);
  }
  const widgets: readonly string[] = DECLARED_WIDGETS[field.type];
  if (q.widget !== undefined && !widgets.includes(q.widget)) {
    add(`${where}.widget`, 'widget-not-for-type', `A "${field.type}" field is asked with ${widgets.map((w) => `"${w}"`).join(' or ')}, not "${q.widget}".`);
  }
}

/** Each leaf test of a condition, with the field it reads and the value it compares. */
type Leaf =
  | { readonly kind: 'equals' | 'includes'; readonly field: FieldPath; readonly values: readonly Scalar[] }
  | { readonly kind: 'compare' | 'date' | 'age' | 'answered'; readonly field: FieldPath };

function leaves(condition: Condition, visit: (leaf: Leaf) => void): void {
  if ('not' in condition) return leaves(condition.not, visit);
  if ('all' in condition) return condition.all.forEach((c) => leaves(c, visit));
  if ('any' in condition) return condition.any.forEach((c) => leaves(c, visit));
  if ('equals' in condition) return visit({ kind: 'equals', field: condition.equals.field, values: [condition.equals.value] });
  if ('oneOf' in condition) return visit({ kind: 'equals', field: condition.oneOf.field, values: condition.oneOf.values });
  if ('includes' in condition) return visit({ kind: 'includes', field: condition.includes.field, values: [condition.includes.value] });
  if ('compare' in condition) return visit({ kind: 'compare', field: condition.compare.field });
  if ('date' in condition) return visit({ kind: 'date', field: condition.date.field });
  if ('age' in condition) return visit({ kind: 'age', field: condition.age.field ?? 'person.dateOfBirth' });
  if ('answered' in condition) return visit({ kind: 'answered', field: condition.answered });
}

const LEAF_TYPES: Readonly<Record<'compare' | 'date' | 'age' | 'includes', readonly DeclaredFieldType[]>> = {
  compare: ['whole-number', 'money'],
  date: ['date'],
  age: ['date'],
  includes: ['multi-choice'],
};

// The value a one-of-a-list Story field could hold, for equals on it (a list holds lists).
function storyCanHold(field: FieldPath, value: Scalar): boolean {
  if (!isFieldPath(field)) return true;
  const schema = fieldSchema(field);
  return schema.safeParse(value).success || schema.safeParse([value]).success;
}

/**
 * Conditions that test a value the field can never hold (an option it does not have, a
 * number outside its range, text for a yes-no field) or use a test the field's type has
 * no meaning for (`compare` on text). Such a condition is always false: a question behind
 * it could never be asked.
 */
export function checkConditionValues(def: Definition, condition: Condition, where: string, add: AddProblem): void {
  leaves(condition, (leaf) => {
    const declared = isDeclaredFieldPath(leaf.field) ? declaredFieldsOf(def).get(leaf.field) : undefined;
    if (leaf.kind === 'answered') return;
    if (leaf.kind !== 'equals' && declared) {
      const types = LEAF_TYPES[leaf.kind];
      if (!types.includes(declared.type)) {
        add(where, 'condition-type-mismatch', `"${leaf.kind}" cannot test "${leaf.field}", a "${declared.type}" field: it tests ${types.map((t) => `"${t}"`).join(' or ')} fields.`);
        return;
      }
    }
    if (leaf.kind !== 'equals' && leaf.kind !== 'includes') return;
    for (const value of leaf.values) {
      const holds = declared
        ? leaf.kind === 'includes' ? (declared.options ?? []).some((o) => o.value === value) : canHold(declared, value)
        : storyCanHold(leaf.field, value);
      if (!holds) {
        const options = declared?.options ? ` Its options are ${declared.options.map((o) => `"${o.value}"`).join(', ')}.` : '';
        add(where, 'condition-value-impossible', `"${leaf.field}" can never hold ${JSON.stringify(value)}, so this condition is never true.${options}`);
      }
    }
  });
}

/** Declared fields no question asks and no purpose lists: dead weight, most likely a mistake. */
export function unusedDeclaredFields(def: Definition): { path: string; code: string; message: string }[] {
  const used = new Set<string>(def.questions.map((q) => q.field));
  for (const service of def.services) for (const purpose of service.purposes) [...purpose.requires, ...(purpose.optional ?? [])].forEach((f) => used.add(f));
  return (def.fields ?? []).flatMap((field, fi) =>
    used.has(declaredFieldPath(field.id))
      ? []
      : [{ path: `fields[${fi}]`, code: 'declared-field-unused', message: `No question asks "${declaredFieldPath(field.id)}" and no purpose lists it: ask it and list it, or remove it.` }],
  );
}
