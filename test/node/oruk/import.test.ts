import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDefinition } from '@onestory/core';
import { importOrukServices, readOrukFeed, type ImportRecord } from '@onestory/core/oruk';
import { repoRoot } from '../../support/paths.js';

// The sample feed (packages/schemas/examples/oruk/) is shaped after the ORUK UK profile
// of HSDS 3.0 (OpenReferralUK/uk-profile: schema/service.json, schema/contact.json,
// profile/service_area.json, schema/compiled/service_list.json).

const read = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
const feed = () => read('packages/schemas/examples/oruk/morlan-directory.services.json');
const earlyHelp = () => read('packages/schemas/examples/early-help.definition.json');
const FAMILY_HUB = '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a61';

type Json = Record<string, any>;
function imported(existing: unknown[] = earlyHelp().services, record?: ImportRecord, from = feed()) {
  const result = importOrukServices(from, existing, record);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result;
}

/** What a council does after the first import: fills in its places and translates. */
function fillIn(service: Json): void {
  service['domains'] = ['family'];
  service['organisation']['type'] = 'public-body';
  service['organisation']['dpoContact'] = { en: 'Data Protection Officer, Civic Centre, Morlan. dataprotection@morlan.example', cy: 'Swyddog Diogelu Data, Canolfan Ddinesig, Morlan. dataprotection@morlan.example' };
  service['organisation']['contact']['cy'] = 'Cydlynydd Hwb Teulu, 01632 960 200, ann.persona@morlan.example';
  service['retention'] = { period: 'P6Y', description: { en: '6 years after your case is closed', cy: '6 blynedd ar ôl cau eich achos' } };
  service['purposes'] = [{
    id: 'family-support',
    description: { en: 'To offer your family support.', cy: 'I gynnig cymorth i’ch teulu.' },
    core: true,
    basis: 'public-task',
    requires: ['referrer.type', 'person.givenName', 'contact.phone', 'needs.family.description'],
  }];
  service['name']['cy'] = 'Hwb Teulu Castell-nedd';
}

