import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDefinition, ConfigError, DEFINITION_SCHEMA_ID, loadDefinition, loadDefinitionInStages, plan, type ConfigProblem } from '@onestory/core';
import { repoRoot } from '../../support/paths.js';

type Json = Record<string, any>; // test fixtures are edited freely

const example = (name: string): Json =>
  JSON.parse(readFileSync(join(repoRoot, `packages/schemas/examples/${name}.definition.json`), 'utf8')) as Json;

function problemsOf(definition: unknown): ConfigProblem[] {
  const result = checkDefinition(definition);
  assert.equal(result.ok, false, 'expected the definition to be refused');
  return [...result.problems];
}

const codesAt = (problems: readonly ConfigProblem[]) => problems.map((p) => `${p.code} @ ${p.path}`);

describe('the example definitions', () => {
  for (const name of ['early-help', 'walking-skeleton']) {
    it(`${name} passes loadDefinition and names the published schema`, () => {
      const raw = example(name);
      const definition = loadDefinition(raw);
      assert.equal(raw['$schema'], DEFINITION_SCHEMA_ID);
      assert.ok(definition.services.length >= 2);
    });
  }

  it('early-help offers the eight services of the field, each needing a different part of the Story', () => {
    const definition = loadDefinition(example('early-help'));
    assert.equal(definition.services.length, 8);
    const needs = definition.services.map((s) => JSON.stringify([...new Set(s.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]))].sort()));
    assert.equal(new Set(needs).size, 8);
    assert.ok(definition.services.some((s) => s.dutyToRefer));
    // Every purpose that touches special category data names its Art 9 condition, with a
    // Schedule 1 paragraph where the Act requires one.
    for (const service of definition.services) {
      for (const purpose of service.purposes) {
        const condition = purpose.specialCategory?.condition;
        if (condition && ['b', 'g', 'h', 'i', 'j'].includes(condition)) assert.ok(purpose.specialCategory?.schedule1Paragraph, `${service.id}/${purpose.id}`);
      }
    }
  });

  it('early-help has Welsh for every text (not a copy of the English)', () => {
    const texts: { en: string; cy: string }[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        if (typeof object['en'] === 'string' && typeof object['cy'] === 'string') texts.push(object as { en: string; cy: string });
        else Object.values(object).forEach(walk);
      }
    };
    walk(example('early-help'));
    assert.ok(texts.length > 150);
    // Names such as "Hafan" or "999"-style labels may match, and so may a contact that is
    // only an email address and a phone number; prose must not.
    const words = (text: string) => text.replace(/\S+@\S+|[\d\s,.+]+/g, ' ').trim();
    const copied = texts.filter((t) => t.en === t.cy && words(t.en).split(' ').length > 2);
    assert.deepEqual(copied, []);
  });
});

