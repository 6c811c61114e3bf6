import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../../support/paths.js';
import { withDeclared } from '../definition/declared-fixture.js';
import { compileJsonSchema } from './ajv.js';

// `onestory types` and `onestory data-map` on a definition with declared fields: each
// reaches the schema, the types and the data map with its real type, and only for the
// services whose purposes list it.

const bin = join(repoRoot, 'packages/schemas/bin/onestory.mjs');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

let work = '';
let definitionFile = '';
const onestory = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
before(() => {
  work = mkdtempSync(join(tmpdir(), 'onestory-declared-'));
  definitionFile = join(work, 'declared.definition.json');
  writeFileSync(definitionFile, JSON.stringify(withDeclared()));
  const result = onestory('types', definitionFile, '--out', work);
  assert.equal(result.code, 0, result.stderr);
});
after(() => rmSync(work, { recursive: true, force: true }));

const schema = () => JSON.parse(readFileSync(join(work, 'cardiff-hub.submission.schema.json'), 'utf8'));
const organisation = { name: { en: 'Council', cy: 'Cyngor' }, type: 'public-body', contact: { en: 'x@y.example', cy: 'x@y.example' }, dpoContact: { en: 'd@y.example', cy: 'd@y.example' } };
const envelope = (serviceId: string, fields: string[], declared: Record<string, unknown>) => ({
  serviceId,
  orukId: `oruk-${serviceId}`,
  organisation,
  purposes: [{ purposeId: 'referral', basis: 'public-task' }],
  fields,
  story: { declared },
  withheld: [],
  flags: { fearedPersonPresent: false, marac: false, immediateDanger: false },
});
const submission = (disclosures: object[]) => ({
  schemaVersion: '1.0',
  submissionId: '6f1c2a4e-8b3d-4c6a-9e21-7a0d3b5c9f01',
  createdAt: '2025-03-27T10:15:00.000Z',
  locale: 'cy',
  channel: 'web',
  definition: { id: 'cardiff-hub', version: withDeclared()['version'] },
  consents: [],
  overrides: [],
  disclosures,
});

describe('onestory types with declared fields', () => {
  it('the JSON Schema types each declared answer, money as whole pence, for the services that list it only', () => {
    const validate = compileJsonSchema(schema());
    const ok = (value: object) => {
      const valid = validate(value);
      return valid || JSON.stringify(validate.errors);
    };
    const orukOf = (id: string) => withDeclared()['services'].find((s: { id: string }) => s.id === id).orukId as string;
    const housing = (declared: Record<string, unknown>) => ({ ...envelope('housing', ['declared.rentArrears'], declared), orukId: orukOf('housing') });
    const drugs = (declared: Record<string, unknown>) => ({ ...envelope('drugs', ['declared.substances'], declared), orukId: orukOf('drugs') });
    assert.equal(ok(submission([housing({ rentArrears: 125_050, noticeEnds: '2027-03-03' })])), true);
    assert.equal(ok(submission([drugs({ substances: ['alcohol', 'cannabis'], treatedBefore: false, rentArrears: 0 })])), true);
    // Money is an integer of pence: a decimal of pounds, a string or an amount out of range is refused.
    for (const rentArrears of [1250.5, '£1,250.50', -1, 10_000_001]) assert.equal(validate(submission([housing({ rentArrears })])), false, String(rentArrears));
    // A real date, options of the field, each once; a yes-no is a boolean.
    assert.equal(validate(submission([housing({ noticeEnds: '2027-02-30' })])), false);
    assert.equal(validate(submission([drugs({ substances: ['glue'] })])), false);
    assert.equal(validate(submission([drugs({ substances: ['alcohol', 'alcohol'] })])), false);
    assert.equal(validate(submission([drugs({ treatedBefore: 'yes' })])), false);
    // Housing never receives the substances a person uses; no service receives an undeclared field.
    assert.equal(validate(submission([housing({ substances: ['alcohol'] })])), false);
    assert.equal(validate(submission([housing({ shoeSize: 9 })])), false);
    // The envelope's field list names declared fields, for its service only.
    assert.equal(validate(submission([{ ...housing({}), fields: ['declared.substances'] }])), false);
    const money = schema().$defs.DeclaredRentArrears;
    assert.deepEqual([money.type, money.minimum, money.maximum], ['integer', 0, 10_000_000]);
    assert.match(money.description, /whole number of pence.*From £0\.00 to £100,000\.00/);
  });

  it('the TypeScript types carry each declared field in its real type', () => {
    writeFileSync(
      join(work, 'handler.ts'),
      `import type { CardiffHubSubmission } from './cardiff-hub.submission.js';
export function handle(submission: CardiffHubSubmission): string[] {
  const out: string[] = [];
  for (const disclosure of submission.disclosures) {
    if (disclosure.serviceId === 'housing') {
      const pence: number | undefined = disclosure.story.declared?.rentArrears;
      const ends: string | undefined = disclosure.story.declared?.noticeEnds;
      out.push(String(pence), ends ?? '');
      // @ts-expect-error the substances a person uses are not disclosed to housing
      out.push(String(disclosure.story.declared?.substances));
    } else if (disclosure.serviceId === 'drugs') {
      const substances: ('alcohol' | 'cannabis')[] | undefined = disclosure.story.declared?.substances;
      const treated: boolean | undefined = disclosure.story.declared?.treatedBefore;
      out.push(...(substances ?? []), String(treated));
      // @ts-expect-error money is a number of pence, not a string
      const text: string | undefined = disclosure.story.declared?.rentArrears;
      out.push(text ?? '');
    }
  }
  return out;
}
`,
    );
    const check = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', join(work, 'handler.ts')], { encoding: 'utf8', cwd: work });
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });
});

describe('onestory data-map with declared fields', () => {
  it('lists each declared field with its type, category, special category flag, and every service, purpose and basis', () => {
    const result = onestory('data-map', definitionFile);
    assert.equal(result.code, 0, result.stderr);
    const section = result.stdout.slice(result.stdout.indexOf('## Fields this definition declares'));
    const rows = section.split('\n').filter((line) => line.startsWith('| ')).slice(2);
    assert.deepEqual(rows, [
      '| Rent arrears (`declared.rentArrears`) | money (whole pence) | needs | No | `housing` / `referral` (required): Public task — Art 6(1)(e); `drugs` / `referral` (optional): Public task — Art 6(1)(e) |',
      '| Notice to leave ends (`declared.noticeEnds`) | date | needs | No | `housing` / `referral` (optional): Public task — Art 6(1)(e) |',
      '| Substances used (`declared.substances`) | multi-choice | health | Yes: health | `drugs` / `referral` (required): Public task — Art 6(1)(e), Art 9(2)(h) health or social care; DPA 2018 Sch 1 para 2 |',
      '| In treatment before (`declared.treatedBefore`) | yes-no | health | Yes: health | `drugs` / `referral` (optional): Public task — Art 6(1)(e), Art 9(2)(h) health or social care; DPA 2018 Sch 1 para 2 |',
    ]);
  });
});
