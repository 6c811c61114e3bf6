// Benchmark: how long the engine takes to re-plan after one answer changes.
// Run after `tsc -b`: `node packages/core/bench/engine.bench.mjs [runs]`.
//
// Definitions of 50, 200 and 500 questions are generated (30% of questions conditional,
// 5 questions a page, 12 services). The Story has 40 fields and `loadDefinition` lets a
// field be asked by one question only, so definitions this large must bind several
// questions to the same field: they are built directly and checked with
// `checkDefinition`, whose only complaint is `field-asked-twice`. The planner asks each
// field once (the first question that applies), so this measures the planner's real
// work per question: conditions, needs, prefill, effective answers, story, completeness.
import { performance } from 'node:perf_hooks';
import { checkDefinition, FIELD_PATHS, plan } from '../dist/index.js';
import { DASH_QUESTION_COUNT } from '../dist/story/index.js';

const RUNS = Number(process.argv[2] ?? 5000);
const WARM_UP = 500;
const TODAY = '2025-06-15';

/** A small seeded PRNG (mulberry32), so every run plans the same definitions. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (en) => ({ en, cy: `${en} (cy)` });
const address = { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' };
const VALUES = {
  'person.dateOfBirth': ['1990-04-01', '2009-06-16'],
  'person.nhsNumber': ['9434765919'],
  'contact.address': [address, { ...address, postcode: 'SA1 1AA' }],
  'contact.phone': ['07700 900982'],
  'contact.email': ['name@example.com'],
  'referrer.secureEmail': ['name@example.com'],
  'contact.safeContact': [{ call: { safe: true }, text: { safe: false }, email: { safe: true }, post: { safe: false }, visit: { safe: false }, voicemail: false }],
  'access.interpreter': ['none', 'bsl'],
  'household.members': [[{ name: 'Sam', relationship: 'child', livesWith: true, roles: ['child'], age: 4 }]],
  'needs.domains': [['housing'], ['money', 'care']],
  'risk.immediateDanger': ['yes', 'no'],
  'risk.dash': [Array.from({ length: 24 }, () => 'no')],
  'referrer.type': ['self', 'professional'],
};
const valuesOf = (field) => VALUES[field] ?? ['Some words', 'Other words'];

function condition(rnd, earlier, services, depth = 0) {
  const pick = (items) => items[Math.floor(rnd() * items.length)];
  const kinds = ['equals', 'oneOf', 'answered', 'includes', 'age', 'serviceChosen', ...(depth < 2 ? ['not', 'all', 'any'] : [])];
  const field = pick(earlier);
  const kind = earlier.length ? pick(kinds) : 'serviceChosen';
  switch (kind) {
    // Only values the field can hold: checkDefinition refuses a condition that can never be true.
    case 'equals':
    case 'oneOf': {
      const scalars = valuesOf(field).filter((v) => typeof v === 'string');
      if (!scalars.length) return { answered: field };
      return kind === 'equals' ? { equals: { field, value: scalars[0] } } : { oneOf: { field, values: scalars } };
    }
    case 'answered':
      return { answered: field };
    case 'includes':
      return { includes: { field: 'needs.domains', value: 'housing' } };
    case 'age':
      return { age: { op: 'gte', value: 16 } };
    case 'serviceChosen':
      return { serviceChosen: pick(services) };
    case 'not':
      return { not: condition(rnd, earlier, services, depth + 1) };
    case 'all':
      return { all: [condition(rnd, earlier, services, depth + 1), condition(rnd, earlier, services, depth + 1)] };
    default:
      return { any: [condition(rnd, earlier, services, depth + 1), condition(rnd, earlier, services, depth + 1)] };
  }
}

function generate(questionCount, seed) {
  const rnd = random(seed);
  const serviceIds = Array.from({ length: 12 }, (_, i) => `service-${i}`);
  const questions = [];
  const pages = [];
  for (let i = 0; i < questionCount; i++) {
    const field = FIELD_PATHS[i % FIELD_PATHS.length];
    const question = { id: `q-${i}`, field, label: text(`Question ${i}`) };
    // The DASH checklist's items come from the definition, all of them (checkDefinition).
    if (field === 'risk.dash') question.options = Array.from({ length: DASH_QUESTION_COUNT }, (_, k) => ({ value: `item-${k + 1}`, label: text(`Item ${k + 1}`) }));
    if (rnd() < 0.3) question.when = condition(rnd, questions.map((q) => q.field).slice(-20), serviceIds);
    questions.push(question);
    if (i % 5 === 0) pages.push({ id: `page-${pages.length}`, title: text(`Page ${pages.length}`), questions: [] });
    pages[pages.length - 1].questions.push(question.id);
  }
  const services = serviceIds.map((id) => {
    const fields = FIELD_PATHS.filter(() => rnd() < 0.5);
    return {
      id,
      orukId: `oruk-${id}`,
      name: text(id),
      description: text('Helps'),
      organisation: { name: text('Council'), type: 'public-body', contact: text('hub@example.gov.uk'), dpoContact: text('dpo@example.gov.uk') },
      domains: ['housing'],
      purposes: [
        { id: 'core', description: text('Core'), core: true, basis: 'public-task', specialCategory: { condition: 'h', schedule1Paragraph: '2' }, requires: fields.slice(0, 8), optional: fields.slice(8) },
      ],
      eligibility: { minAge: 16, postcodePrefixes: ['CF'] },
      retention: { period: 'P6Y', description: text('Six years') },
    };
  });
  const definition = {
    id: 'bench',
    version: '1.0.0',
    title: text('Bench'),
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
    questions,
    pages,
  };
  const check = checkDefinition(definition);
  const unexpected = check.problems.filter((p) => p.code !== 'field-asked-twice');
  if (unexpected.length) throw new Error(`Generated definition is invalid: ${JSON.stringify(unexpected.slice(0, 3))}`);
  return definition;
}

function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function bench(questionCount) {
  const definition = generate(questionCount, 42 + questionCount);
  const rnd = random(7);
  const chosenServices = ['service-0', 'service-1', 'service-2', 'service-3'];
  let answers = {};
  for (const field of FIELD_PATHS) if (rnd() < 0.8) answers[field] = valuesOf(field)[0];
  const prefill = { 'person.givenName': 'Alex', 'contact.phone': '07700 900982' };
  const conditional = definition.questions.filter((q) => q.when).length;

  const times = [];
  let asked = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    // One answer changes, as when a person answers a question, then the plan is redone.
    const field = FIELD_PATHS[Math.floor(rnd() * FIELD_PATHS.length)];
    const options = valuesOf(field);
    answers = { ...answers, [field]: options[Math.floor(rnd() * options.length)] };
    const start = performance.now();
    const result = plan({ definition, answers, prefill, chosenServices, today: TODAY });
    const elapsed = performance.now() - start;
    asked = result.questions.length;
    if (i >= WARM_UP) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return {
    questions: questionCount,
    conditional: `${Math.round((conditional / questionCount) * 100)}%`,
    pages: definition.pages.length,
    asked,
    'median ms': median(times).toFixed(4),
    'p95 ms': times[Math.floor(times.length * 0.95)].toFixed(4),
    'max ms': times[times.length - 1].toFixed(4),
  };
}

const rows = [50, 200, 500].map(bench);
console.log(`engine: re-plan after one answer change (${RUNS} runs each after ${WARM_UP} warm-up; node ${process.version})`);
console.table(rows);
const worst = Number(rows.at(-1)['median ms']);
console.log(`500 questions: median ${worst.toFixed(4)} ms (target < 1 ms): ${worst < 1 ? 'met' : 'NOT met'}`);
