import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateFhir } from '../../support/fhir-validator.js';
import { repoRoot } from '../../support/paths.js';
import { inLanguages } from '../../support/languages.js';
import { fullSubmission } from '../../support/submissions.js';

const bin = join(repoRoot, 'packages/schemas/bin/onestory.mjs');
const earlyHelp = join(repoRoot, 'packages/schemas/examples/early-help.definition.json');
const feed = join(repoRoot, 'packages/schemas/examples/oruk/morlan-directory.services.json');

let work = '';
before(() => {
  work = mkdtempSync(join(tmpdir(), 'onestory-fhir-cli-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

function onestory(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('onestory fhir', () => {
  it('questionnaire prints a valid R4 Questionnaire for one service', () => {
    const result = onestory('fhir', 'questionnaire', earlyHelp, '--service', 'health-visiting', '--locale', 'cy');
    assert.equal(result.code, 0, result.stderr);
    const questionnaire = JSON.parse(result.stdout);
    assert.equal(questionnaire.resourceType, 'Questionnaire');
    assert.equal(questionnaire.language, 'cy');
    assert.deepEqual(validateFhir(questionnaire), []);
  });

  it('questionnaire names an unknown service in one line', () => {
    const result = onestory('fhir', 'questionnaire', earlyHelp, '--service', 'dentist');
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'onestory: serviceId: the definition "morlan-early-help" has no service "dentist"\n');
  });

  it('bundle writes one valid transaction Bundle per envelope, and read gives back what each received', () => {
    const submission = fullSubmission('7c2e9a41-0b5d-4f38-8e16-3a9d2c4b5e70');
    const submissionFile = join(work, 'submission.json');
    writeFileSync(submissionFile, JSON.stringify(submission));
    const out = join(work, 'bundles');
    const result = onestory('fhir', 'bundle', earlyHelp, submissionFile, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    const files = readdirSync(out).sort();
    assert.equal(files.length, submission.disclosures.length);
    const bundle = JSON.parse(readFileSync(join(out, `${submission.submissionId}.domestic-abuse.bundle.json`), 'utf8'));
    assert.deepEqual(validateFhir(bundle), []);

    const response = bundle.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'QuestionnaireResponse').resource;
    const responseFile = join(work, 'response.json');
    writeFileSync(responseFile, JSON.stringify(response));
    const back = onestory('fhir', 'read', earlyHelp, responseFile);
    assert.equal(back.code, 0, back.stderr);
    const received = submission.disclosures.find((d) => d.serviceId === 'domestic-abuse')!.story;
    // doNotContact is derived from the member's roles, which the response carries.
    const members = received.household!.members.map(({ doNotContact: _flag, ...member }) => member);
    assert.deepEqual(JSON.parse(back.stdout), { ...received, household: { members } });
  });

  it('read lists what it cannot read and exits 1', () => {
    const responseFile = join(work, 'odd.json');
    writeFileSync(responseFile, JSON.stringify({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        { linkId: 'person.givenName', answer: [{ valueString: 'Sam' }] },
        { linkId: 'risk.immediateDanger', answer: [{ valueCoding: { code: 'maybe' } }] },
        { linkId: 'shoe-size', answer: [{ valueInteger: 9 }] },
      ],
    }));
    const result = onestory('fhir', 'read', earlyHelp, responseFile);
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout), { person: { givenName: 'Sam' } });
    assert.match(result.stderr, /risk\.immediateDanger: "maybe" is not an answer option; expected one of yes, no, unknown \[unknown-code\]/);
    assert.match(result.stderr, /shoe-size: expected a OneStory Story field path as linkId, or a group holding them \[unknown-item\]/);
  });
});

describe('onestory import-oruk', () => {
  it('merges a feed into a definition, and check then names each purpose and basis left to fill in', () => {
    const definition = join(work, 'early-help.definition.json');
    copyFileSync(earlyHelp, definition);
    const result = onestory('import-oruk', feed, '--into', definition);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /services\[8\]: Added Neath Family Hub/);
    assert.match(result.stdout, /Fill in what is listed above, then run `onestory check /);
    const check = onestory('check', definition);
    assert.equal(check.code, 1);
    for (const index of [8, 9]) {
      assert.match(check.stdout, new RegExp(`services\\[${index}\\]\\.purposes: Must be at least 1 item`));
      assert.match(check.stdout, new RegExp(`services\\[${index}\\]\\.organisation\\.type: Missing`));
    }
    assert.ok(JSON.parse(readFileSync(join(work, 'early-help.definition.oruk-import.json'), 'utf8')).services);
  });

  it("into an English-only definition: adds no Welsh, so check names no text in an undeclared language", () => {
    const english = inLanguages(JSON.parse(readFileSync(earlyHelp, 'utf8')), ['en']);
    english['nation'] = 'england';
    const definition = join(work, 'english.definition.json');
    writeFileSync(definition, JSON.stringify(english));
    const result = onestory('import-oruk', feed, '--into', definition);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /translate it into Welsh/);
    const written = JSON.parse(readFileSync(definition, 'utf8'));
    assert.deepEqual(written.services[8].name, { en: 'Neath Family Hub' });
    const check = onestory('check', definition);
    assert.match(check.stdout, /services\[8\]\.purposes: Must be at least 1 item/, 'what is left to fill in is still named');
    assert.doesNotMatch(check.stdout, /undeclared-language|Welsh/);
  });

  it('prints the services as JSON without --into, and names a bad ORUK id', () => {
    const printed = onestory('import-oruk', feed);
    assert.equal(printed.code, 0);
    assert.equal(JSON.parse(printed.stdout).services.length, 3);
    const broken = JSON.parse(readFileSync(feed, 'utf8'));
    broken.contents[0].id = '42';
    const brokenFile = join(work, 'broken-feed.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    const result = onestory('import-oruk', brokenFile);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /contents\[0\]\.id: An ORUK id must be a UUID/);
  });
});
