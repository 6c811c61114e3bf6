import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDefinition, ConfigError, languagesOf, loadDefinition, type ConfigProblem } from '@onestory/core';
import { localizedTexts } from '@onestory/core/definition';
import { withLanguageAnswer } from '@onestory/core/engine';
import { inLanguages } from '../../support/languages.js';
import { repoRoot } from '../../support/paths.js';

type Json = Record<string, any>; // eslint-disable-line -- fixtures are edited freely

const example = (name: string): Json =>
  JSON.parse(readFileSync(join(repoRoot, `packages/schemas/examples/${name}.definition.json`), 'utf8')) as Json;
const problemsOf = (definition: unknown): ConfigProblem[] => {
  const result = checkDefinition(definition);
  assert.equal(result.ok, false, 'expected the definition to be refused');
  return [...result.problems];
};
const codesAt = (problems: readonly ConfigProblem[]) => problems.map((p) => `${p.code} @ ${p.path}`);

describe('a definition declares its languages', () => {
  it('finds every text of the early-help example through the schema', () => {
    const definition = example('early-help');
    // Independent count: every object whose keys are exactly en and cy is a text.
    const count = (value: unknown): number =>
      Array.isArray(value) ? value.reduce((n: number, v) => n + count(v), 0)
        : value && typeof value === 'object'
          ? Object.keys(value).sort().join() === 'cy,en' ? 1 : Object.values(value).reduce((n: number, v) => n + count(v), 0)
          : 0;
    const texts = localizedTexts(definition);
    assert.ok(texts.length > 150);
    assert.equal(texts.length, count(definition));
    assert.ok(texts.some((t) => t.path === 'services[0].organisation.name'));
    assert.ok(texts.some((t) => t.path === 'questions[0].options[0].label'));
    assert.ok(texts.some((t) => t.path === 'settings.emergencyContacts[0].label'));
  });

  it('early-help loads in English alone, as English and Welsh, and with a third language', () => {
    const english = loadDefinition(inLanguages(example('early-help'), ['en']));
    assert.deepEqual(languagesOf(english), ['en']);
    assert.deepEqual(Object.keys(english.title), ['en']);
    const both = loadDefinition(example('early-help'));
    assert.deepEqual(languagesOf(both), ['en', 'cy']);
    const three = loadDefinition(inLanguages(example('early-help'), ['en', 'cy', 'pl'], (text) => `[pl] ${String(text['en'])}`));
    assert.deepEqual(languagesOf(three), ['en', 'cy', 'pl']);
  });

  it('a definition without "languages" is English and Welsh, as before', () => {
    const legacy = example('walking-skeleton');
    delete legacy['languages'];
    delete legacy['nation'];
    assert.deepEqual(languagesOf(loadDefinition(legacy)), ['en', 'cy']);
    delete legacy['title'].cy;
    assert.deepEqual(codesAt(problemsOf(legacy)), ['missing-welsh @ title.cy']);
  });

  it('names each missing translation by path, in the language it lacks', () => {
    const d = inLanguages(example('walking-skeleton'), ['en', 'ur'], () => 'اردو متن');
    delete d['services'][1].organisation.name.ur;
    delete d['questions'][0].label.en;
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems), ['missing-translation @ services[1].organisation.name.ur', 'missing-translation @ questions[0].label.en']);
    assert.equal(problems[0]!.message, 'Urdu (ur) text is missing or empty: every text needs en and ur.');
  });

  it('refuses text in a language the definition does not declare', () => {
    const d = inLanguages(example('walking-skeleton'), ['en']);
    d['title'].cy = 'Helo';
    const [problem] = problemsOf(d);
    assert.equal(`${problem!.code} @ ${problem!.path}`, 'undeclared-language @ title.cy');
    assert.match(problem!.message, /Welsh \(cy\).*add it to languages or remove it/);
  });

  it('a blank translation is missing too, next to problems that stop parsing', () => {
    const d = inLanguages(example('walking-skeleton'), ['en', 'pl'], () => 'Tekst');
    d['title'].pl = '  ';
    delete d['pages'][0].title.pl;
    d['version'] = 'one';
    const codes = codesAt(problemsOf(d));
    assert.ok(codes.includes('missing-translation @ title.pl'), codes.join('\n'));
    assert.ok(codes.includes('missing-translation @ pages[0].title.pl'), codes.join('\n'));
  });

  it('refuses languages that are not canonical BCP 47 tags, and duplicates', () => {
    const d = example('walking-skeleton');
    d['languages'] = ['en', 'cy', 'cy'];
    assert.deepEqual(codesAt(problemsOf(d)), ['duplicate-language @ languages[2]']);
    d['languages'] = ['en', 'Welsh'];
    assert.ok(codesAt(problemsOf(d)).some((c) => c.startsWith('schema:') && c.endsWith('@ languages[1]')));
    d['languages'] = [];
    assert.ok(codesAt(problemsOf(d)).some((c) => c.endsWith('@ languages')));
  });
});

