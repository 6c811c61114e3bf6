import type { Condition, Scalar } from '../definition/condition.schema.js';
import { ConfigError } from '../errors.js';
import type { Answers, FieldPath } from '../story/fields.js';
import { ageOn, isIsoDate, type IsoDate } from '../story/rules.js';

/**
 * What a condition can see while it is evaluated. The planner supplies a scope that shows
 * only answers that count so far, so an answer to a hidden question never shows another one.
 */
export interface ConditionScope {
  /** The value of a field (parsed stage), or `undefined` when it has no answer that counts. */
  value(field: FieldPath): unknown;
  /** True when the person has chosen the service. */
  serviceChosen(serviceId: string): boolean;
  /** Today's date, injected so that ages and date conditions are deterministic. */
  readonly today: IsoDate;
}

/** A condition turned into a function: plain closures over plain data, never generated code. */
export type ConditionPredicate = (scope: ConditionScope) => boolean;

/** Named conditions of a definition (`definition.conditions`). */
export type NamedConditions = Readonly<Record<string, Condition>>;

// Lists whose empty value is itself an answer: "nobody else" for the household, said on
// purpose by someone who lives alone. Elsewhere an empty list (no box ticked) is no answer.
const EMPTY_LIST_ANSWERS: ReadonlySet<string> = new Set<FieldPath>(['household.members']);

/**
 * True when a value counts as an answer: not missing, not a blank string, not an empty
 * list (except for `household.members`, where an empty list says "nobody else").
 * Conditions, required checks and completeness all use this one rule: pass the field.
 */
export function isAnswered(value: unknown, field?: FieldPath): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0 || (field !== undefined && EMPTY_LIST_ANSWERS.has(field));
  return true;
}

type Op = 'lt' | 'lte' | 'gt' | 'gte';