describe('the benchmark definition (benchmark-200)', () => {
  it('is one page of 200 declared questions: 120 short text, 40 one-of-four choices, 20 dates, 20 single yes boxes', () => {
    const raw = example('benchmark-200');
    const result = checkDefinition(raw);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.deepEqual(result.warnings, []);
    const definition = result.definition;
    assert.equal(definition.pages.length, 1);
    assert.equal(definition.pages[0]!.questions.length, 200);
    const fields = new Map(definition.fields!.map((f) => [`declared.${f.id}`, f]));
    assert.ok(definition.questions.every((q) => fields.has(q.field)), 'every question asks a declared field');
    const kinds: Record<string, number> = {};
    for (const q of definition.questions) {
      const field = fields.get(q.field)!;
      const kind = field.type === 'yes-no' ? `yes-no as ${q.widget}` : field.type === 'choice' ? `choice of ${field.options!.length}` : field.type;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    assert.deepEqual(kinds, { text: 120, 'choice of 4': 40, date: 20, 'yes-no as checkboxes': 20 });
  });

  it('shows 170 questions, and 30 more while the first choice is "yes"', () => {
    const definition = loadDefinition(example('benchmark-200'));
    const first = definition.questions[0]!;
    assert.equal(first.field, 'declared.moreThanOneChild');
    const asked = (answer?: string) =>
      plan({ definition, answers: answer ? { [first.field]: answer } : {}, chosenServices: ['early-help-referral'], today: '2025-06-15' })
        .questions.filter((q) => q.pageId === 'referral').length;
    assert.equal(asked(), 170);
    assert.equal(asked('no'), 170);
    assert.equal(asked('yes'), 200);
  });
});

describe('loadDefinitionInStages: what rendering needs first, the texts after', () => {
  const thrown = (fn: () => unknown): ConfigError => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error;
    }
    assert.fail('expected a ConfigError');
  };

  it('gives the definition at once and finds a missing translation, or a text too long for a consent record, only when its texts are checked', () => {
    const missing = example('walking-skeleton');
    delete missing['questions'][2].label.cy;
    const tooLong = example('walking-skeleton');
    tooLong['services'][0].organisation.name.cy = 'S'.repeat(9990);
    for (const definition of [missing, tooLong]) {
      const staged = loadDefinitionInStages(definition);
      assert.equal(staged.definition.pages.length, loadDefinition(example('walking-skeleton')).pages.length);
      const error = thrown(() => staged.checkTexts());
      // Exactly what loadDefinition reports, message and problems.
      assert.deepEqual([error.message, error.problems], [thrown(() => loadDefinition(definition)).message, thrown(() => loadDefinition(definition)).problems]);
    }
    assert.deepEqual(codesAt(thrown(() => loadDefinitionInStages(missing).checkTexts()).problems), ['missing-welsh @ questions[2].label.cy']);
    assert.equal(thrown(() => loadDefinitionInStages(tooLong).checkTexts()).problems[0]?.code, 'submission-limit');
  });

  it('throws at once what stops planning, naming the translations missing beside it as loadDefinition does', () => {
    const definition = example('walking-skeleton');
    definition['pages'][0].questions.push('no-such-question');
    delete definition['questions'][2].label.cy;
    const error = thrown(() => loadDefinitionInStages(definition));
    assert.deepEqual(error.problems, thrown(() => loadDefinition(definition)).problems);
    assert.deepEqual(codesAt(error.problems).sort(), ['missing-welsh @ questions[2].label.cy', `unknown-question @ pages[0].questions[${definition['pages'][0].questions.length - 1}]`].sort());
  });

  it('checks the example definitions clean in both stages', () => {
    for (const name of ['early-help', 'walking-skeleton', 'benchmark-200']) loadDefinitionInStages(example(name)).checkTexts();
  });
});

