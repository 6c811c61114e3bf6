import fc from 'fast-check';
import {
  FIELD_PATHS,
  loadDefinition,
  type Answers,
  type Condition,
  type DeclaredField,
  type Definition,
  type FieldPath,
  type StoryFieldPath,
} from '@onestory/core';
import { declaredFieldPath, fieldInfo, isFieldPath } from '@onestory/core/story';
import { dashItems } from '../../support/checklist-items.js';

// Generators of valid intake definitions and of answers, for property tests.

export const TODAY = '2025-06-15';

const address = { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' };
const channel = (safe: boolean) => ({ safe });
const safeContact = { call: channel(true), text: channel(false), email: channel(true), post: channel(false), visit: channel(false), voicemail: false };

const text = (en: string) => ({ en, cy: `${en} (cy)` });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));

/**
 * Declared fields a generated definition may declare, one of each type (and special
 * category ones), with valid and invalid answers for each (parsed stage).
 */
export const DECLARED_POOL: readonly { readonly field: DeclaredField; readonly valid: readonly unknown[]; readonly invalid: readonly unknown[] }[] = [
  { field: { id: 'rentArrears', type: 'money', label: text('Rent arrears'), category: 'needs', min: 0, max: 10_000_000 }, valid: [0, 125050, 999], invalid: [-5, 12.5, '£12'] },
  { field: { id: 'noticeEnds', type: 'date', label: text('Notice ends'), category: 'needs', range: 'future' }, valid: ['2025-09-01', TODAY], invalid: ['2024-01-01', '2025-02-30'] },
  {
    field: { id: 'substances', type: 'multi-choice', label: text('Substances'), category: 'health', specialCategory: 'health', options: options('alcohol', 'cannabis', 'opioids') },
    valid: [['alcohol'], ['cannabis', 'opioids']],
    invalid: [['glue'], 'alcohol'],
  },
  { field: { id: 'inTreatment', type: 'yes-no', label: text('In treatment before'), category: 'health', specialCategory: 'health' }, valid: [true, false], invalid: ['yes'] },
  { field: { id: 'tenure', type: 'choice', label: text('Tenure'), category: 'needs', options: options('own', 'private-rent', 'social-rent') }, valid: ['own', 'social-rent'], invalid: ['castle'] },
  { field: { id: 'childrenCount', type: 'whole-number', label: text('Children'), category: 'household', min: 0, max: 20 }, valid: [0, 3], invalid: [21, 2.5] },
  { field: { id: 'worries', type: 'long-text', label: text('Worries'), category: 'needs' }, valid: ['Some words'], invalid: [42, 'x'.repeat(5001)] },
  { field: { id: 'school', type: 'text', label: text('School'), category: 'needs', maxLength: 60 }, valid: ['Ysgol Gymraeg'], invalid: ['x'.repeat(61)] },
  { field: { id: 'careKnown', type: 'yes-no-not-known', label: text('Known to care'), category: 'needs' }, valid: ['yes', 'no', 'unknown'], invalid: [true] },
  { field: { id: 'faith', type: 'text', label: text('Faith'), category: 'needs', specialCategory: 'religious-or-philosophical-beliefs' }, valid: ['Quaker'], invalid: [''] },
];

const POOL_BY_PATH = new Map(DECLARED_POOL.map((entry) => [declaredFieldPath(entry.field.id), entry]));

/** The generated declaration of a declared path. */
export function declaredInPool(field: FieldPath): (typeof DECLARED_POOL)[number] | undefined {
  return POOL_BY_PATH.get(field as `declared.${string}`);
}

/** True when the field is special category data (a Story field, or one of the pool's declared fields). */
export function isSpecial(field: FieldPath): boolean {
  return isFieldPath(field) ? fieldInfo(field).special : declaredInPool(field)?.field.specialCategory !== undefined;
}

/** Valid values (parsed stage) for a field. */
export function validValues(field: FieldPath): readonly unknown[] {
  const declared = declaredInPool(field);
  if (declared) return declared.valid;
  switch (field) {
    case 'person.dateOfBirth':
      return ['1990-04-01', '2012-09-30', '2009-06-16', '1950-12-31'];
    case 'person.nhsNumber':
      return ['9434765919'];
    case 'contact.address':
      return [address, { ...address, postcode: 'SA1 1AA' }];
    case 'contact.phone':
      return ['07700 900982', '01632 960001'];
    case 'contact.email':
    case 'referrer.secureEmail':
      return ['name@example.com'];
    case 'contact.safeContact':
      return [safeContact];
    case 'access.interpreter':
      return ['none', 'spoken', 'bsl'];
    case 'household.members':
      return [[{ name: 'Sam', relationship: 'child', livesWith: true, roles: ['child'], age: 4 }]];
    case 'needs.domains':
      return [['housing'], ['money', 'care'], ['drugsAlcohol', 'safety', 'health']];
    case 'risk.immediateDanger':
      return ['yes', 'no', 'unknown'];
    case 'risk.dash':
      return [Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 'yes' : 'no'))];
    case 'referrer.type':
      return ['self', 'professional'];
    default:
      return ['Some words', 'Other words'];
  }
}

