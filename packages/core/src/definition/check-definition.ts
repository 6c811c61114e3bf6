import type { ConfigProblem } from '../errors.js';
import type * as z from 'zod/mini';
import { DECLARED_FIELD_PATH_PATTERN, DECLARED_PREFIX, FIELD_PATHS, fieldSchema, isDeclaredFieldPath, isFieldPath, type FieldPath } from '../story/fields.js';
import { checkConditionValues, checkDeclaredFields, checkDeclaredQuestion, checkDeclaredRef, unusedDeclaredFields } from './check-declared.js';
import { DASH_QUESTION_COUNT } from '../story/story.schema.js';
import type { Condition } from './condition.schema.js';
import { DefinitionSchema, type Definition, type Question } from './definition.schema.js';
import { describeZodIssue } from './issue-message.js';
import { formatIssuePath } from '../issue/issue.js';
import { checkTranslations, DEFAULT_LANGUAGES } from './translations.js';
import { describeLanguage, isLanguageTag, type Locale } from '../i18n/locale.js';

const isLanguageList = (input: unknown): input is { languages: Locale[] } => {
  const languages = (input as { languages?: unknown } | null)?.languages;
  return Array.isArray(languages) && languages.every(isLanguageTag);
};

// A FieldPath enum issue lists every Story field (in `requires`, `optional`, `field`, `answered`…).
const isFieldPathIssue = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'invalid_value' && issue.values.length === FIELD_PATHS.length && issue.values.every(isFieldPath);

// A field path is a Story field or `declared.<id>`: zod reports a wrong one as the
// declared-path pattern's issue (or, for a non-string, as the union's).
function fieldPathIssueIn(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue | undefined {
  const asEnum = (): z.core.$ZodIssue => ({ code: 'invalid_value', values: [...FIELD_PATHS], path: issue.path, message: 'Invalid input', input: undefined });
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === String(DECLARED_FIELD_PATH_PATTERN)) {
    const found = valueAt(input, issue.path);
    return typeof found === 'string' && found.startsWith(DECLARED_PREFIX) ? undefined : asEnum();
  }
  if (issue.code === 'invalid_union' && issue.errors.some((branch) => branch.some(isFieldPathIssue))) return asEnum();
  return undefined;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  return current;
}

function schemaProblem(issue: z.core.$ZodIssue, input: unknown): ConfigProblem {
  const path = formatIssuePath(issue.path);
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string' && isLanguageTag(last) && issue.code === 'custom') {
    const languages = (isLanguageList(input) && input.languages) || DEFAULT_LANGUAGES;
    const what = last === 'cy' ? 'Welsh text (cy)' : `${describeLanguage(last)} text`;
    return { path, code: last === 'cy' ? 'missing-welsh' : 'missing-translation', message: `${what} is missing or empty: every text needs ${languages.join(' and ')}.` };
  }
  const message = describeZodIssue(issue, input);
  if (issue.code === 'unrecognized_keys') {
    return { path, code: 'unknown-key', message: `${message} Check the spelling against the intake-definition JSON Schema.` };
  }
  const fieldIssue = isFieldPathIssue(issue) ? issue : fieldPathIssueIn(issue, input);
  if (fieldIssue) {
    return { path, code: 'unknown-field', message: `Not a Story field, nor a declared field (declared.<id>). ${describeZodIssue(fieldIssue, input)}` };
  }
  return { path, code: `schema:${issue.code}`, message };
}

/** Every field and named condition a condition mentions, with the path where it is used. */
function walkCondition(
  condition: Condition,
  visit: (ref: { field?: FieldPath; condition?: string; service?: string }) => void,
): void {
  if ('not' in condition) return walkCondition(condition.not, visit);
  if ('all' in condition) return condition.all.forEach((c) => walkCondition(c, visit));
  if ('any' in condition) return condition.any.forEach((c) => walkCondition(c, visit));
  if ('condition' in condition) return visit({ condition: condition.condition });
  if ('serviceChosen' in condition) return visit({ service: condition.serviceChosen });
  if ('answered' in condition) return visit({ field: condition.answered });
  if ('age' in condition) return visit({ field: condition.age.field ?? 'person.dateOfBirth' });
  const body = Object.values(condition)[0] as { field: FieldPath };
  visit({ field: body.field });
}

