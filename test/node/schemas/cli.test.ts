import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../../support/paths.js';
import { compileJsonSchema } from './ajv.js';
import { en } from '@onestory/core/i18n';
import { inLanguages } from '../../support/languages.js';

const bin = join(repoRoot, 'packages/schemas/bin/onestory.mjs');
const earlyHelp = join(repoRoot, 'packages/schemas/examples/early-help.definition.json');
const skeleton = join(repoRoot, 'packages/schemas/examples/walking-skeleton.definition.json');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

function onestory(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let work = '';
before(() => {
  work = mkdtempSync(join(tmpdir(), 'onestory-cli-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

const writeJson = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

describe('onestory check', () => {
  it('prints OK and exits 0 for a valid definition, with the coverage of each of its languages', () => {
    const interfaceMessages = Object.keys(en).length;
    assert.deepEqual(onestory('check', earlyHelp), {
      code: 0,
      stdout: `OK\nTranslation coverage of the interface (${interfaceMessages} messages):\n  English (en): 100% (shipped)\n  Welsh (cy): 100% (shipped)\n`,
      stderr: '',
    });
  });

  it('checks catalogue files beside the definition: problems, coverage, and a declared language without one', () => {
    // The Arabic test catalogue is complete; a copy that has fallen behind a release lacks a message.
    const complete = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/catalogues/ar.test-catalogue.json'), 'utf8'));
    delete complete.messages['ui.sent.nextBody'];
    const arabic = writeJson('ar.test-catalogue.json', JSON.stringify(complete));
    const definition = JSON.parse(readFileSync(skeleton, 'utf8'));
    const withArabic = writeJson('ar-def.json', JSON.stringify(inLanguages(definition, ['en', 'ar'], () => 'نص')));
    const result = onestory('check', arabic, withArabic);
    assert.equal(result.code, 1, 'a partial catalogue: its missing keys are errors');
    assert.match(result.stdout, /ar\.test-catalogue\.json \(Arabic \(ar\), rtl\): 1 problem\(s\), 0 warning\(s\)/);
    assert.match(result.stdout, /messages\.ui\.sent\.nextBody: Not translated\. English: "Each service/);
    assert.match(result.stdout, /  Arabic \(ar\): \d+% \(\d+\/\d+\) from .*ar\.test-catalogue\.json\n/);
    const urdu = onestory('check', writeJson('ur-def.json', JSON.stringify(inLanguages(definition, ['en', 'ur'], () => 'متن'))));
    assert.equal(urdu.code, 1);
    assert.match(urdu.stdout, /Urdu \(ur\): no catalogue\. .*\[missing-catalogue\]/);
    const messages: Record<string, string> = { ...en, 'ui.progress': 'Krok {current}', 'ui.contnue': 'Dalej' };
    const polish = onestory('check', writeJson('pl.json', JSON.stringify({ language: 'pl', messages })));
    assert.equal(polish.code, 1);
    assert.match(polish.stdout, /messages\.ui\.progress: Placeholders must match English: expected \{current\}, \{total\}, found \{current\}.*\[placeholder-mismatch\]/);
    assert.match(polish.stdout, /messages\.ui\.contnue: OneStory has no message "ui\.contnue".*Did you mean "ui\.continue"\?.*\[unused-key\]/);
  });

  it('prints a shipped catalogue to translate, which checks clean', () => {
    const printed = onestory('catalogue', 'en');
    assert.equal(printed.code, 0);
    const file = JSON.parse(printed.stdout) as { language: string; messages: Record<string, string> };
    assert.deepEqual(file.messages, en);
    const copy = onestory('check', writeJson('en-copy.json', JSON.stringify({ ...file, language: 'pl' })));
    assert.equal(copy.code, 0, copy.stdout);
    assert.match(copy.stdout, /pl\.json|en-copy\.json \(Polish \(pl\), ltr\): OK/);
    assert.match(onestory('catalogue', 'fr').stderr, /catalogue needs a shipped language/);
  });

  it('prints every problem with its path and exits 1', () => {
    const definition = JSON.parse(readFileSync(skeleton, 'utf8'));
    definition.services[0].id = 'money-advice';
    definition.questions[0].label.cy = '';
    const broken = writeJson('broken.json', JSON.stringify(definition));
    const result = onestory('check', broken);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /1 problem\(s\)/);
    assert.match(result.stdout, /questions\[0\]\.label\.cy: Welsh text \(cy\) is missing or empty.*\[missing-welsh\]/);
    definition.questions[0].label.cy = 'Pwy?';
    const semantic = onestory('check', writeJson('dup.json', JSON.stringify(definition)));
    assert.match(semantic.stdout, /services\[1\]\.id: Duplicate id "money-advice".*\[duplicate-id\]/);
  });

  it('says in one line when the file is missing', () => {
    const result = onestory('check', 'nope.json');
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^onestory: cannot read .*nope\.json: no such file\n$/);
  });

  it('says in one line where the JSON is broken', () => {
    const result = onestory('check', writeJson('bad.json', '{\n  "id": "x",\n  "version": 1.0.0\n}\n'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^onestory: .*bad\.json is not valid JSON at line 3, column 17: expected ',' or '}'\n$/);
    const trailing = onestory('check', writeJson('trailing.json', '{"id": "x",}'));
    assert.match(trailing.stderr, /at line 1, column 12: expected a double-quoted property name\n$/);
  });

  it('explains usage mistakes in one line', () => {
    assert.match(onestory('frob', earlyHelp).stderr, /^onestory: unknown command "frob"/);
    assert.match(onestory('check').stderr, /^onestory: check needs a definition file/);
    assert.match(onestory('check', earlyHelp, '--out', 'x').stderr, /^onestory: --out only applies to the types command\n$/);
    assert.equal(onestory('--help').code, 0);
  });
});

describe('onestory data-map', () => {
  it('prints a Markdown table with a row per service and purpose, for a DPIA', () => {
    const result = onestory('data-map', earlyHelp);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(lines[0], '| Service | Organisation (controller) | Purpose | Core or optional | Art 6 basis | Art 9 condition | Data fields | Retention |');
    const definition = JSON.parse(readFileSync(earlyHelp, 'utf8'));
    const purposes = definition.services.flatMap((s: { purposes: unknown[] }) => s.purposes).length;
    // A row per service and purpose, then a row per declared field (each table with its header and separator).
    assert.equal(lines.length, 2 + purposes + 2 + definition.fields.length);
    assert.equal(lines[2 + purposes], '| Field | Type | Category | Special category | Received by (service / purpose: lawful basis) |');
    const health = lines.find((l) => l.includes('`health-visiting`'))!;
    assert.match(health, /Morlan University Health Board \(nhs\)/);
    assert.match(health, /Public task — Art 6\(1\)\(e\)/);
    assert.match(health, /Art 9\(2\)\(h\) health or social care; DPA 2018 Sch 1 para 2/);
    assert.match(health, /Required: .*Date of birth/);
    assert.match(health, /\(special category\)/);
    assert.match(health, /Until your youngest child is 25 \(P25Y\)/);
    // Eight columns in the first table, five in the declared fields' (each line split on unescaped pipes).
    lines.forEach((line, i) => assert.equal(line.split(/(?<!\\)\|/).length, i < 2 + purposes ? 10 : 7, line));
  });

  it('refuses an invalid definition in one line', () => {
    const result = onestory('data-map', writeJson('empty.json', '{}'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^onestory: .*empty\.json is not a valid intake definition \(\d+ problem\(s\)\); run `onestory check/);
  });
});

describe('onestory types', () => {
  let out = '';
  before(() => {
    out = join(work, 'types-out');
    const result = onestory('types', earlyHelp, '--out', out);
    assert.equal(result.code, 0, result.stderr);
  });

  const schema = () => JSON.parse(readFileSync(join(out, 'morlan-early-help.submission.schema.json'), 'utf8'));
  const organisation = { name: { en: 'Morlan County Borough Council', cy: 'Cyngor' }, type: 'public-body', contact: { en: 'x@y.example', cy: 'x@y.example' }, dpoContact: { en: 'd@y.example', cy: 'd@y.example' } };
  const envelope = (story: object) => ({
    serviceId: 'youth-service',
    orukId: 'e4a1c7d9-2b6f-4a38-9d5e-8f3b0c2a6e05',
    organisation,
    purposes: [{ purposeId: 'youth-support', basis: 'public-task' }],
    fields: ['person.givenName', 'needs.educationYouth.description'],
    story,
    withheld: [{ field: 'contact.email', reason: 'refused' }],
    flags: { fearedPersonPresent: false, marac: false, immediateDanger: false },
  });
  const submission = (disclosures: object[]) => ({
    schemaVersion: '1.0',
    submissionId: '6f1c2a4e-8b3d-4c6a-9e21-7a0d3b5c9f01',
    createdAt: '2025-03-27T10:15:00.000Z',
    locale: 'cy',
    channel: 'web',
    definition: { id: 'morlan-early-help', version: '1.0.0' },
    consents: [],
    overrides: [],
    disclosures,
  });

  it('writes a JSON Schema whose envelopes hold only the fields each service can receive', () => {
    const validate = compileJsonSchema(schema());
    const allowed = { person: { givenName: 'Alex' }, needs: { educationYouth: { description: 'Help with college' } } };
    assert.ok(validate(submission([envelope(allowed)])), JSON.stringify(validate.errors));
    // Housing needs are never disclosed to the youth service.
    assert.equal(validate(submission([envelope({ ...allowed, needs: { ...allowed.needs, housing: { description: 'x' } } })])), false);
    assert.equal(validate(submission([{ ...envelope(allowed), serviceId: 'not-offered' }])), false);
    assert.equal(validate(submission([{ ...envelope(allowed), fields: ['needs.housing.description'] }])), false);
    assert.equal(validate({ ...submission([]), definition: { id: 'other', version: '1.0.0' } }), false);
  });

  it('writes TypeScript types a receiving service can switch on', () => {
    writeFileSync(
      join(out, 'handler.ts'),
      `import type { MorlanEarlyHelpSubmission } from './morlan-early-help.submission.js';
export function handle(submission: MorlanEarlyHelpSubmission): string[] {
  const out: string[] = [];
  for (const disclosure of submission.disclosures) {
    if (disclosure.serviceId === 'youth-service') {
      out.push(disclosure.story.needs?.educationYouth?.description ?? '');
      // @ts-expect-error housing needs are not disclosed to the youth service
      out.push(disclosure.story.needs?.housing?.description ?? '');
    } else if (disclosure.serviceId === 'housing-support') {
      out.push(disclosure.story.needs?.housing?.localAuthority ?? '');
      out.push(disclosure.purposes[0]?.purposeId ?? '');
    }
  }
  return out;
}
`,
    );
    const check = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', join(out, 'handler.ts')], { encoding: 'utf8', cwd: out });
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });

  it('refuses an invalid definition in one line, writing nothing', () => {
    const target = join(work, 'none');
    const result = onestory('types', writeJson('invalid.json', '{"id": "x"}'), '--out', target);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.split('\n').length, 2);
  });
});