/** Values a person might enter that are not valid for the field. */
export function invalidValues(field: FieldPath): readonly unknown[] {
  const declared = declaredInPool(field);
  if (declared) return declared.invalid;
  switch (field) {
    case 'person.dateOfBirth':
      return ['2100-01-01', '2009-02-30'];
    case 'contact.phone':
      return ['12345'];
    case 'needs.domains':
      return [['space']];
    default:
      return [42, 'x'.repeat(5001)];
  }
}

const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

type Gen = fc.GeneratorValue;

/** One of `items`, drawn by index: cheaper for fast-check than passing the items themselves. */
export function pick<T>(g: Gen, items: readonly T[]): T {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })]!;
}

/** One of `items`, or undefined when there are none. */
function pickSome<T>(g: Gen, items: readonly T[]): T | undefined {
  return items.length ? pick(g, items) : undefined;
}

/** A random condition over fields asked earlier (conditions look back) and the services. */
function condition(g: Gen, earlier: readonly FieldPath[], services: readonly string[], depth = 0): Condition {
  const kinds = ['serviceChosen', ...(earlier.length ? ['equals', 'oneOf', 'answered', 'includes', 'compare', 'date', 'age'] : []), ...(depth < 2 ? ['not', 'all', 'any'] : [])];
  const kind = pick(g, kinds);
  const field = () => pick(g, earlier);
  const scalarOf = (f: FieldPath) => {
    const scalars = validValues(f).filter(isScalar);
    return scalars.length ? pick(g, scalars) : undefined;
  };
  const op = () => pick(g, ['lt' as const, 'lte' as const, 'gt' as const, 'gte' as const]);
  switch (kind) {
    case 'serviceChosen':
      return { serviceChosen: pick(g, services) };
    // A field holding no scalar (an address, a list) is only tested for being answered:
    // `loadDefinition` refuses a condition on a value the field can never hold.
    case 'equals': {
      const f = field();
      const value = scalarOf(f);
      return value === undefined ? { answered: f } : { equals: { field: f, value } };
    }
    case 'oneOf': {
      const f = field();
      const [a, b] = [scalarOf(f), scalarOf(f)];
      return a === undefined || b === undefined ? { answered: f } : { oneOf: { field: f, values: [a, b] } };
    }
    case 'answered':
      return { answered: field() };
    // Declared fields take only the tests their type has (a compare on a number field…).
    case 'includes': {
      const f = pickSome(g, earlier.filter((e) => e === 'needs.domains' || declaredInPool(e)?.field.type === 'multi-choice'));
      if (f === undefined) return { answered: field() };
      const declared = declaredInPool(f)?.field;
      return { includes: { field: f, value: declared ? pick(g, declared.options!.map((o) => o.value)) : pick(g, ['housing', 'money', 'care']) } };
    }
    case 'compare': {
      const f = pickSome(g, earlier.filter((e) => !declaredInPool(e) || ['whole-number', 'money'].includes(declaredInPool(e)!.field.type)));
      return f === undefined ? { answered: field() } : { compare: { field: f, op: op(), value: g(fc.integer, { min: 0, max: 10 }) } };
    }
    case 'date':
    case 'age': {
      const f = pickSome(g, earlier.filter((e) => !declaredInPool(e) || declaredInPool(e)!.field.type === 'date'));
      if (f === undefined) return { answered: field() };
      if (kind === 'date') return { date: { field: f, op: op(), value: pick(g, ['today', '2009-06-16', '2000-01-01']) } };
      return f === 'person.dateOfBirth' && g(fc.boolean)
        ? { age: { op: op(), value: g(fc.integer, { min: 0, max: 40 }) } }
        : { age: { field: f, op: op(), value: g(fc.integer, { min: 0, max: 40 }) } };
    }
    case 'not':
      return { not: condition(g, earlier, services, depth + 1) };
    default: {
      const parts = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => condition(g, earlier, services, depth + 1));
      return kind === 'all' ? { all: parts } : { any: parts };
    }
  }
}

/**
 * A valid definition (it passes `loadDefinition`): a random set of questions on random
 * pages, 1–4 services listing random fields, about 30% of questions and some pages
 * conditional, and named conditions on services.
 */