function duplicates(ids: readonly string[], where: string, problems: ConfigProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: `${where}[${i}].id`, code: 'duplicate-id', message: `Duplicate id "${id}": ids must be unique.` });
    seen.add(id);
  });
}

/** Semantic checks the JSON Schema cannot express. Returns every problem, in document order. */
function checkSemantics(def: Definition): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });

  duplicates(def.services.map((s) => s.id), 'services', problems);
  duplicates(def.questions.map((q) => q.id), 'questions', problems);
  duplicates(def.pages.map((p) => p.id), 'pages', problems);
  def.services.forEach((s, si) => duplicates(s.purposes.map((p) => p.id), `services[${si}].purposes`, problems));

  const serviceIds = new Set(def.services.map((s) => s.id));
  const conditionIds = new Set(Object.keys(def.conditions ?? {}));
  checkDeclaredFields(def, add);
  const questionByField = new Map<FieldPath, string>();
  def.questions.forEach((q, qi) => {
    const other = questionByField.get(q.field);
    if (other !== undefined) {
      add(`questions[${qi}].field`, 'field-asked-twice', `"${q.field}" is already asked by question "${other}": ask each field once.`);
    } else questionByField.set(q.field, q.id);
    if (isDeclaredFieldPath(q.field)) return checkDeclaredQuestion(def, q, `questions[${qi}]`, add);
    if (q.field === CHECKLIST_FIELD || q.widget === 'checklist') return checkChecklist(q, `questions[${qi}]`, add);
    q.options?.forEach((o, oi) => {
      // `needs.domains` is a list: an option is one item of it.
      const candidate = q.field === 'needs.domains' ? [o.value] : o.value;
      if (isFieldPath(q.field) && !fieldSchema(q.field).safeParse(candidate).success) {
        add(`questions[${qi}].options[${oi}].value`, 'invalid-option', `${JSON.stringify(o.value)} is not a valid value for ${q.field}.`);
      }
    });
  });

  const placed = new Map<string, string>();
  const questionIds = new Set(def.questions.map((q) => q.id));
  def.pages.forEach((page, pi) =>
    page.questions.forEach((qid, qi) => {
      const path = `pages[${pi}].questions[${qi}]`;
      if (!questionIds.has(qid)) add(path, 'unknown-question', `No question has id "${qid}".`);
      else if (placed.has(qid)) add(path, 'question-on-two-pages', `Question "${qid}" is already on page "${placed.get(qid)}".`);
      else placed.set(qid, page.id);
    }),
  );
  def.questions.forEach((q, qi) => {
    if (!placed.has(q.id)) add(`questions[${qi}]`, 'question-not-on-page', `Question "${q.id}" is on no page, so it can never be asked.`);
  });

  const checkCondition = (condition: Condition, path: string) => {
    checkConditionValues(def, condition, path, add);
    walkCondition(condition, (ref) => {
      if (ref.field && !questionByField.has(ref.field)) {
        add(path, 'condition-on-unasked-field', `The condition depends on "${ref.field}", which no question asks.`);
      }
      if (ref.condition !== undefined && !conditionIds.has(ref.condition)) {
        add(path, 'unknown-condition', `No named condition "${ref.condition}" in "conditions".`);
      }
      if (ref.service !== undefined && !serviceIds.has(ref.service)) {
        add(path, 'unknown-service', `No service has id "${ref.service}".`);
      }
    });
  };
  for (const [id, condition] of Object.entries(def.conditions ?? {})) checkCondition(condition, `conditions.${id}`);
  def.questions.forEach((q, qi) => q.when && checkCondition(q.when, `questions[${qi}].when`));
  def.pages.forEach((p, pi) => p.when && checkCondition(p.when, `pages[${pi}].when`));
  problems.push(...conditionCycles(def.conditions ?? {}));

  def.services.forEach((service, si) =>
    service.purposes.forEach((purpose, pi) => {
      for (const [list, fields] of [['requires', purpose.requires], ['optional', purpose.optional ?? []]] as const) {
        fields.forEach((field, fi) => {
          const where = `services[${si}].purposes[${pi}].${list}[${fi}]`;
          if (isDeclaredFieldPath(field) && !checkDeclaredRef(def, field, where, add)) return;
          if (!questionByField.has(field)) {
            add(where, 'field-never-asked', `Service "${service.id}" needs "${field}", but no question asks it.`);
          }
        });
      }
    }),
  );
  // Lawful basis and Art 9 conditions: the consent rules' own checks, one source of truth.
  return problems;
}

