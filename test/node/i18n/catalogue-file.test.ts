import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { checkCatalogue, loadCatalogue, textDirection, translate, unregisterCatalogue } from '@onestory/core';
import { cy, directionOf, en, isLocale } from '@onestory/core/i18n';
import { repoRoot } from '../../support/paths.js';

const english = (): Record<string, string> => ({ ...en });
const codesAt = (problems: readonly { code: string; path: string }[]) => problems.map((p) => `${p.code} @ ${p.path}`);

describe('catalogue files', () => {
  afterEach(() => unregisterCatalogue('pl'));

  it('the shipped Welsh catalogue passes the same check a council file gets', () => {
    const check = checkCatalogue({ language: 'cy', messages: cy });
    assert.deepEqual(check.problems, []);
    assert.deepEqual(check.coverage, { language: 'cy', translated: Object.keys(en).length, total: Object.keys(en).length });
  });

  it('the Arabic test catalogue translates every message: a new key needs its Arabic there too', () => {
    const file = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/catalogues/ar.test-catalogue.json'), 'utf8'));
    assert.deepEqual(codesAt(checkCatalogue(file).problems), [], 'add the key to test/fixtures/catalogues/ar.test-catalogue.json (plain Arabic; it is a test translation)');
  });

  it('names missing and unused keys and placeholders that do not match', () => {
    const messages = english();
    delete messages['ui.continue'];
    messages['ui.progress'] = 'Krok {current} z {all}';
    messages['ui.contine'] = 'Dalej';
    const check = checkCatalogue({ language: 'pl', messages });
    assert.equal(check.ok, false);
    assert.deepEqual(codesAt(check.problems), [
      'missing-key @ messages.ui.continue',
      'placeholder-mismatch @ messages.ui.progress',
      'unused-key @ messages.ui.contine',
    ]);
    assert.match(check.problems[1]!.message, /expected \{current\}, \{total\}, found \{current\}, \{all\}/);
    assert.match(check.problems[2]!.message, /Did you mean "ui.continue"\?/);
    assert.equal(check.problems[2]!.severity, 'warning');
    assert.equal(check.coverage?.translated, Object.keys(en).length - 2);
  });

  it('refuses what is not a catalogue, with the fix', () => {
    assert.deepEqual(codesAt(checkCatalogue([]).problems), ['not-a-catalogue @ ']);
    const bad = checkCatalogue({ language: 'PL', direction: 'up', messages: 'x' });
    assert.deepEqual(codesAt(bad.problems), ['invalid-language @ language', 'invalid-direction @ direction', 'missing-messages @ messages']);
    assert.match(bad.problems[0]!.message, /use "pl"/);
  });

  it('loading makes the language available; what it lacks reads in English', () => {
    assert.equal(isLocale('pl'), false);
    const messages = english();
    messages['ui.continue'] = 'Dalej';
    delete messages['ui.back'];
    messages['ui.progress'] = 'Krok {current}';
    loadCatalogue({ language: 'pl', messages });
    assert.equal(isLocale('pl'), true);
    assert.equal(translate('pl', 'ui.continue'), 'Dalej');
    assert.equal(translate('pl', 'ui.back'), 'Back');
    assert.equal(translate('pl', 'ui.progress', { current: 1, total: 3 }), 'Step 1 of 3');
    assert.equal(directionOf('pl'), 'ltr');
  });

  it('a language without a catalogue reads English, never throws', () => {
    assert.equal(translate('ro', 'ui.continue'), 'Continue');
  });
});

describe('text direction', () => {
  it('is right to left for Arabic-script and Hebrew-script languages, from the tag', () => {
    for (const tag of ['ar', 'ur', 'fa', 'ps', 'he', 'yi', 'ckb', 'pa-Arab', 'dv']) assert.equal(textDirection(tag), 'rtl', tag);
    for (const tag of ['en', 'cy', 'pl', 'ro', 'bn', 'pa', 'so', 'ti', 'uz-Latn']) assert.equal(textDirection(tag), 'ltr', tag);
  });
});
