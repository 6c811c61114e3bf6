import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildDisclosures,
  checkDefinition,
  give,
  languagesOf,
  loadDefinition,
  markNoticeShown,
  requestConsents,
  SUBMISSION_SCHEMA_VERSION,
  SubmissionSchema,
  type Definition,
} from '@onestory/core';
import { repoRoot } from '../../support/paths.js';
import { generateDefinition } from '../engine/generated.js';

// A definition that loads must produce submissions the endpoint accepts: the texts a
// definition may hold and what the Submission schema allows of the records built from them
// must agree, and `loadDefinition` is where they are checked.

const SEED = 20250327;
type Json = Record<string, any>; // fixtures are edited freely

const example = (): Json => JSON.parse(readFileSync(join(repoRoot, 'packages/schemas/examples/early-help.definition.json'), 'utf8')) as Json;
const idSequence = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

/** Every service chosen, every consent given (explicit statements too), in `locale`. */
function fullSubmission(definition: Definition, locale: string): unknown {
  const now = new Date('2025-06-15T10:00:00.000Z');
  const newId = idSequence();
  const chosen = definition.services.map((s) => s.id);
  const consents = requestConsents(definition, chosen, { now, newId, locale }).map((record) =>
    give(markNoticeShown(record, { now }), { now, actor: 'subject', method: 'online', explicitSpecialCategory: true }),
  );
  return JSON.parse(JSON.stringify({
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    submissionId: newId(),
    createdAt: now.toISOString(),
    locale,
    channel: 'web',
    definition: { id: definition.id, version: definition.version },
    consents,
    overrides: [],
    disclosures: buildDisclosures({}, definition, chosen, consents),
  }));
}

/** The first service with a purpose whose record carries an explicit special-category statement. */
function serviceWithExplicitStatement(raw: Json): number {
  const definition = loadDefinition(raw);
  const records = requestConsents(definition, definition.services.map((s) => s.id), { now: new Date(0), newId: idSequence(), locale: 'en' });
  const id = records.find((r) => r.explicitSpecialCategoryStatement)?.serviceId;
  return definition.services.findIndex((s) => s.id === id);
}

describe('a definition that loads produces submissions the endpoint accepts', () => {
  it('refuses a service name that makes the explicit special-category statement longer than a submission allows, naming the name and by how much', () => {
    const raw = example();
    const si = serviceWithExplicitStatement(raw);
    assert.ok(si >= 0, 'the example has a service asking explicit consent for special category data');
    raw['services'][si].name.en = 'N'.repeat(1800);
    const result = checkDefinition(raw);
    assert.equal(result.ok, false, 'a 1,800-character service name makes a statement over 2,000 characters');
    const problem = result.problems.find((p) => p.path === `services[${si}].name.en`);
    assert.ok(problem, JSON.stringify(result.problems));
    assert.equal(problem.code, 'submission-limit');
    assert.match(problem.message, /explicit special-category statement/);
    assert.match(problem.message, /is 2,\d{3} characters \(\d+ too many\)/);
    assert.match(problem.message, /at most 2,000 characters/);
    // The Welsh name is untouched, so only English is named.
    assert.ok(!result.problems.some((p) => p.path.endsWith('.cy')));
  });

  it('accepts the same name 200 characters shorter, and its submission parses', () => {
    const raw = example();
    const si = serviceWithExplicitStatement(raw);
    raw['services'][si].name.en = 'N'.repeat(1600);
    const definition = loadDefinition(raw);
    for (const locale of languagesOf(definition)) {
      const parsed = SubmissionSchema.safeParse(fullSubmission(definition, locale));
      assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    }
  });

  it('refuses an organisation name that makes "how to withdraw" too long, a retention period too long to record, and too many purposes', () => {
    const raw = example();
    raw['services'][0].organisation.name.cy = 'S'.repeat(9990);
    raw['services'][1].retention.period = `P${'1'.repeat(60)}Y`;
    const result = checkDefinition(raw);
    assert.deepEqual(
      result.problems.map((p) => `${p.code} @ ${p.path}`).sort(),
      ['submission-limit @ services[0].organisation.name.cy', 'submission-limit @ services[1].retention.period'],
    );

    const many = example();
    const purpose = many['services'][0].purposes[0];
    many['services'][0].purposes = Array.from({ length: 51 }, (_, i) => ({ ...purpose, id: `p-${i}`, core: i === 0 }));
    assert.deepEqual(checkDefinition(many).problems.map((p) => `${p.code} @ ${p.path}`), ['submission-too-many-purposes @ services[0].purposes']);
  });

  it('property: any generated definition that loads yields schema-valid submissions in each of its languages', () => {
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.gen(),
        fc.record({
          service: fc.integer({ min: 1, max: 2600 }),
          organisation: fc.integer({ min: 1, max: 10_000 }),
          label: fc.integer({ min: 1, max: 2000 }),
          period: fc.integer({ min: 1, max: 45 }),
          cy: fc.boolean(),
        }),
        (g, lengths) => {
          const raw = JSON.parse(JSON.stringify(generateDefinition(g))) as Json;
          const language = lengths.cy ? 'cy' : 'en';
          for (const service of raw['services']) {
            service.name[language] = 'n'.repeat(lengths.service);
            service.organisation.name[language] = 'o'.repeat(lengths.organisation);
            service.retention.period = `P${'1'.repeat(lengths.period)}D`;
          }
          for (const field of raw['fields'] ?? []) field.label[language] = 'l'.repeat(lengths.label);
          const result = checkDefinition(raw);
          if (!result.ok) {
            refused++;
            assert.ok(result.problems.every((p) => p.code.startsWith('submission-')), JSON.stringify(result.problems));
            return;
          }
          loaded++;
          for (const locale of languagesOf(result.definition)) {
            const parsed = SubmissionSchema.safeParse(fullSubmission(result.definition, locale));
            assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    assert.ok(loaded > 30 && refused > 30, `loaded ${loaded}, refused ${refused}: the generator is one-sided`);
  });
});
