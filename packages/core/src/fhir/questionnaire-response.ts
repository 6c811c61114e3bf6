import { declaredFieldOf, fieldOrderOf } from '../definition/declared-fields.js';
import { canHold } from '../definition/declared-value.js';
import type { Definition, Question } from '../definition/definition.schema.js';
import { FIELD_PATHS, isDeclaredFieldPath, isFieldPath, storyFromAnswers, valueAt, type Answers, type FieldPath } from '../story/fields.js';
import { StorySchema, type Story } from '../story/story.schema.js';
import { shapeOf, type GroupShape, type ListShape, type Shape } from './field-shapes.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, Reference, ResponseAnswer, ResponseItem } from './resources.js';

/** Options of {@link storyToQuestionnaireResponse}. */
export interface ResponseOptions {
  readonly id?: string;
  readonly subject?: Reference;
  readonly author?: Reference;
  readonly source?: Reference;
  /** When the answers were given (ISO date-time). */
  readonly authored?: string;
  readonly identifier?: { readonly system: string; readonly value: string };
}

/**
 * Writes a Story's answers as a QuestionnaireResponse to `questionnaire` (from
 * {@link definitionToQuestionnaire}), nested exactly as its items are. Only fields the
 * Questionnaire asks are written, and only those the Story holds: pass a disclosed Story
 * and the response holds what the service received, nothing more.
 */
export function storyToQuestionnaireResponse(questionnaire: Questionnaire, story: Story, options: ResponseOptions = {}): QuestionnaireResponse {
  const items = questionnaire.item.flatMap((item) => writeItem(item, story));
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id && { id: options.id }),
    ...(questionnaire.language && { language: questionnaire.language }),
    ...(options.identifier && { identifier: options.identifier }),
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: 'completed',
    ...(options.subject && { subject: options.subject }),
    ...(options.authored && { authored: options.authored }),
    ...(options.author && { author: options.author }),
    ...(options.source && { source: options.source }),
    ...(items.length > 0 && { item: items }),
  };
}

const isAnyFieldPath = (linkId: string): linkId is FieldPath => isFieldPath(linkId) || isDeclaredFieldPath(linkId);

/** Page groups (and any other non-field group) hold field items. */
function writeItem(item: QuestionnaireItem, story: Story): ResponseItem[] {
  if (isAnyFieldPath(item.linkId)) {
    const value = valueAt(story, item.linkId);
    return value === undefined ? [] : writeValue(item, value);
  }
  if (item.type !== 'group') return [];
  const children = (item.item ?? []).flatMap((child) => writeItem(child, story));
  return children.length === 0 ? [] : [{ linkId: item.linkId, ...(item.text && { text: item.text }), item: children }];
}

/** The response item(s) of one Questionnaire item holding `value` (a Story value). */
function writeValue(item: QuestionnaireItem, value: unknown): ResponseItem[] {
  const base = { linkId: item.linkId, ...(item.text && { text: item.text }) };
  const questions = (item.item ?? []).filter((child) => child.type !== 'display');
  // An empty list is an answer too ("no one else lives here"): an item with nothing in it.
  if (Array.isArray(value) && value.length === 0 && item.repeats) return [base];
  if (item.type === 'group') {
    if (Array.isArray(value) && item.repeats) return value.flatMap((entry) => writeValue({ ...item, repeats: false }, entry));
    // A fixed list (DASH): the n-th child answers the n-th value.
    const part = (child: QuestionnaireItem, i: number): unknown =>
      Array.isArray(value) ? value[i] : (value as Record<string, unknown>)[lastSegment(child.linkId)];
    const children = questions.flatMap((child, i) => {
      const childValue = part(child, i);
      return childValue === undefined ? [] : writeValue(child, childValue);
    });
    return children.length === 0 && !item.repeats ? [] : [{ ...base, item: children }];
  }
  const values = Array.isArray(value) ? value : [value];
  return [{ ...base, answer: values.map((v) => answerOf(item, v)) }];
}

function answerOf(item: QuestionnaireItem, value: unknown): ResponseAnswer {
  switch (item.type) {
    case 'choice': {
      const coding = item.answerOption?.find((o) => o.valueCoding?.code === String(value))?.valueCoding;
      return { valueCoding: coding ?? { code: String(value) } };
    }
    case 'boolean':
      return { valueBoolean: value as boolean };
    case 'integer':
      return { valueInteger: value as number };
    case 'decimal':
      // Money: whole pence in the Story, pounds in FHIR.
      return { valueDecimal: (value as number) / 100 };
    case 'date':
      return { valueDate: value as string };
    default:
      return { valueString: value as string };
  }
}

