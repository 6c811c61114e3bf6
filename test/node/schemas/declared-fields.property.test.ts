import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildSubmission, loadDefinition, type DeclaredField, type Definition, type Submission } from '@onestory/core';
import { DECLARED_FIELD_TYPES } from '@onestory/core/definition';
import { declaredFieldPath } from '@onestory/core/story';
import { parseSubmissionFor } from '@onestory/core/server';
import { readPublishedSchema, submissionSchemaFor } from '@onestory/schemas';
import { agreedRecords, at } from '../consent/fixtures.js';
import { compileJsonSchema } from './ajv.js';

// zod (core's `parseSubmissionFor`: the generic zod parse, then each declared answer against
// its declaration) and ajv (the per-definition JSON Schema `onestory types` writes) agree on
// declared fields: over generated declarations and answers near every edge, each accepts
// exactly what the other does, except where a difference is known and explained:
// - `utf16-length` (KNOWN_JSON_SCHEMA_DIFFERENCES): zod counts UTF-16 code units, JSON
//   Schema code points;
// - a date's past/future range moves with the day the submission was made, which no JSON
//   Schema keyword can state: the schema says so in the field's description.

const SEED = 20261204;
const RUNS = 1000;
const text = (en: string) => ({ en, cy: `${en} (cy)` });

const optionsArb = fc.uniqueArray(fc.constantFrom('alcohol', 'cannabis', 'opioids', 'own-home', 'private-rent', 'x'), { minLength: 1, maxLength: 5 })
  .map((values) => values.map((value) => ({ value, label: text(value) })));

/** A declaration of any type, with constraints of its own type (some absent). */
const declaredArb = (id: string): fc.Arbitrary<DeclaredField> =>
  fc.constantFrom(...DECLARED_FIELD_TYPES).chain((type) => {
    const base = { id, type, label: text(id), category: 'needs' as const };
    switch (type) {
      case 'text':
      case 'long-text':
        return fc.option(fc.integer({ min: 1, max: type === 'text' ? 100 : 5000 }), { nil: undefined }).map((maxLength) => ({ ...base, ...(maxLength && { maxLength }) }));
      case 'whole-number':
      case 'money':
        return fc.tuple(fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }), fc.option(fc.integer({ min: 50, max: 200_000 }), { nil: undefined }))
          .map(([min, max]) => ({ ...base, ...(min !== undefined && { min }), ...(max !== undefined && { max }) }));
      case 'date':
        return fc.option(fc.constantFrom('past' as const, 'future' as const), { nil: undefined }).map((range) => ({ ...base, ...(range && { range }) }));
      case 'choice':
      case 'multi-choice':
        return optionsArb.map((options) => ({ ...base, options }));
      default:
        return fc.constant(base);
    }
  });

/** A definition with one service receiving 1–6 declared fields, asked on one page. */
function definitionWith(fields: readonly DeclaredField[]): Definition {
  const paths = fields.map((f) => declaredFieldPath(f.id));
  return loadDefinition({
    id: 'declared-agreement',
    version: '1.0.0',
    title: text('Declared'),
    privacyNotice: {
      uri: 'https://example.gov.uk/privacy', version: '1',
      controller: { name: text('Council'), contact: text('hub@example.gov.uk') }, dpoContact: text('dpo@example.gov.uk'),
      summary: text('Summary'), rights: text('Rights'), complaint: text('Complain'),
    },
    services: [{
      id: 'housing', orukId: 'oruk-housing', name: text('Housing'), description: text('Helps'),
      organisation: { name: text('Council'), type: 'public-body', contact: text('hub@example.gov.uk'), dpoContact: text('dpo@example.gov.uk') },
      domains: ['housing'],
      purposes: [{ id: 'referral', description: text('Referral'), core: true, basis: 'public-task', requires: paths.slice(0, 1), optional: paths.slice(1) }],
      retention: { period: 'P6Y', description: text('Six years') },
    }],
    fields,
    questions: fields.map((f) => ({ id: `q-${f.id.toLowerCase()}`, field: declaredFieldPath(f.id), label: text(f.id) })),
    pages: [{ id: 'all', title: text('All'), questions: fields.map((f) => `q-${f.id.toLowerCase()}`) }],
  });
}

