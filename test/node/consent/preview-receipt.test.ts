import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildDisclosures,
  buildReceipt,
  FIELD_PATHS,
  previewDisclosures,
  refuse,
  renderReceiptText,
  requestConsents,
  translate,
  type Definition,
} from '@onestory/core';
import { previewLines, previewRequest } from '@onestory/core/consent';
import { inLanguages } from '../../support/languages.js';
import { agreedRecords, ALL_SERVICES, at, changeRecord, fixtureDefinition, fixtureStory, idSequence } from './fixtures.js';

const definition = fixtureDefinition();
const story = fixtureStory();
const envelopes = () => buildDisclosures(story, definition, ALL_SERVICES, agreedRecords(definition));

describe('field labels', () => {
  it('name every Story field in English and Welsh', () => {
    for (const path of FIELD_PATHS) {
      const en = translate('en', `field.${path}`);
      const cy = translate('cy', `field.${path}`);
      assert.ok(en.trim() && cy.trim(), path);
      assert.notEqual(en, cy, `${path} has a real Welsh label`);
    }
  });
});

describe('previewDisclosures', () => {
  it('lists exactly what each envelope holds, with its basis', () => {
    const list = envelopes();
    const previews = previewDisclosures(list, definition, 'en');
    assert.deepEqual(previews.map((p) => p.items.map((i) => i.field)), list.map((e) => e.fields));
    const recovery = previews.find((p) => p.serviceId === 'recovery')!;
    assert.equal(recovery.heading, 'Recovery Service (Cardiff and Vale UHB) will receive:');
    assert.deepEqual(recovery.items[1], {
      field: 'person.dateOfBirth',
      label: 'Date of birth',
      bases: ['public-task'],
      text: 'Date of birth (lawful basis: the organisation’s public tasks)',
    });
  });

  it('says what is not shared, and why, in Welsh too', () => {
    const [, dv] = previewDisclosures(envelopes(), definition, 'cy');
    assert.equal(dv!.heading, 'Bydd Cartrefi Diogelach (Cartrefi Diogelach Cymru) yn cael:');
    assert.deepEqual(previewLines(dv!).at(-1), 'Ni chaiff ei rannu: Cyfeiriad, oherwydd mae hyn yn eich cadw’n ddiogel');
    assert.ok(dv!.items.some((i) => i.text === 'Rhif ffôn (sail gyfreithlon: eich caniatâd)'));
  });

  it('shows a refused optional purpose as not shared', () => {
    const consents = changeRecord(agreedRecords(definition), 'housing-options', 'updates', (r) => refuse(r, { now: at(3), actor: 'subject' }));
    const [housing] = previewDisclosures(buildDisclosures(story, definition, ALL_SERVICES, consents), definition, 'en');
    assert.ok(!housing!.items.some((i) => i.field === 'contact.email'));
    assert.deepEqual(housing!.withheld.map((w) => w.text), ['Not shared: Email address, because you said no']);
  });
});