const lastSegment = (linkId: string): string => linkId.slice(linkId.lastIndexOf('.') + 1);

/** Something in a QuestionnaireResponse that could not become part of a Story. */
export interface ResponseReadIssue {
  /** Where: the linkId path (`household.members[1].name`) or Story path. */
  readonly path: string;
  readonly code: 'unknown-item' | 'repeated' | 'wrong-type' | 'unknown-code' | 'incomplete' | 'invalid';
  /** What was expected, for the developer. */
  readonly message: string;
}

/** What {@link questionnaireResponseToStory} read. */
export interface ResponseRead {
  /** The Story the response holds: only values that pass the Story's own rules. */
  readonly story: Story;
  readonly issues: readonly ResponseReadIssue[];
}

/**
 * Reads a QuestionnaireResponse to a OneStory Questionnaire back into a Story: from
 * OneStory itself or from any form filler (LHC-Forms, a trust's own system). Items are
 * found by linkId, whatever groups hold them. Nothing is guessed: an unknown item, a code
 * that is not an answer option, or a value that breaks a Story rule is reported in
 * `issues` and left out of the Story. Give the definition to read the DASH checklist's
 * items in its order; without it, the response's order is used.
 */
export function questionnaireResponseToStory(response: QuestionnaireResponse, definition?: Definition): ResponseRead {
  const issues: ResponseReadIssue[] = [];
  const byField = new Map<FieldPath, ResponseItem[]>();
  const collect = (items: readonly ResponseItem[] | undefined, path: string) => {
    for (const item of items ?? []) {
      if (isAnyFieldPath(item.linkId)) {
        const list = byField.get(item.linkId) ?? [];
        list.push(item);
        byField.set(item.linkId, list);
      } else if (item.item && !item.answer) {
        collect(item.item, `${path}${item.linkId}/`);
      } else if (!item.linkId.endsWith('.hint')) {
        issues.push({ path: `${path}${item.linkId}`, code: 'unknown-item', message: 'expected a OneStory Story field path as linkId, or a group holding them' });
      }
    }
  };
  collect(response.item, '');

  const questions = new Map<FieldPath, Question>((definition?.questions ?? []).map((q) => [q.field, q]));
  const order = definition ? fieldOrderOf(definition) : FIELD_PATHS;
  const answers: Record<string, unknown> = {};
  for (const field of byField.keys()) {
    if (!order.includes(field)) issues.push({ path: field, code: 'unknown-item', message: 'a declared field the definition does not declare' });
  }
  for (const field of order) {
    const items = byField.get(field);
    if (!items) continue;
    const value = read(shapeOf(field, questions.get(field), definition), items, field, issues);
    if (value !== undefined) answers[field] = value;
  }
  return { story: keepValid(answers, definition, issues), issues };
}

/** The Story of `answers`, without the fields whose value breaks a rule (each reported). */
function keepValid(answers: Record<string, unknown>, definition: Definition | undefined, issues: ResponseReadIssue[]): Story {
  const bad = new Set<string>();
  for (const [field, value] of Object.entries(answers)) {
    const declared = definition && isDeclaredFieldPath(field) ? declaredFieldOf(definition, field) : undefined;
    if (declared && !canHold(declared, value)) {
      bad.add(field);
      issues.push({ path: field, code: 'invalid', message: `breaks the rule of the declared ${declared.type} field` });
    }
  }
  const parsed = StorySchema.safeParse(storyFromAnswers(answers as Answers));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const field = Object.keys(answers).find((f) => path === f || path.startsWith(`${f}.`)) ?? path;
      bad.add(field);
      issues.push({ path, code: 'invalid', message: `breaks the Story's rule (${issue.message})` });
    }
  }
  const kept = Object.fromEntries(Object.entries(answers).filter(([field]) => !bad.has(field)));
  return StorySchema.parse(storyFromAnswers(kept as Answers));
}

function read(shape: Shape, items: readonly ResponseItem[], path: string, issues: ResponseReadIssue[]): unknown {
  if (shape.kind === 'group' && shape.repeats) {
    const entries = items.filter((item) => (item.item ?? []).length > 0);
    return entries.map((item, i) => readGroup(shape, item, `${path}[${i}]`, issues));
  }
  if (items.length > 1) {
    issues.push({ path, code: 'repeated', message: 'expected one item with this linkId; the first is read' });
  }
  const item = items[0]!;
  if (shape.kind === 'group') return readGroup(shape, item, path, issues);
  if (shape.kind === 'list') return readList(shape, item, path, issues);
  return readAnswers(shape, item.answer ?? [], path, issues);
}