// The one field answered with the checklist widget: the SafeLives DASH risk checklist.
const CHECKLIST_FIELD: FieldPath = 'risk.dash';

/**
 * A checklist question (`risk.dash`, the only field the checklist widget answers): its
 * `options` are the checklist's items, in order, and the answer is one yes / no / not known
 * per item. The service owns the wording, so the definition must give every item, each
 * with a stable id as its `value`.
 */
function checkChecklist(q: Question, where: string, add: (path: string, code: string, message: string) => void): void {
  if (q.field !== CHECKLIST_FIELD) {
    add(`${where}.widget`, 'checklist-widget', `The checklist widget only answers "${CHECKLIST_FIELD}" (the DASH risk checklist), not "${q.field}": choose another widget.`);
    return;
  }
  if (q.widget !== undefined && q.widget !== 'checklist') {
    add(`${where}.widget`, 'checklist-widget', `"${CHECKLIST_FIELD}" is answered with the checklist: leave "widget" out or set it to "checklist".`);
  }
  const items = q.options ?? [];
  if (items.length !== DASH_QUESTION_COUNT) {
    add(
      q.options ? `${where}.options` : where,
      'checklist-items',
      `The DASH checklist needs its ${DASH_QUESTION_COUNT} questions, in order, as "options" (each { "value": a stable id such as "injury", "label": { "en", "cy" } }); found ${items.length}.`,
    );
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const path = `${where}.options[${i}].value`;
    if (typeof item.value !== 'string' || item.value.trim() === '') {
      add(path, 'checklist-items', `Each checklist question needs a non-empty text id as its value, not ${JSON.stringify(item.value)}.`);
    } else if (seen.has(item.value)) {
      add(path, 'checklist-items', `Duplicate checklist question id "${item.value}": each question needs its own id.`);
    } else seen.add(item.value);
  });
}

/** Named conditions that (directly or through others) refer to themselves. */
function conditionCycles(conditions: Readonly<Record<string, Condition>>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done' || !Object.prototype.hasOwnProperty.call(conditions, id)) return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      problems.push({ path: `conditions.${id}`, code: 'condition-cycle', message: `Conditions refer to each other in a cycle: ${cycle.join(' → ')}.` });
      return;
    }
    state.set(id, 'visiting');
    walkCondition(conditions[id]!, (ref) => ref.condition !== undefined && visit(ref.condition, [...trail, id]));
    state.set(id, 'done');
  };
  for (const id of Object.keys(conditions)) visit(id, []);
  return problems;
}

/**
 * Outcome of checking a definition: the parsed definition, or every problem found. Either
 * way, `warnings` lists what loads but is most likely a mistake (a declared field nothing
 * asks or lists).
 */
export type DefinitionCheck =
  | { readonly ok: true; readonly definition: Definition; readonly problems: readonly []; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[]; readonly warnings: readonly ConfigProblem[] };

/**
 * The first of `checkDefinition`'s two stages: what the engine needs before it can plan
 * and render (the schema, ids, pages, conditions). The second, `checkDefinitionRest`, checks
 * what nothing reads until it is on screen or in a submission: every translation, the
 * consent rules, and what the texts become in consent records. Most of the check's code is
 * in the second (the consent and submission schemas), so a browser can show the first page
 * before it has that code. Anything but such a host wants `checkDefinition`.
 */
export function checkDefinitionStructure(input: unknown): DefinitionCheck {
  const parsed = DefinitionSchema.safeParse(input);
  if (!parsed.success) {
    // Translations are checked on the input itself, so a missing one is named even beside
    // problems that stop the definition from parsing.
    return { ok: false, problems: [...parsed.error.issues.map((issue) => schemaProblem(issue, input)), ...checkTranslations(input)], warnings: [] };
  }
  const semantics = checkSemantics(parsed.data);
  const warnings = unusedDeclaredFields(parsed.data);
  if (semantics.length > 0) return { ok: false, problems: [...checkTranslations(input), ...semantics], warnings };
  return { ok: true, definition: parsed.data, problems: [], warnings };
}