describe('ORUK import', () => {
  it('adds the active services of a feed with what the directory says, and names what the council must fill in', () => {
    const { services, notes } = imported();
    const hub = services.find((s) => s['orukId'] === FAMILY_HUB) as Json;
    assert.equal(hub['id'], 'neath-family-hub');
    assert.deepEqual(hub['name'], { en: 'Neath Family Hub', cy: 'Neath Family Hub' });
    assert.match(hub['description']['en'], /^Support for families with children/);
    assert.equal(hub['organisation']['name']['en'], 'Morlan County Borough Council');
    assert.match(hub['organisation']['contact']['en'], /Ann Persona, Family Hub Coordinator, 01632 960 200, ann\.persona@morlan\.example/);
    assert.deepEqual(hub['eligibility'], { minAge: 0, maxAge: 19, postcodePrefixes: ['SA11', 'SA12'] });
    assert.deepEqual(hub['purposes'], []);
    const at = `services[${services.indexOf(hub)}]`;
    const todo = notes.filter((n) => n.path.startsWith(at) && n.code === 'to-fill-in').map((n) => n.path.slice(at.length + 1));
    assert.deepEqual(todo, ['purposes', 'domains', 'organisation.type', 'organisation.dpoContact', 'retention']);
    assert.ok(notes.some((n) => n.code === 'not-a-postcode-area' && n.message.includes('Neath Port Talbot')));
    // A defunct service is not added; the services the council wrote are all still there.
    assert.ok(!services.some((s) => s['orukId'] === '0c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e06'));
    assert.ok(notes.some((n) => n.code === 'closed' && n.message.includes('Morlan Debt Drop-in')));
    assert.equal(services.length, earlyHelp().services.length + 2);
  });

  it('never changes a service the council wrote by hand: it says where the directory differs', () => {
    const before = earlyHelp().services;
    const { services, notes } = imported(before);
    const index = before.findIndex((s: Json) => s['id'] === 'health-visiting');
    assert.deepEqual(services[index], before[index]);
    assert.ok(notes.some((n) => n.path === `services[${index}].description.en` && n.code === 'kept-edit'));
    assert.ok(notes.some((n) => n.path === `services[${index}].eligibility.maxAge` && n.message.startsWith('Left empty')));
  });

  it('a re-import of a changed feed updates the descriptions and keeps everything the council wrote', () => {
    const first = imported();
    const services = structuredClone(first.services) as Json[];
    const hub = services.find((s) => s['orukId'] === FAMILY_HUB)!;
    fillIn(hub);
    hub['organisation']['contact'] = { en: 'Neath Family Hub, 01632 960 201 (direct line)', cy: 'Hwb Teulu Castell-nedd, 01632 960 201 (llinell uniongyrchol)' };
    const council = structuredClone(hub);
    const definition = { ...earlyHelp(), services: services.filter((s) => s['orukId'] === FAMILY_HUB || earlyHelp().services.some((e: Json) => e['id'] === s['id'])) };
    assert.ok(checkDefinition(definition).ok, 'filled in, the definition is valid');

    const changed = feed();
    const entry = changed.contents.find((s: Json) => s['id'] === FAMILY_HUB);
    entry.description = 'Support for families with children and young people aged 0 to 19, now with evening sessions.';
    entry.contacts[0].phones[0].number = '01632 960 999';
    entry.maximum_age = 25;
    const again = imported(definition.services, first.record, changed);
    const after = again.services.find((s) => s['orukId'] === FAMILY_HUB) as Json;

    assert.ok(again.notes.some((n) => n.code === 'removed' && n.message.includes('Morlan Young Carers')), 'a service the council removed is not added back');
    assert.equal(again.services.length, definition.services.length);
    assert.equal(after['description']['en'], entry.description);
    assert.equal(after['description']['cy'], entry.description, 'the Welsh was still a copy, so it follows');
    assert.equal(after['eligibility']['maxAge'], 25);
    assert.equal(after['name']['cy'], 'Hwb Teulu Castell-nedd', 'a translation is kept');
    assert.deepEqual(after['organisation']['contact'], council['organisation']['contact'], "the council's edit is kept");
    assert.ok(again.notes.some((n) => n.path.endsWith('organisation.contact.en') && n.code === 'kept-edit' && n.message.includes('01632 960 999')));
    for (const key of ['id', 'purposes', 'domains', 'retention']) assert.deepEqual(after[key], council[key], key);
    assert.deepEqual(after['organisation']['type'], 'public-body');
    const recheck = checkDefinition({ ...definition, services: again.services });
    assert.ok(recheck.ok, JSON.stringify(!recheck.ok && recheck.problems));
  });

  it("copies the directory's English into exactly the languages the definition declares, naming each to translate", () => {
    const copied = (languages: string[]) => {
      const result = importOrukServices(feed(), [], undefined, { languages });
      assert.ok(result.ok);
      const hub = result.services.find((s) => s['orukId'] === FAMILY_HUB) as Json;
      const at = `services[${result.services.indexOf(hub)}]`;
      const notes = result.notes.filter((n) => n.path.startsWith(`${at}.`) && n.code === 'copied-english');
      return { hub, notes: notes.map((n) => `${n.path.slice(at.length + 1)}: ${n.message}`) };
    };
    const english = copied(['en']);
    assert.deepEqual(english.hub['name'], { en: 'Neath Family Hub' });
    assert.deepEqual(Object.keys(english.hub['organisation']['contact']), ['en']);
    assert.deepEqual(english.notes, []);
    const polishUrdu = copied(['en', 'pl', 'ur']);
    assert.deepEqual(polishUrdu.hub['name'], { en: 'Neath Family Hub', pl: 'Neath Family Hub', ur: 'Neath Family Hub' });
    assert.ok(polishUrdu.notes.includes('description.pl: Copied from the English: translate it into Polish.'));
    assert.ok(polishUrdu.notes.includes('organisation.contact.ur: Copied from the English: translate it into Urdu.'));
    assert.ok(!polishUrdu.notes.some((n) => n.includes('.cy')), 'no Welsh the definition does not declare');
    assert.equal(copied(['en', 'cy']).notes[0], 'name.cy: Copied from the English: translate it into Welsh.');
    const welshOnly = importOrukServices(feed(), [], undefined, { languages: ['cy'] });
    assert.ok(!welshOnly.ok);
    assert.deepEqual(welshOnly.problems.map((p) => [p.path, p.code]), [['languages', 'english-required']]);
  });

  it('checks ORUK ids as the standard says (UUIDs), naming the path', () => {
    const broken = feed();
    broken.contents[1].id = 'young-carers';
    broken.contents[2].status = 'open';
    const result = readOrukFeed(broken);
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => p.path), ['contents[1].id', 'contents[2].status']);
    assert.match(result.problems[0]!.message, /must be a UUID/);
    assert.match(result.problems[1]!.message, /"open" is not allowed here/);
  });

  it('reads a single service and a plain list too', () => {
    const one = feed().contents[0];
    assert.equal((readOrukFeed(one) as { services: unknown[] }).services.length, 1);
    assert.equal((readOrukFeed([one, one]) as { services: unknown[] }).services.length, 2);
  });
});
