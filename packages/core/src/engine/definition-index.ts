import type { DeclaredField } from '../definition/declared-field.schema.js';
import { declaredFieldOf } from '../definition/declared-fields.js';
import type { Definition, Page, Question } from '../definition/definition.schema.js';
import type { Service } from '../definition/service.schema.js';
import type { FieldPath } from '../story/fields.js';
import { compileCondition, dependsOnServices, type ConditionPredicate, type NamedConditions } from './conditions.js';

/** A question with what planning needs precomputed. */
export interface IndexedQuestion {
  readonly question: Question;
  readonly field: FieldPath;
  readonly when: ConditionPredicate | null;
  /** No service lists its field: it is asked whatever services are chosen. */
  readonly frontDoor: boolean;
  /**
   * Its field decides whether a service is open to the person (age, area): it is asked
   * whatever services are chosen, so the services step can say what the person can use.
   * So is who is filling in, which decides how those questions are worded.
   */
  readonly decidesEligibility: boolean;
  /** The declaration of its field, for a declared field. */
  readonly declared: DeclaredField | undefined;
}

/** A page with its questions and compiled condition. */
export interface IndexedPage {
  readonly page: Page;
  /** Position in the order pages are asked (the definition's, pages deciding eligibility first). */
  readonly order: number;
  readonly when: ConditionPredicate | null;
  readonly questions: readonly IndexedQuestion[];
  /**
   * Asked before the services step: the leading run of front-door pages, then the pages
   * that ask only what decides eligibility (moved up from where the definition has them).
   */
  readonly beforeServices: boolean;
}

/** What the chosen services need, by field. */
export interface ServiceNeeds {
  /** Known chosen service ids, in the order given, without repeats. */
  readonly chosen: readonly string[];
  readonly chosenSet: ReadonlySet<string>;
  /** Chosen services that list each field (requires or optional, any purpose). */
  readonly neededBy: ReadonlyMap<FieldPath, readonly string[]>;
  /** Fields a chosen service's core purpose requires. */
  readonly required: ReadonlySet<FieldPath>;
  /** Per chosen service, the fields its core purposes require. */
  readonly coreRequiredByService: readonly (readonly [string, readonly FieldPath[]])[];
}

/** Everything about a definition that does not change while a person answers. */
export interface DefinitionIndex {
  readonly definition: Definition;
  readonly pages: readonly IndexedPage[];
  readonly pageById: ReadonlyMap<string, IndexedPage>;
  readonly questionById: ReadonlyMap<string, IndexedQuestion>;
  readonly serviceById: ReadonlyMap<string, Service>;
  /** Needs of a choice of services, keyed by the chosen ids; filled as choices are seen. */
  readonly needsCache: Map<string, ServiceNeeds>;
}

const indexes = new WeakMap<Definition, DefinitionIndex>();

/** The Story fields some service's eligibility is decided on: date of birth (age), address (area). */
function eligibilityFields(definition: Definition): ReadonlySet<FieldPath> {
  const fields = new Set<FieldPath>();
  for (const { eligibility } of definition.services) {
    if (eligibility?.minAge !== undefined || eligibility?.maxAge !== undefined) fields.add('person.dateOfBirth');
    if (eligibility?.postcodePrefixes?.length) fields.add('contact.address');
  }
  // Who is filling in decides how those questions are worded ("What is their date of
  // birth?" to a professional): when they move up, it moves up with them, ahead of them.
  if (fields.size > 0) fields.add('referrer.type');
  return fields;
}

/**
 * The index of a definition, built once per definition object and cached (a definition is
 * treated as immutable once loaded), so re-planning after each answer does no set-up work.
 */