describe('checkDefinition reports each problem with its path', () => {
  it('an unknown Story field, wherever a field is named', () => {
    const d = example('walking-skeleton');
    d['questions'][2].field = 'person.givenNmae';
    d['services'][1].purposes[0].requires.push('person.shoeSize');
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems).sort(), ['unknown-field @ questions[2].field', 'unknown-field @ services[1].purposes[0].requires[4]']);
    assert.match(problems.find((p) => p.path === 'questions[2].field')!.message, /Did you mean "person\.givenName"\?/);
  });

  it('missing or empty Welsh text', () => {
    const d = example('walking-skeleton');
    delete d['questions'][0].label.cy;
    d['services'][0].name.cy = '   ';
    assert.deepEqual(codesAt(problemsOf(d)).sort(), ['missing-welsh @ questions[0].label.cy', 'missing-welsh @ services[0].name.cy']);
  });

  it('an unknown property (a typo) in any object', () => {
    const d = example('walking-skeleton');
    d['questions'][1].lable = d['questions'][1].label;
    assert.deepEqual(codesAt(problemsOf(d)), ['unknown-key @ questions[1]']);
  });

  it('duplicate ids of services, purposes, questions and pages', () => {
    const d = example('walking-skeleton');
    d['services'][1].id = 'housing-support';
    d['services'][0].purposes.push({ ...d['services'][0].purposes[0] });
    d['questions'][6].id = 'housing-description';
    d['pages'][4].id = 'housing';
    const codes = codesAt(problemsOf(d));
    for (const expected of ['duplicate-id @ services[1].id', 'duplicate-id @ services[0].purposes[1].id', 'duplicate-id @ questions[6].id', 'duplicate-id @ pages[4].id']) {
      assert.ok(codes.includes(expected), `${expected} not in ${codes.join(', ')}`);
    }
  });

  it('an unknown service in a condition', () => {
    const d = example('walking-skeleton');
    d['pages'][3].when = { serviceChosen: 'money-advise' };
    assert.deepEqual(codesAt(problemsOf(d)), ['unknown-service @ pages[3].when']);
  });

  it('a condition on a field no question asks, and an unknown named condition', () => {
    const d = example('walking-skeleton');
    d['questions'][4].when = { answered: 'person.nhsNumber' };
    d['pages'][4].when = { condition: 'nope' };
    assert.deepEqual(codesAt(problemsOf(d)).sort(), ['condition-on-unasked-field @ questions[4].when', 'unknown-condition @ pages[4].when']);
  });

  it('a service that needs a field no question asks', () => {
    const d = example('walking-skeleton');
    d['services'][0].purposes[0].requires.push('person.nhsNumber');
    assert.deepEqual(codesAt(problemsOf(d)), ['field-never-asked @ services[0].purposes[0].requires[5]']);
  });

  it('a purpose that breaks a lawful-basis rule, before anyone answers (rules 1 and 2)', () => {
    const d = example('early-help');
    delete d['services'][2].purposes[0].specialCategory.schedule1Paragraph; // Art 9(2)(g) needs one
    delete d['services'][1].purposes[0].specialCategory; // drug and alcohol data is health data
    d['services'][5].purposes[0].basis = 'consent'; // a public body's core purpose
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems), [
      'missing-art9-condition @ services[1].purposes[0].specialCategory',
      'missing-schedule1-paragraph @ services[2].purposes[0].specialCategory.schedule1Paragraph',
      'public-body-core-consent @ services[5].purposes[0].basis',
    ]);
    assert.match(problems[1]!.message, /Schedule 1 paragraph.*\(lawful-basis rule 1\)$/);
    assert.match(problems[2]!.message, /public task or legal obligation.*\(lawful-basis rule 2\)$/);
    assert.throws(() => loadDefinition(d), ConfigError);
  });

  it('named conditions that refer to each other in a cycle', () => {
    const d = example('walking-skeleton');
    d['conditions'] = { ...d['conditions'], a: { condition: 'b' }, b: { not: { condition: 'a' } } };
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems), ['condition-cycle @ conditions.a']);
    assert.match(problems[0]!.message, /a → b → a/);
  });

  it('a Story field asked by two questions', () => {
    const d = example('walking-skeleton');
    d['questions'].push({ id: 'name-again', field: 'person.givenName', label: { en: 'Name', cy: 'Enw' } });
    d['pages'][2].questions.push('name-again');
    assert.deepEqual(codesAt(problemsOf(d)), ['field-asked-twice @ questions[7].field']);
  });

  it('a question on no page, a page naming an unknown question, an option the field cannot hold', () => {
    const d = example('walking-skeleton');
    d['pages'][2].questions = ['given-name', 'date-of-birth', 'phne'];
    d['questions'][0].options[0].value = 'myself';
    assert.deepEqual(codesAt(problemsOf(d)).sort(), [
      'invalid-option @ questions[0].options[0].value',
      'question-not-on-page @ questions[4]',
      'unknown-question @ pages[2].questions[2]',
    ]);
  });

  it('a DASH checklist without exactly its 24 questions, each with its own text id', () => {
    const d = example('early-help');
    const qi = d['questions'].findIndex((q: Json) => q['field'] === 'risk.dash');
    const dash = d['questions'][qi];
    assert.equal(dash.options.length, 24, 'the example gives the 24 DASH questions');
    dash.options.pop();
    dash.options[1].value = dash.options[0].value;
    dash.options[2].value = ' ';
    dash.options[3].value = 4;
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems), [
      `checklist-items @ questions[${qi}].options`,
      `checklist-items @ questions[${qi}].options[1].value`,
      `checklist-items @ questions[${qi}].options[2].value`,
      `checklist-items @ questions[${qi}].options[3].value`,
    ]);
    assert.match(problems[0]!.message, /24 questions.*found 23/);
    assert.match(problems[1]!.message, /Duplicate checklist question id "injury"/);

    delete dash.options;
    assert.deepEqual(codesAt(problemsOf(d)), [`checklist-items @ questions[${qi}]`]);
  });

  it('the checklist widget on another field, and the DASH checklist with another widget', () => {
    const d = example('early-help');
    const qi = d['questions'].findIndex((q: Json) => q['field'] === 'risk.dash');
    d['questions'][qi].widget = 'radios';
    d['questions'][1].widget = 'checklist';
    const problems = problemsOf(d);
    assert.deepEqual(codesAt(problems), [`checklist-widget @ questions[1].widget`, `checklist-widget @ questions[${qi}].widget`]);
    assert.match(problems[0]!.message, /only answers "risk\.dash"/);
  });

  it('reports every semantic problem at once, in one ConfigError', () => {
    const d = example('early-help');
    d['services'][1].id = 'housing-support';
    d['questions'].push({ id: 'phone', field: 'contact.phone', label: { en: 'Phone', cy: 'Ffôn' } });
    d['questions'].push({ id: 'dob-again', field: 'person.dateOfBirth', label: { en: 'Born', cy: 'Geni' } });
    d['pages'][4].questions.push('dob-again');
    d['pages'][0].when = { serviceChosen: 'no-such-service' };
    d['pages'][1].when = { answered: 'person.nhsNumber' };
    d['services'][2].purposes[0].requires.push('needs.money.servicesInvolved');
    d['conditions'] = { ...d['conditions'], loop: { all: [{ condition: 'loop' }] } };
    assert.throws(
      () => loadDefinition(d),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.name, 'ConfigError');
        const codes = new Set(error.problems.map((p) => p.code));
        for (const code of ['duplicate-id', 'field-asked-twice', 'unknown-service', 'field-never-asked', 'condition-cycle']) {
          assert.ok(codes.has(code), `${code} missing from ${[...codes].join(', ')}`);
        }
        for (const p of error.problems) assert.ok(error.message.includes(p.path), p.path);
        return true;
      },
    );
  });

  it('reports every schema problem at once too, with a message that says what to do', () => {
    const d = example('walking-skeleton');
    delete d['version'];
    d['title'].cy = '';
    d['services'][0].purposes[0].basis = 'public task';
    d['services'][1].purposes[0].requires.push('person.foo');
    d['settings'].quickExit.url = 'javascript:alert(1)';
    d['pages'][0].questions = 'referrer-type';
    const problems = problemsOf(d);
    assert.deepEqual(
      problems.map((p) => [p.path, p.message]),
      [
        ['version', 'Missing: this property is required (expected string).'],
        ['title.cy', 'Welsh text (cy) is missing or empty: every text needs en and cy.'],
        ['services[0].purposes[0].basis', '"public task" is not allowed here. Did you mean "public-task"?'],
        ['services[1].purposes[0].requires[4]', 'Not a Story field, nor a declared field (declared.<id>). "person.foo" is not allowed here.'],
        ['pages[0].questions', 'Expected array, found string "referrer-type".'],
        ['settings.quickExit.url', 'Must be a web address starting with https:// or http://.'],
      ],
    );
  });
});