function holds<T extends number | string>(left: T, op: Op, right: T): boolean {
  switch (op) {
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is IsoDate => typeof value === 'string' && isIsoDate(value);
const ALWAYS_FALSE: ConditionPredicate = () => false;

/**
 * Compiles conditions of one definition. Named conditions are compiled once and shared;
 * a cycle among them (which `loadDefinition` already rejects) throws a {@link ConfigError}
 * here instead of recursing for ever.
 */
class ConditionCompiler {
  private readonly compiledNamed = new Map<string, ConditionPredicate>();
  private readonly compiling = new Set<string>();

  constructor(private readonly named: NamedConditions) {}

  compile(condition: Condition): ConditionPredicate {
    if ('equals' in condition) {
      const { field, value } = condition.equals;
      return (scope) => scope.value(field) === value;
    }
    if ('oneOf' in condition) {
      const { field } = condition.oneOf;
      const values = new Set<Scalar>(condition.oneOf.values);
      return (scope) => values.has(scope.value(field) as Scalar);
    }
    if ('includes' in condition) {
      const { field, value } = condition.includes;
      return (scope) => {
        const answer = scope.value(field);
        return Array.isArray(answer) && answer.includes(value);
      };
    }
    if ('answered' in condition) {
      const field = condition.answered;
      return (scope) => isAnswered(scope.value(field), field);
    }
    if ('compare' in condition) {
      const { field, op, value } = condition.compare;
      return (scope) => {
        const answer = scope.value(field);
        return isNumber(answer) && holds(answer, op, value);
      };
    }
    if ('date' in condition) {
      const { field, op, value } = condition.date;
      // ISO dates compare correctly as strings.
      return (scope) => {
        const answer = scope.value(field);
        return isDate(answer) && holds(answer, op, value === 'today' ? scope.today : value);
      };
    }
    if ('age' in condition) {
      const { op, value } = condition.age;
      const field = condition.age.field ?? 'person.dateOfBirth';
      return (scope) => {
        const dateOfBirth = scope.value(field);
        return isDate(dateOfBirth) && holds(ageOn(dateOfBirth, scope.today), op, value);
      };
    }
    if ('serviceChosen' in condition) {
      const serviceId = condition.serviceChosen;
      return (scope) => scope.serviceChosen(serviceId);
    }
    if ('condition' in condition) return this.compileNamed(condition.condition);
    if ('not' in condition) {
      const inner = this.compile(condition.not);
      return (scope) => !inner(scope);
    }
    if ('all' in condition) {
      const parts = condition.all.map((c) => this.compile(c));
      return (scope) => parts.every((part) => part(scope));
    }
    if ('any' in condition) {
      const parts = condition.any.map((c) => this.compile(c));
      return (scope) => parts.some((part) => part(scope));
    }
    // Unreachable for a definition that passed loadDefinition; fail closed.
    return ALWAYS_FALSE;
  }

  private compileNamed(id: string): ConditionPredicate {
    const done = this.compiledNamed.get(id);
    if (done) return done;
    if (!Object.prototype.hasOwnProperty.call(this.named, id)) {
      throw new ConfigError('A condition refers to an unknown named condition.', [
        { path: `conditions.${id}`, code: 'unknown-condition', message: `No named condition "${id}" in "conditions".` },
      ]);
    }
    if (this.compiling.has(id)) {
      throw new ConfigError('Named conditions refer to each other in a cycle.', [
        { path: `conditions.${id}`, code: 'condition-cycle', message: `"${id}" depends on itself: ${[...this.compiling, id].join(' → ')}.` },
      ]);
    }
    this.compiling.add(id);
    let predicate: ConditionPredicate;
    try {
      predicate = this.compile(this.named[id]!);
    } finally {
      this.compiling.delete(id);
    }
    this.compiledNamed.set(id, predicate);
    return predicate;
  }
}

const compilers = new WeakMap<NamedConditions, ConditionCompiler>();
const NO_NAMED: NamedConditions = Object.freeze({});

/**
 * Turns a declarative condition into a predicate. `named` are the definition's named
 * conditions (`{ "condition": "name" }` refers to them). Compilers are cached per `named`
 * object, so each named condition is compiled once per definition.
 *
 * Semantics: a comparison with a missing answer (or one of the wrong type) is false, never
 * an error; `not` of it is therefore true. `age` counts whole years from
 * `person.dateOfBirth` (or the given field) to the injected `today`. `date` compares ISO
 * dates; `"today"` means the injected today.
 */
export function compileCondition(condition: Condition, named: NamedConditions = NO_NAMED): ConditionPredicate {
  let compiler = compilers.get(named);
  if (!compiler) {
    compiler = new ConditionCompiler(named);
    compilers.set(named, compiler);
  }
  return compiler.compile(condition);
}

/** Everything {@link evaluateCondition} needs. */
export interface ConditionContext {
  /** Answers that count (parsed stage). */
  readonly answers: Answers;
  /** Ids of the chosen services. */
  readonly chosenServices: readonly string[];
  /** Today's date. */
  readonly today: IsoDate;
  /** The definition's named conditions. */
  readonly conditions?: NamedConditions;
}

/** Evaluates one condition against plain answers (see {@link compileCondition} for the rules). */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  const answers = context.answers as Readonly<Record<string, unknown>>;
  const chosen = new Set(context.chosenServices);
  return compileCondition(condition, context.conditions)({
    value: (field) => (Object.prototype.hasOwnProperty.call(answers, field) ? answers[field] : undefined),
    serviceChosen: (id) => chosen.has(id),
    today: context.today,
  });
}

/**
 * True when the condition, directly or through named conditions, depends on which
 * services are chosen. Questions behind such conditions cannot be asked before the
 * services step.
 */
export function dependsOnServices(condition: Condition, named: NamedConditions = NO_NAMED, seen = new Set<string>()): boolean {
  if ('serviceChosen' in condition) return true;
  if ('not' in condition) return dependsOnServices(condition.not, named, seen);
  if ('all' in condition) return condition.all.some((c) => dependsOnServices(c, named, seen));
  if ('any' in condition) return condition.any.some((c) => dependsOnServices(c, named, seen));
  if ('condition' in condition) {
    const id = condition.condition;
    if (seen.has(id) || !Object.prototype.hasOwnProperty.call(named, id)) return false;
    seen.add(id);
    return dependsOnServices(named[id]!, named, seen);
  }
  return false;
}
