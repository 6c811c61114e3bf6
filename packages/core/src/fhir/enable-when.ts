import type { Condition, Scalar } from '../definition/condition.schema.js';
import type { FieldPath } from '../story/fields.js';
import type { Shape } from './field-shapes.js';
import type { EnableWhen } from './resources.js';

/** What a condition becomes in a Questionnaire. */
export type Translated =
  | { readonly kind: 'always' }
  | { readonly kind: 'when'; readonly behavior: 'all' | 'any'; readonly enableWhen: readonly EnableWhen[] }
  | { readonly kind: 'inexpressible'; readonly reason: string };

/** What the translator knows about the items written so far. */
export interface EnableWhenScope {
  /** The shape of a field asked by an item written before this one, or undefined. */
  readonly earlierItem: (field: FieldPath) => Shape | undefined;
  /** A field the Questionnaire asks at all (earlier or later). */
  readonly askedAnywhere: (field: FieldPath) => boolean;
  /** The coding system of a field's coded answers. */
  readonly codeSystem: (field: FieldPath) => string;
  /** The definition's named conditions. */
  readonly named: Readonly<Record<string, Condition>>;
  /** The service this Questionnaire is for (its own `serviceChosen` is always true). */
  readonly serviceId?: string;
}

type Operator = EnableWhen['operator'];
const NEGATED: Record<Operator, Operator | undefined> = { '=': '!=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<', exists: undefined };
const COMPARISON: Record<'lt' | 'lte' | 'gt' | 'gte', Operator> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

const always: Translated = { kind: 'always' };
const no = (reason: string): Translated => ({ kind: 'inexpressible', reason });
const leaf = (enableWhen: EnableWhen): Translated => ({ kind: 'when', behavior: 'all', enableWhen: [enableWhen] });

/**
 * Translates a definition condition into `enableWhen`, or says why it cannot be. FHIR R4's
 * `enableWhen` is a flat list joined by one `enableBehavior`, compares one item's answer
 * with a constant, and knows nothing of today's date or of which services were chosen: a
 * condition needing more than that is reported, never approximated.
 */
export function translateCondition(condition: Condition, scope: EnableWhenScope): Translated {
  return translate(condition, scope, new Set());
}

function translate(condition: Condition, scope: EnableWhenScope, seen: Set<string>): Translated {
  if ('condition' in condition) {
    const named = scope.named[condition.condition];
    if (!named || seen.has(condition.condition)) return no(`the named condition "${condition.condition}" cannot be resolved`);
    return translate(named, scope, new Set([...seen, condition.condition]));
  }
  if ('serviceChosen' in condition) {
    if (scope.serviceId !== undefined && condition.serviceChosen === scope.serviceId) return always;
    return no(`it depends on whether the person chose the service "${condition.serviceChosen}", which is not a question`);
  }
  if ('age' in condition) return no('it compares an age with today, which enableWhen cannot compute');
  if ('date' in condition && condition.date.value === 'today') return no('it compares a date with today, which enableWhen cannot compute');
  if ('not' in condition) return negate(translate(condition.not, scope, seen));
  if ('all' in condition || 'any' in condition) {
    const behavior = 'all' in condition ? 'all' : 'any';
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => translate(c, scope, seen));
    return combine(behavior, parts);
  }
  const [field, build] = comparison(condition);
  const shape = scope.earlierItem(field);
  if (!shape) {
    return scope.askedAnywhere(field)
      ? no(`it reads "${field}", which is asked later (the intake reads a later answer as not given)`)
      : no(`it reads "${field}", which this Questionnaire does not ask`);
  }
  return build(shape, scope.codeSystem(field));
}

type Builder = (shape: Shape, system: string) => Translated;

