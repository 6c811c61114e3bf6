import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadDefinition, plan, validatePage, type Definition, type MessageKey } from '@onestory/core';
import { fieldIssueMessage, namingKeyOf } from '@onestory/core/engine';
import { cy, en } from '@onestory/core/i18n';
import { withDeclaredFields } from '../../support/declared-early-help.js';
import { repoRoot } from '../../support/paths.js';

// Issue 20: a message names the question it is about ("Select whether anyone is in danger
// right now"), never "Select an option" or "Answer this question", so that no page shows
// two identical links in its error summary. Checked over the catalogues and over every
// message the engine makes for the example definitions, in English and Welsh.

const LOCALES = ['en', 'cy'] as const;
const CATALOGUES = { en, cy } as const;
const KEYS = Object.keys(en) as MessageKey[];

// Keys that say by themselves which answer they are about: one per field or per part of one
// ("Enter your date of birth", "Enter a real UK postcode", "Select yes if it is safe to call you").
const SELF_NAMING = [/^required\.(person|contact)\./, /^dob\./, /^postcode\./, /^address\./, /^nhsNumber\./, /^phone\./, /^email\./, /^household\./, /^referrer\./, /^dash\./, /^fields\.safeContact\.(\w+(Required|TooLong|Invalid)|required)$/, /^fields\.address\.postcodeMissing$/, /^ui\.household\.livesWithMissing$/];
const selfNaming = (key: MessageKey) => SELF_NAMING.some((pattern) => pattern.test(key));

// Every other key a field's parser, the Story schema or a declared field's rule can give.
const FIELD_PROBLEM = [/^required(\.choice)?$/, /^invalid$/, /^text\./, /^option\./, /^number\./, /^date\./, /^declared\./, /^fields\.number\./];
const fieldProblemKeys = KEYS.filter((key) => !key.endsWith('.named') && FIELD_PROBLEM.some((pattern) => pattern.test(key)) && !selfNaming(key));

// What a person must never read as a whole message: it says nothing about which question.
const GENERIC: readonly MessageKey[] = ['required', 'required.choice', 'invalid', 'option.invalid', 'text.blank'];
const genericTexts = new Set(LOCALES.flatMap((locale) => GENERIC.map((key) => CATALOGUES[locale][key])));

function example(name: string): Definition {
  return loadDefinition(JSON.parse(readFileSync(join(repoRoot, `packages/schemas/examples/${name}.definition.json`), 'utf8')));
}
const earlyHelp = example('early-help');
const DEFINITIONS: [string, Definition][] = [
  ['walking-skeleton', example('walking-skeleton')],
  ['early-help', earlyHelp],
  ['early-help with a declared field of every type', loadDefinition(withDeclaredFields(JSON.parse(JSON.stringify(earlyHelp))))],
];

describe('messages name the question (issue 20)', () => {
  it('every problem a field can report is worded to name its question, in English and Welsh', () => {
    assert.ok(fieldProblemKeys.length > 10, fieldProblemKeys.join(', '));
    for (const key of fieldProblemKeys) {
      const shown = namingKeyOf(key);
      for (const locale of LOCALES) {
        assert.match(CATALOGUES[locale][shown], /\{question\}/, `${key} is shown as ${shown} in ${locale}: "${CATALOGUES[locale][shown]}"`);
      }
    }
  });

  it('no catalogue text that names nothing ("Select an option") is ever shown as a message', () => {
    for (const locale of LOCALES) {
      for (const key of KEYS) {
        if (!genericTexts.has(CATALOGUES[locale][key]) || key === 'fields.select.placeholder') continue;
        assert.notEqual(namingKeyOf(key), key, `${locale} ${key} "${CATALOGUES[locale][key]}" would reach a person as it is`);
      }
    }
  });

  for (const [name, definition] of DEFINITIONS) {
    it(`${name}: every message on every page names its question, and none is repeated on a page`, () => {
      const chosenServices = definition.services.map((service) => service.id);
      const planned = plan({ definition, answers: {}, chosenServices, today: '2026-03-27' });
      for (const locale of LOCALES) {
        for (const page of planned.pages) {
          const options = { today: '2026-03-27' } as const;
          const empty = validatePage(planned, page.page.id, {}, options);
          // Every question fed every problem a field can report as if its parser had found it.
          const typed = fieldProblemKeys.flatMap((key) =>
            validatePage(planned, page.page.id, {}, { ...options, inputErrors: Object.fromEntries(page.questions.map((q) => [q.question.field, [{ code: key, params: { max: 10, min: 1, date: '1 May 2026' } }]])) }),
          );
          for (const issue of [...empty, ...typed]) {
            const message = fieldIssueMessage(issue, locale);
            const label = page.questions.find((q) => q.question.id === issue.questionId)!.question.label[locale];
            assert.ok(!genericTexts.has(message), `${page.page.id}: "${message}"`);
            assert.ok(issue.authored || selfNaming(issue.code) || message.includes(label), `${locale} ${page.page.id}/${issue.questionId}: "${message}" (${issue.code}) does not name "${label}"`);
          }
          const messages = empty.map((issue) => fieldIssueMessage(issue, locale));
          assert.equal(new Set(messages).size, messages.length, `${locale} ${page.page.id}: ${messages.join(' | ')}`);
        }
      }
    });
  }
});