export function indexDefinition(definition: Definition): DefinitionIndex {
  const cached = indexes.get(definition);
  if (cached) return cached;

  const named: NamedConditions = definition.conditions ?? {};
  const listed = new Set<FieldPath>();
  for (const service of definition.services) {
    for (const purpose of service.purposes) {
      purpose.requires.forEach((f) => listed.add(f));
      purpose.optional?.forEach((f) => listed.add(f));
    }
  }
  const questionsById = new Map(definition.questions.map((q) => [q.id, q]));
  const questionById = new Map<string, IndexedQuestion>();
  const deciding = eligibilityFields(definition);
  let leading = true;
  const inDefinitionOrder = definition.pages.map((page, order): IndexedPage => {
    const questions = page.questions.flatMap((id) => {
      const question = questionsById.get(id);
      if (!question || questionById.has(id)) return [];
      const indexed: IndexedQuestion = {
        question,
        field: question.field,
        when: question.when ? compileCondition(question.when, named) : null,
        frontDoor: !listed.has(question.field),
        decidesEligibility: deciding.has(question.field),
        declared: declaredFieldOf(definition, question.field),
      };
      questionById.set(id, indexed);
      return [indexed];
    });
    const frontDoorOnly =
      questions.length > 0 &&
      questions.every((q) => q.frontDoor && !(q.question.when && dependsOnServices(q.question.when, named))) &&
      !(page.when && dependsOnServices(page.when, named));
    leading = leading && frontDoorOnly;
    return { page, order, when: page.when ? compileCondition(page.when, named) : null, questions, beforeServices: leading };
  });
  // A page asking only what decides eligibility, with no condition (moving it could change
  // what a condition sees), comes up to just before the services step.
  const decidesEligibility = (p: IndexedPage) =>
    !p.beforeServices &&
    !p.when &&
    p.questions.some((q) => q.decidesEligibility) &&
    p.questions.every((q) => (q.frontDoor || q.decidesEligibility) && !q.when);
  const pages = [
    ...inDefinitionOrder.filter((p) => p.beforeServices),
    ...inDefinitionOrder.filter(decidesEligibility).map((p) => ({ ...p, beforeServices: true })),
    ...inDefinitionOrder.filter((p) => !p.beforeServices && !decidesEligibility(p)),
  ].map((p, order) => ({ ...p, order }));

  const index: DefinitionIndex = {
    definition,
    pages,
    pageById: new Map(pages.map((p) => [p.page.id, p])),
    questionById,
    serviceById: new Map(definition.services.map((s) => [s.id, s])),
    needsCache: new Map(),
  };
  indexes.set(definition, index);
  return index;
}

const NEEDS_CACHE_LIMIT = 256;

/** What a choice of services needs; cached per distinct choice. */
export function serviceNeeds(index: DefinitionIndex, chosenServices: readonly string[]): ServiceNeeds {
  const key = chosenServices.join('\u0000');
  const cached = index.needsCache.get(key);
  if (cached) return cached;

  const chosen = [...new Set(chosenServices)].filter((id) => index.serviceById.has(id));
  const neededBy = new Map<FieldPath, string[]>();
  const required = new Set<FieldPath>();
  const coreRequiredByService = chosen.map((id) => {
    const service = index.serviceById.get(id)!;
    const fields = new Set<FieldPath>();
    const coreRequired = new Set<FieldPath>();
    for (const purpose of service.purposes) {
      for (const field of [...purpose.requires, ...(purpose.optional ?? [])]) fields.add(field);
      if (purpose.core) purpose.requires.forEach((f) => coreRequired.add(f));
    }
    for (const field of fields) {
      const list = neededBy.get(field);
      if (list) list.push(id);
      else neededBy.set(field, [id]);
    }
    coreRequired.forEach((f) => required.add(f));
    return [id, [...coreRequired]] as const;
  });

  const needs: ServiceNeeds = { chosen, chosenSet: new Set(chosen), neededBy, required, coreRequiredByService };
  // A person changes their choice a handful of times; the limit only guards odd callers.
  if (index.needsCache.size >= NEEDS_CACHE_LIMIT) index.needsCache.clear();
  index.needsCache.set(key, needs);
  return needs;
}