describe('a definition for Wales', () => {
  it('with one text missing its Welsh is refused at load, naming the path', () => {
    const d = example('early-help');
    assert.equal(d['nation'], 'wales');
    delete d['services'][3].purposes[0].description.cy;
    assert.throws(
      () => loadDefinition(d),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.length === 1 &&
        error.problems[0]!.path === 'services[3].purposes[0].description.cy' &&
        error.problems[0]!.code === 'missing-welsh' &&
        error.message.includes('services[3].purposes[0].description.cy: Welsh text (cy) is missing'),
    );
  });

  it('that does not declare Welsh is refused: the Welsh Language Standards apply', () => {
    const d = inLanguages(example('walking-skeleton'), ['en']);
    d['nation'] = 'wales';
    const [problem] = problemsOf(d);
    assert.equal(`${problem!.code} @ ${problem!.path}`, 'welsh-required @ languages');
  });

  it('gives organisation contacts their Welsh: a contact without it is refused, naming the path', () => {
    const d = example('early-help');
    const hub = d['services'][0].organisation;
    assert.match(hub.contact.cy, /^Hwb Cymorth Cynnar, Canolfan Ddinesig, Morlan\./);
    assert.match(d['privacyNotice'].dpoContact.cy, /^Swyddog Diogelu Data/);
    delete hub.dpoContact.cy;
    assert.deepEqual(codesAt(problemsOf(d)), ['missing-welsh @ services[0].organisation.dpoContact.cy']);
  });

  it('refuses a contact written the old way, as a plain string, saying how to write it', () => {
    const d = example('early-help');
    d['privacyNotice'].controller.contact = 'Early Help Hub, Civic Centre, Morlan. earlyhelp@morlan.example';
    const [problem, ...rest] = problemsOf(d);
    assert.deepEqual(rest, []);
    assert.equal(problem!.path, 'privacyNotice.controller.contact');
    assert.match(problem!.message, /^Expected text in each language the definition declares, keyed by language tag, such as \{ "en": "…", "cy": "…" \}; found a plain string\.$/);
  });

  it('an English council needs no Welsh at all', () => {
    const d = inLanguages(example('early-help'), ['en']);
    d['nation'] = 'england';
    assert.equal(checkDefinition(d).ok, true);
  });
});

describe('the language the person uses answers "Which language would you like us to use?"', () => {
  const definition = loadDefinition(example('early-help'));
  it('prefills it with the language in its own name, and follows a switch until the person writes their own', () => {
    const answers = withLanguageAnswer(definition, {}, {}, 'cy');
    assert.equal(answers['access.language'], 'Cymraeg');
    assert.equal(withLanguageAnswer(definition, answers, {}, 'en', 'cy')['access.language'], 'English');
    const own = { 'access.language': 'Polish' };
    assert.equal(withLanguageAnswer(definition, own, {}, 'en', 'cy')['access.language'], 'Polish');
  });

  it('leaves a host prefill alone, and a definition that does not ask it', () => {
    assert.deepEqual(withLanguageAnswer(definition, {}, { 'access.language': 'Somali' }, 'cy'), {});
    const skeleton = loadDefinition(example('walking-skeleton'));
    assert.deepEqual(withLanguageAnswer(skeleton, {}, {}, 'cy'), {});
  });
});
