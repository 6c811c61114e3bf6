import type { Condition } from '../definition/condition.schema.js';
import type { FieldPath } from '../story/fields.js';
import type { NamedConditions } from './conditions.js';
import { indexDefinition, type IndexedPage } from './definition-index.js';
import type { FlowStep, Plan } from './types.js';

/**
 * Where the person is in the whole journey: every question page, the services step, each
 * screen of the consent step and "check your answers" has a place. `total` is given only
 * once no answer still to come (nor the choice of services) can change it, so a total once
 * shown is never taken back ("Step 1 of 2", then "Step 3 of 13" misleads: issue 20).
 */
export interface JourneyProgress {
  /** The step on screen, counting from 1. */
  readonly current: number;
  /** How many steps there are in all; absent while that is not yet known. */
  readonly total?: number;
}

/** How many screens the consent step has for this person, and which answers decide that. */
export interface ConsentScreens {
  readonly count: number;
  /** Fields whose answers decide `count`: while one is still to be answered, the total is unknown. */
  readonly decidedBy: readonly FieldPath[];
}

/** The step on screen, and on the consent step which of its screens (0-based). */
export interface JourneyPlace {
  readonly step: FlowStep;
  readonly consentScreen?: number;
}

/** The fields a condition reads, following named conditions (once each: cycles are refused at load). */
function conditionFields(condition: Condition, named: NamedConditions, into: Set<FieldPath>, seen = new Set<string>()): Set<FieldPath> {
  if ('equals' in condition) into.add(condition.equals.field);
  else if ('oneOf' in condition) into.add(condition.oneOf.field);
  else if ('includes' in condition) into.add(condition.includes.field);
  else if ('answered' in condition) into.add(condition.answered);
  else if ('compare' in condition) into.add(condition.compare.field);
  else if ('date' in condition) into.add(condition.date.field);
  else if ('age' in condition) into.add(condition.age.field ?? 'person.dateOfBirth');
  else if ('not' in condition) conditionFields(condition.not, named, into, seen);
  else if ('all' in condition) condition.all.forEach((c) => conditionFields(c, named, into, seen));
  else if ('any' in condition) condition.any.forEach((c) => conditionFields(c, named, into, seen));
  else if ('condition' in condition && !seen.has(condition.condition)) {
    seen.add(condition.condition);
    const target = named[condition.condition];
    if (target) conditionFields(target, named, into, seen);
  }
  return into;
}

const readsAny = (condition: Condition | undefined, named: NamedConditions, open: ReadonlySet<FieldPath>): boolean =>
  !!condition && [...conditionFields(condition, named, new Set())].some((field) => open.has(field));

/**
 * True when answers still to come cannot change the number of pages: no page's condition,
 * and no question's condition that could empty or fill a page, reads a field asked on the
 * page on screen or later (`open`). (Answers already given stay as they are going forward; going
 * back to change them is a new journey through the same steps.)
 */
function pagesAreFinal(plan: Plan, open: ReadonlySet<FieldPath>): boolean {
  if (open.size === 0) return true;
  const named = plan.definition.conditions ?? {};
  const { pages } = indexDefinition(plan.definition);
  // A planned page with a question that has no condition stays whatever later answers say.
  const anchored = (page: IndexedPage) =>
    plan.pages.find((p) => p.page.id === page.page.id)?.questions.some((q) => !q.question.when) ?? false;
  return pages.every(
    (page) =>
      !readsAny(page.page.when, named, open) &&
      (anchored(page) || page.questions.every((q) => !readsAny(q.question.when, named, open))),
  );
}

/**
 * The place of `place` in the journey through `plan`: front-door pages, the services step,
 * the question pages, the consent step's screens, then "check your answers". Undefined for
 * steps outside the count (sending, sent, not sent yet) and for a page not in the plan.
 *
 * The total is shown only after the services are chosen and the services step is behind the
 * person, and only when no answer still to come changes how many pages or consent screens
 * there are. Pure; the same for every language.
 */
export function journeyProgress(plan: Plan, place: JourneyPlace, consent: ConsentScreens): JourneyProgress | undefined {
  const before = plan.pages.filter((p) => p.beforeServices);
  const after = plan.pages.filter((p) => !p.beforeServices);
  const servicesAt = before.length;
  const consentAt = servicesAt + 1 + after.length;
  const total = consentAt + consent.count + 1;
  const { step } = place;
  let index: number;
  let pagesFrom: number;
  switch (step.kind) {
    case 'page': {
      const at = plan.pages.findIndex((p) => p.page.id === step.pageId);
      if (at === -1) return undefined;
      const page = plan.pages[at]!;
      index = page.beforeServices ? before.indexOf(page) : servicesAt + 1 + after.indexOf(page);
      if (page.beforeServices) return { current: index + 1 };
      pagesFrom = at;
      break;
    }
    case 'services':
      return { current: servicesAt + 1 };
    case 'privacy-and-consent':
      index = consentAt + Math.min(Math.max(place.consentScreen ?? 0, 0), consent.count - 1);
      pagesFrom = plan.pages.length;
      break;
    case 'check-answers':
      index = consentAt + consent.count;
      pagesFrom = plan.pages.length;
      break;
    default:
      return undefined;
  }
  // The fields still to be asked: the page on screen and those after it.
  const open = new Set<FieldPath>(plan.pages.slice(pagesFrom).flatMap((p) => p.questions.map((q) => q.question.field)));
  const known = plan.chosenServices.length > 0 && pagesAreFinal(plan, open) && !consent.decidedBy.some((field) => open.has(field));
  return known ? { current: index + 1, total } : { current: index + 1 };
}