const ASTRAL = '😀';
const isoNear = fc.oneof(
  fc.constantFrom('2025-03-26', '2025-03-27', '2025-03-28', '2024-02-29', '2025-02-29', '2025-02-30', '0000-01-01', '2025-3-1', 'today'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Answers near the edges of a declaration: valid ones, and each way one can be wrong. */
function answerArb(field: DeclaredField): fc.Arbitrary<unknown> {
  const options = (field.options ?? []).map((o) => o.value);
  const wrongType = fc.constantFrom<unknown>(42, 1.5, true, 'yes', ['x'], null, { a: 1 });
  switch (field.type) {
    case 'text':
    case 'long-text': {
      const max = Math.min(field.maxLength ?? (field.type === 'text' ? 100 : 5000), field.type === 'text' ? 100 : 5000);
      return fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('', ' ', '\t\n', '\u00a0', '\ufeff', 'a'),
        fc.integer({ min: Math.max(0, max - 2), max: max + 2 }).map((n) => 'x'.repeat(n)),
        fc.integer({ min: Math.max(0, max - 2), max }).map((n) => ASTRAL + 'x'.repeat(n - 1)),
        wrongType,
      );
    }
    case 'whole-number':
    case 'money': {
      const lo = field.min ?? -1000;
      const hi = field.max ?? 1000;
      return fc.oneof(
        fc.integer({ min: lo - 3, max: lo + 3 }),
        fc.integer({ min: hi - 3, max: hi + 3 }),
        fc.constantFrom(0, -0, 0.5, 125050, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 1e300),
        wrongType,
      );
    }
    case 'date':
      return fc.oneof(isoNear, isoNear, wrongType);
    case 'yes-no':
      return fc.oneof(fc.boolean(), wrongType);
    case 'yes-no-not-known':
      return fc.oneof(fc.constantFrom('yes', 'no', 'unknown', 'not-known', 'Yes'), wrongType);
    case 'choice':
      return fc.oneof(fc.constantFrom(...options), fc.constantFrom('castle', ''), wrongType);
    case 'multi-choice':
      return fc.oneof(
        fc.subarray(options),
        fc.shuffledSubarray(options, { minLength: 1 }),
        fc.array(fc.constantFrom(...options, 'glue'), { maxLength: 4 }),
        wrongType,
      );
  }
}

/** A generated definition with its two validators and a valid submission to vary. */
interface Case {
  readonly definition: Definition;
  readonly fields: readonly DeclaredField[];
  readonly zod: (json: unknown) => { ok: boolean; issues?: readonly { path: string; code: string }[] };
  readonly ajv: ReturnType<typeof compileJsonSchema>;
  readonly base: Submission;
}

const declarationsArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => declaredArb(`field${i}`))));
const CASES: Case[] = fc.sample(declarationsArb, { seed: SEED, numRuns: 40 }).map((fields) => {
  const definition = definitionWith(fields);
  const base = buildSubmission(
    { definition, story: { declared: {} }, chosenServices: ['housing'], consents: agreedRecords(definition, ['housing']), locale: 'en', channel: 'web' },
    { now: at(5), newId: () => '00000000-0000-4000-8000-000000000000' },
  );
  return { definition, fields, zod: parseSubmissionFor(definition), ajv: compileJsonSchema(submissionSchemaFor(definition, readPublishedSchema('submission'))), base };
});

const scenarioArb = fc.integer({ min: 0, max: CASES.length - 1 }).chain((index) => {
  const { fields } = CASES[index]!;
  return fc.record({
    index: fc.constant(index),
    answers: fc.record(Object.fromEntries(fields.map((f) => [f.id, answerArb(f)])), { requiredKeys: [] }),
  });
});

/** The submission with `answers` as the envelope's declared part (every field listed). */
function submissionWith(c: Case, answers: Record<string, unknown>): unknown {
  const envelope = c.base.disclosures[0]!;
  return { ...c.base, disclosures: [{ ...envelope, fields: c.fields.map((f) => declaredFieldPath(f.id)), story: { declared: answers } }] };
}

const DATE_RANGE_CODES = new Set(['declared.date.past', 'declared.date.future']);

/** True when every refusal is a known difference: a date range, or a UTF-16 length. */
function knownDifference(answers: Record<string, unknown>, issues: readonly { path: string; code: string }[]): boolean {
  return issues.every((issue) => {
    const id = issue.path.match(/\.story\.declared\.([^.[]+)/)?.[1];
    const value = id === undefined ? undefined : answers[id];
    if (DATE_RANGE_CODES.has(issue.code)) return true;
    return typeof value === 'string' && [...value].length !== value.length;
  });
}

describe('declared fields: zod (parseSubmissionFor) and ajv (the per-definition JSON Schema) agree', () => {
  it('the generated definitions load, and each base submission passes both', () => {
    for (const c of CASES) {
      assert.ok(c.zod(c.base).ok, JSON.stringify(c.zod(c.base)));
      assert.ok(c.ajv(c.base), JSON.stringify(c.ajv.errors));
    }
    const types = new Set(CASES.flatMap((c) => c.fields.map((f) => f.type)));
    assert.deepEqual([...types].sort(), [...DECLARED_FIELD_TYPES].sort(), 'every type is generated');
  });

  it(`property: over ${RUNS} generated answers, each accepts what the other accepts, bar the known differences`, () => {
    const tally = { bothAccept: 0, bothRefuse: 0, known: 0 };
    fc.assert(
      fc.property(scenarioArb, ({ index, answers }) => {
        const c = CASES[index]!;
        const json = structuredClone(submissionWith(c, answers));
        const zod = c.zod(json);
        const ajv = c.ajv(json);
        if (zod.ok) {
          assert.ok(ajv, `zod accepted ${JSON.stringify(answers)} but ajv refused: ${JSON.stringify(c.ajv.errors)}`);
          tally.bothAccept++;
        } else if (ajv) {
          assert.ok(knownDifference(answers, zod.issues ?? []), `ajv accepted ${JSON.stringify(answers)} but zod refused: ${JSON.stringify(zod.issues)}`);
          tally.known++;
        } else tally.bothRefuse++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Each outcome must occur often, or the property proves little.
    assert.ok(tally.bothAccept > 100 && tally.bothRefuse > 100 && tally.known > 5, JSON.stringify(tally));
  });
});