function comparison(condition: Condition): [FieldPath, Builder] {
  if ('answered' in condition) {
    return [condition.answered, (shape) => (isQuestion(shape) ? leaf({ question: condition.answered, operator: 'exists', answerBoolean: true }) : no(`"${condition.answered}" is a group of questions, not one answer`))];
  }
  if ('equals' in condition) {
    const { field, value } = condition.equals;
    return [field, (shape, system) => (shape.kind === 'choice' && shape.repeats ? no(`"${field}" holds several answers; use includes`) : answer(field, '=', value, shape, system))];
  }
  if ('includes' in condition) {
    const { field, value } = condition.includes;
    // On a repeating item, "=" holds when any of its answers equals the value.
    return [field, (shape, system) => (shape.kind === 'choice' && shape.repeats ? answer(field, '=', value, shape, system) : no(`"${field}" holds one answer, not a list`))];
  }
  if ('oneOf' in condition) {
    const { field, values } = condition.oneOf;
    return [field, (shape, system) => combine('any', values.map((value) => answer(field, '=', value, shape, system)))];
  }
  if ('compare' in condition) {
    const { field, op, value } = condition.compare;
    return [field, (shape, system) => answer(field, COMPARISON[op], value, shape, system)];
  }
  const { field, op, value } = (condition as Extract<Condition, { date: unknown }>).date;
  return [field, (shape, system) => answer(field, COMPARISON[op], value, shape, system)];
}

const isQuestion = (shape: Shape): boolean => shape.kind !== 'group' && shape.kind !== 'list';

/** One comparison of `field`'s answer with `value`, typed as the item's answers are. */
function answer(field: FieldPath, operator: Operator, value: Scalar, shape: Shape, system: string): Translated {
  const base = { question: field, operator };
  switch (shape.kind) {
    case 'choice':
      if (operator !== '=' && operator !== '!=') return no(`"${field}" is a choice; it can only be compared for equality`);
      if (!shape.options.some((o) => o.code === String(value))) return no(`"${String(value)}" is not one of the answers of "${field}"`);
      return leaf({ ...base, answerCoding: { system, code: String(value) } });
    case 'boolean':
      return typeof value === 'boolean' ? leaf({ ...base, answerBoolean: value }) : no(`"${field}" is yes or no`);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? leaf({ ...base, answerInteger: value }) : no(`"${field}" holds a whole number`);
    case 'money':
      // Conditions compare pence; the item holds pounds.
      return typeof value === 'number' ? leaf({ ...base, answerDecimal: value / 100 }) : no(`"${field}" holds an amount of money`);
    case 'date':
      return typeof value === 'string' ? leaf({ ...base, answerDate: value }) : no(`"${field}" holds a date`);
    case 'string':
    case 'text':
      return typeof value === 'string' ? leaf({ ...base, answerString: value }) : no(`"${field}" holds text`);
    default:
      return no(`"${field}" is a group of questions, not one answer`);
  }
}

/** Joins translated parts with `behavior`, when one flat list can say it. */
function combine(behavior: 'all' | 'any', parts: readonly Translated[]): Translated {
  const lists: EnableWhen[] = [];
  for (const part of parts) {
    if (part.kind === 'inexpressible') return part;
    if (part.kind === 'always') {
      if (behavior === 'any') return always;
      continue;
    }
    if (part.enableWhen.length > 1 && part.behavior !== behavior) {
      return no(`it mixes "all" and "any", and enableWhen has one enableBehavior per item`);
    }
    lists.push(...part.enableWhen);
  }
  return lists.length === 0 ? always : { kind: 'when', behavior, enableWhen: lists };
}

/**
 * The negation, by De Morgan's laws. R4 defines "!=" as "no answer equals", which is the
 * intake's `not equals` (and `not includes`) even when nothing is answered; an ordering
 * is false without an answer, where the intake's negated comparison is true, so a negated
 * comparison also holds when the item is unanswered.
 */
function negate(inner: Translated): Translated {
  if (inner.kind === 'inexpressible') return inner;
  if (inner.kind === 'always') return no('it can never hold');
  const flipped = inner.enableWhen.map((e): Translated => {
    if (e.operator === 'exists') return leaf({ ...e, answerBoolean: !e.answerBoolean });
    const operator = NEGATED[e.operator]!;
    const negated = leaf({ ...e, operator });
    if (operator === '=' || operator === '!=') return negated;
    return combine('any', [negated, leaf({ question: e.question, operator: 'exists', answerBoolean: false })]);
  });
  return combine(inner.behavior === 'all' ? 'any' : 'all', flipped);
}