export function generateDefinition(g: Gen): Definition {
  const declaredPaths = DECLARED_POOL.map((entry) => declaredFieldPath(entry.field.id));
  const fields = g(fc.shuffledSubarray, [...(FIELD_PATHS as StoryFieldPath[]), ...declaredPaths] as FieldPath[], { minLength: 2, maxLength: 18 });
  const declared = DECLARED_POOL.filter((entry) => fields.includes(declaredFieldPath(entry.field.id))).map((entry) => entry.field);
  const serviceIds = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, (_, i) => `service-${i}`);
  const named: Record<string, Condition> = {};
  if (g(fc.boolean)) named['chose-first'] = { serviceChosen: serviceIds[0]! };

  // Pages in order, 1–3 questions each; conditions may refer to fields asked earlier only.
  const questions: Record<string, unknown>[] = [];
  const pages: Record<string, unknown>[] = [];
  let i = 0;
  while (i < fields.length) {
    const size = Math.min(g(fc.integer, { min: 1, max: 3 }), fields.length - i);
    const pageQuestions = fields.slice(i, i + size).map((field, j) => {
      const earlier = fields.slice(0, i + j);
      const question: Record<string, unknown> = { id: `q-${i + j}`, field, label: text(`Question ${i + j}`) };
      if (field === 'risk.dash') question['options'] = dashItems();
      if (g(fc.integer, { min: 1, max: 10 }) <= 3) {
        question['when'] = Object.keys(named).length && g(fc.boolean) ? { condition: 'chose-first' } : condition(g, earlier, serviceIds);
      }
      if (g(fc.integer, { min: 1, max: 4 }) === 1) question['confirmPrefill'] = true;
      questions.push(question);
      return question['id'];
    });
    const page: Record<string, unknown> = { id: `page-${pages.length}`, title: text(`Page ${pages.length}`), questions: pageQuestions };
    if (g(fc.integer, { min: 1, max: 10 }) === 1) page['when'] = condition(g, fields.slice(0, i), serviceIds);
    pages.push(page);
    i += size;
  }

  const services = serviceIds.map((id) => {
    const purposes = Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, (_, p) => {
      const requires = g(fc.subarray, fields, { maxLength: Math.min(6, fields.length) });
      const optional = g(fc.subarray, fields, { maxLength: Math.min(4, fields.length) }).filter((f) => !requires.includes(f));
      const special = [...requires, ...optional].some(isSpecial);
      return {
        id: `purpose-${p}`,
        description: text('Purpose'),
        core: p === 0,
        basis: p === 0 ? 'public-task' : 'consent',
        ...(special ? { specialCategory: { condition: 'h', schedule1Paragraph: '2' } } : {}),
        requires,
        optional,
      };
    });
    return {
      id,
      orukId: `oruk-${id}`,
      name: text(`Service ${id}`),
      description: text('Helps'),
      organisation: { name: text('Council'), type: 'public-body', contact: text('hub@example.gov.uk'), dpoContact: text('dpo@example.gov.uk') },
      domains: g(fc.subarray, ['housing', 'money', 'care', 'health']),
      purposes,
      ...(g(fc.boolean) ? { eligibility: { minAge: pick(g, [0, 11, 16]), postcodePrefixes: pick(g, [['CF'], ['CF', 'SA']]) } } : {}),
      retention: { period: 'P6Y', description: text('Six years') },
    };
  });

  return loadDefinition({
    id: 'generated',
    version: '1.0.0',
    title: text('Generated'),
    privacyNotice: {
      uri: 'https://example.gov.uk/privacy',
      version: '1',
      controller: { name: text('Council'), contact: text('hub@example.gov.uk') },
      dpoContact: text('dpo@example.gov.uk'),
      summary: text('Summary'),
      rights: text('Rights'),
      complaint: text('Complain'),
    },
    services,
    ...(declared.length ? { fields: declared } : {}),
    ...(Object.keys(named).length ? { conditions: named } : {}),
    questions,
    pages,
  });
}

/** A random value for a field: usually valid, sometimes not, sometimes cleared. */
export function generateValue(g: Gen, field: FieldPath): unknown {
  const roll = g(fc.integer, { min: 1, max: 10 });
  if (roll === 1) return undefined;
  if (roll === 2) return pick(g, invalidValues(field));
  return pick(g, validValues(field));
}

/** Random prefill over some of the definition's fields (mostly valid). */
export function generatePrefill(g: Gen, definition: Definition): Answers {
  const prefill: Record<string, unknown> = {};
  for (const q of definition.questions) {
    if (g(fc.integer, { min: 1, max: 4 }) !== 1) continue;
    prefill[q.field] = g(fc.integer, { min: 1, max: 6 }) === 1 ? pick(g, invalidValues(q.field)) : pick(g, validValues(q.field));
  }
  return prefill as Answers;
}