function readAnswers(shape: Shape, answers: readonly ResponseAnswer[], path: string, issues: ResponseReadIssue[]): unknown {
  const repeats = shape.kind === 'choice' && shape.repeats === true;
  if (answers.length === 0) return repeats ? [] : undefined;
  if (!repeats && answers.length > 1) {
    issues.push({ path, code: 'repeated', message: 'expected one answer; the first is read' });
  }
  const values = (repeats ? answers : answers.slice(0, 1)).map((answer) => readAnswer(shape, answer, path, issues));
  if (values.some((v) => v === undefined)) return undefined;
  return repeats ? values : values[0];
}

function readAnswer(shape: Shape, answer: ResponseAnswer, path: string, issues: ResponseReadIssue[]): unknown {
  const wrong = (expected: string) => {
    issues.push({ path, code: 'wrong-type', message: `expected ${expected}` });
    return undefined;
  };
  switch (shape.kind) {
    case 'choice': {
      // Some form fillers send an open choice as a string; the code is what counts.
      const code = answer.valueCoding?.code ?? answer.valueString;
      if (code === undefined) return wrong('valueCoding with a code');
      if (!shape.options.some((o) => o.code === code)) {
        issues.push({ path, code: 'unknown-code', message: `"${code}" is not an answer option; expected one of ${shape.options.map((o) => o.code).join(', ')}` });
        return undefined;
      }
      return code;
    }
    case 'boolean':
      return typeof answer.valueBoolean === 'boolean' ? answer.valueBoolean : wrong('valueBoolean');
    case 'integer':
      return typeof answer.valueInteger === 'number' ? answer.valueInteger : wrong('valueInteger');
    case 'money': {
      if (typeof answer.valueDecimal !== 'number') return wrong('valueDecimal (pounds)');
      const pence = Math.round(answer.valueDecimal * 100);
      return Math.abs(answer.valueDecimal * 100 - pence) < 1e-6 ? pence : wrong('pounds and pence, at most two decimal places');
    }
    case 'date':
      return typeof answer.valueDate === 'string' ? answer.valueDate : wrong('valueDate (YYYY-MM-DD)');
    default:
      return typeof answer.valueString === 'string' ? answer.valueString : wrong('valueString');
  }
}

function readGroup(shape: GroupShape, item: ResponseItem, path: string, issues: ResponseReadIssue[]): Record<string, unknown> | undefined {
  const value: Record<string, unknown> = {};
  const children = item.item ?? [];
  for (const child of children) {
    if (!shape.children.some((c) => `${item.linkId}.${c.key}` === child.linkId)) {
      issues.push({ path: `${path}.${lastSegment(child.linkId)}`, code: 'unknown-item', message: `expected one of ${shape.children.map((c) => `${item.linkId}.${c.key}`).join(', ')}` });
    }
  }
  for (const part of shape.children) {
    const linkId = `${item.linkId}.${part.key}`;
    const found = children.filter((c) => c.linkId === linkId);
    const partValue = found.length === 0 ? undefined : read(part.shape, found, `${path}.${part.key}`, issues);
    if (partValue !== undefined) value[part.key] = partValue;
  }
  // Household roles are a list the Story always has, empty when none apply.
  if (item.linkId === 'household.members' && value['roles'] === undefined) value['roles'] = [];
  return Object.keys(value).length === 0 ? undefined : value;
}

function readList(shape: ListShape, item: ResponseItem, path: string, issues: ResponseReadIssue[]): unknown {
  const children = item.item ?? [];
  const known = shape.items.map((entry) => `${item.linkId}.${entry.key}`);
  const ordered = known.some((linkId) => children.some((c) => c.linkId === linkId))
    ? known.map((linkId) => children.find((c) => c.linkId === linkId))
    : children;
  const values = ordered.map((child) => (child ? readAnswers({ kind: 'choice', options: shape.options, control: 'radio-button' }, child.answer ?? [], `${path}.${lastSegment(child.linkId)}`, issues) : undefined));
  if (values.some((v) => v === undefined)) {
    issues.push({ path, code: 'incomplete', message: `expected an answer to each of the ${ordered.length} questions; the checklist is left out` });
    return undefined;
  }
  return values;
}