describe('consent receipt', () => {
  const consents = changeRecord(agreedRecords(definition), 'housing-options', 'updates', (r) => refuse(r, { now: at(3), actor: 'subject' }));
  const receipt = buildReceipt(consents, definition, { now: at(10), locale: 'en', submissionId: '00000000-0000-4000-8000-0000000000aa' });

  it('is JSON the person can keep, one item per decision, with no answers in it', () => {
    assert.equal(receipt.kind, 'consent-receipt');
    assert.equal(receipt.items.length, 5);
    assert.deepEqual(receipt.items.map((i) => i.state), ['given', 'refused', 'given', 'given', 'given']);
    const json = JSON.stringify(receipt);
    assert.deepEqual(JSON.parse(json), receipt);
    for (const personal of ['Carys', 'Evans', 'CF10 1AA', '07700', 'Rhys', 'I drink']) assert.ok(!json.includes(personal), personal);
  });

  it('renders as plain English text with services, decisions, bases, withdrawal and the right to complain', () => {
    const text = renderReceiptText(receipt);
    assert.match(text, /^Your consent receipt\n/);
    assert.match(text, /Reference: 00000000-0000-4000-8000-0000000000aa/);
    assert.match(text, /Privacy notice: version 3, https:\/\/example\.org\/privacy/);
    assert.match(text, /Housing Options, run by Cardiff Council\nWhat for: To email you news about housing schemes\nYour decision: you said no \(27 March 2025/);
    assert.match(text, /Lawful basis: the organisation’s public tasks/);
    assert.match(text, /Special category condition: UK GDPR Article 9\(2\)\(h\), Data Protection Act 2018 Schedule 1 paragraph 2/);
    assert.match(text, /To withdraw: You can withdraw at any time/);
    assert.match(text, /Information Commissioner’s Office/);
    assert.ok(!/[<>]/.test(text), 'plain text, no markup');
  });

  it('says, when given the services\' statuses (a reopened receipt), what each service has done', () => {
    const [first, ...others] = [...new Set(receipt.items.map((item) => item.serviceId))];
    const text = renderReceiptText(receipt, 'en', [{ serviceId: first!, status: 'declined', at: '2025-03-28T10:00:00.000Z', reason: 'Outside our area' }]);
    const firstItem = receipt.items.find((item) => item.serviceId === first)!;
    assert.match(text, new RegExp(`What for: ${firstItem.purpose['en']!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^]*?What has happened: Declined \\(28 March 2025 at 10:00\\)\\. The service said: Outside our area`));
    if (others.length > 0) assert.match(text, /What has happened: Nothing was sent to this service\./);
    assert.ok(!/What has happened/.test(renderReceiptText(receipt, 'en')), 'no status lines without statuses');
  });

  it('gives its dates in the language it is read in, not in English (Polish, Arabic)', () => {
    const translated = (locale: string) => inLanguages(definition, ['en', 'cy', locale], (text) => `${locale}: ${text['en']}`) as Definition;
    for (const [locale, decided] of [['pl', /\(27 marca 2025/], ['ar', /\(27 مارس 2025/]] as const) {
      const text = renderReceiptText(buildReceipt(consents, translated(locale), { now: at(10), locale }));
      assert.match(text, decided, locale);
      assert.doesNotMatch(text, /March/, locale);
    }
  });

  it('renders in Welsh', () => {
    const text = renderReceiptText(receipt, 'cy');
    assert.match(text, /^Eich derbynneb caniatâd\n/);
    assert.match(text, /Opsiynau Tai \(sefydliad: Cyngor Caerdydd\)/);
    assert.match(text, /Eich penderfyniad: dywedoch na \(27 Mawrth 2025/);
    assert.match(text, /Swyddfa’r Comisiynydd Gwybodaeth/);
  });
});

describe('previewRequest', () => {
  it('asks one question per service and purpose, with the data it would receive and the separate health statement', () => {
    const records = requestConsents(definition, ALL_SERVICES, { now: at(0), newId: idSequence(), locale: 'cy', ageBand: 'adult' });
    const questions = previewRequest(records, definition, 'cy');
    assert.equal(questions.length, 5);
    const wellbeing = questions.find((q) => q.purposeId === 'wellbeing')!;
    assert.equal(wellbeing.serviceName, 'Cartrefi Diogelach');
    assert.equal(wellbeing.core, false);
    assert.equal(wellbeing.basisLabel, 'eich caniatâd');
    assert.deepEqual(wellbeing.fields, [{ field: 'needs.health.description', label: 'Iechyd a llesiant: beth sy’n digwydd', required: true }]);
    assert.match(wellbeing.explicitStatement!, /^Rwy’n cytuno’n benodol y caiff Cartrefi Diogelach/);
    const housing = questions.find((q) => q.serviceId === 'housing-options' && q.purposeId === 'referral')!;
    assert.deepEqual(housing.fields.map((f) => f.required), [true, true, true, true, true, false, false]);
    assert.equal(housing.explicitStatement, undefined);
  });
});
