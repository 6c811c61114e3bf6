import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceEligibility, suggestServices, type Answers, type ServiceEligibility } from '@onestory/core';
import { matchPostcodePrefix, serviceOptions } from '@onestory/core/engine';
import { TODAY, address, definition } from './fixtures.js';

const verdicts = (answers: Answers, locale: 'en' | 'cy' = 'en'): Record<string, ServiceEligibility> =>
  Object.fromEntries(serviceEligibility(definition, answers, { today: TODAY, locale }).map((v) => [v.serviceId, v]));

describe('serviceEligibility', () => {
  it('lists every service, in definition order, never dropping one', () => {
    assert.deepEqual(serviceEligibility(definition, {}, { today: TODAY, locale: 'en' }).map((v) => v.serviceId), ['housing', 'youth', 'drugs']);
  });

  it('explains an age outside the range in plain language, in English and Welsh', () => {
    const answers: Answers = { 'person.dateOfBirth': '1990-01-01', 'contact.address': address };
    const youth = verdicts(answers)['youth']!;
    assert.equal(youth.eligible, false);
    assert.deepEqual(youth.reasons, ['This service is for people aged 11 to 25.']);
    assert.deepEqual(verdicts(answers, 'cy')['youth']!.reasons, ['Mae’r gwasanaeth hwn ar gyfer pobl 11 i 25 oed.']);
    assert.equal(verdicts(answers)['housing']!.eligible, true);
  });

  it('counts age in whole years on the injected today (a birthday tomorrow does not count yet)', () => {
    assert.equal(verdicts({ 'person.dateOfBirth': '2009-06-16', 'contact.address': address })['housing']!.eligible, false);
    assert.deepEqual(verdicts({ 'person.dateOfBirth': '2009-06-16' })['housing']!.reasons, ['This service is for people aged 16 or over.']);
    assert.equal(verdicts({ 'person.dateOfBirth': '2009-06-15', 'contact.address': address })['housing']!.eligible, true);
    assert.equal(verdicts({ 'person.dateOfBirth': '1999-06-15' })['youth']!.eligible, false, '26 today');
    assert.equal(verdicts({ 'person.dateOfBirth': '1999-06-16' })['youth']!.eligible, true, '25 until tomorrow');
  });

  it('checks the area by postcode prefix', () => {
    const outside = verdicts({ 'person.dateOfBirth': '1990-01-01', 'contact.address': { ...address, postcode: 'SA1 1AA' } });
    assert.equal(outside['housing']!.eligible, false);
    assert.deepEqual(outside['housing']!.reasons, ['This service does not cover the area where you live.']);
    const unformatted = verdicts({ 'person.dateOfBirth': '1990-01-01', 'contact.address': { ...address, postcode: 'cf101aa' } });
    assert.equal(unformatted['housing']!.eligible, true);
  });

  it('keeps a service eligible when an answer is missing, and says so', () => {
    const housing = verdicts({})['housing']!;
    assert.equal(housing.eligible, true);
    assert.deepEqual(housing.reasons, []);
    assert.deepEqual(housing.unchecked, ['age', 'area']);
    assert.deepEqual(housing.notes, [
      'We cannot check your age yet. This service is for people aged 16 or over.',
      'We cannot check your postcode yet. This service covers some areas only.',
    ]);
    assert.deepEqual(verdicts({}, 'cy')['youth']!.notes, ['Ni allwn wirio eich oedran eto. Mae’r gwasanaeth hwn ar gyfer pobl 11 i 25 oed.']);
    const drugs = verdicts({})['drugs']!;
    assert.deepEqual([drugs.eligible, drugs.unchecked, drugs.notes], [true, [], []], 'no rules, nothing to check');
  });

  it('treats an invalid date of birth or postcode as not known yet', () => {
    const v = verdicts({ 'person.dateOfBirth': '2009-02-30', 'contact.address': { ...address, postcode: 'nonsense' } })['housing']!;
    assert.equal(v.eligible, true);
    assert.deepEqual(v.unchecked, ['age', 'area']);
  });

  it('marks services suggested by the needs described', () => {
    const v = verdicts({ 'needs.domains': ['money'] });
    assert.deepEqual([v['housing']!.suggested, v['youth']!.suggested, v['drugs']!.suggested], [true, false, false]);
  });
});

describe('suggestServices', () => {
  it('offers the services whose domains meet the needs, in definition order', () => {
    assert.deepEqual(suggestServices(definition, { 'needs.domains': ['drugsAlcohol', 'housing'] }), ['housing', 'drugs']);
    assert.deepEqual(suggestServices(definition, { 'needs.domains': ['care'] }), []);
    assert.deepEqual(suggestServices(definition, {}), []);
  });
});

describe('matchPostcodePrefix', () => {
  it('matches areas by their letters only', () => {
    assert.equal(matchPostcodePrefix('CF10 1AA', ['CF']), 'CF');
    assert.equal(matchPostcodePrefix('BS1 4DJ', ['B']), null, 'B (Birmingham) does not cover BS (Bristol)');
    assert.equal(matchPostcodePrefix('B1 1AA', ['B']), 'B');
  });

  it('matches districts exactly, with their sub-districts', () => {
    assert.equal(matchPostcodePrefix('CF10 1AA', ['CF1']), null, 'CF1 does not cover CF10');
    assert.equal(matchPostcodePrefix('EC1A 1BB', ['EC1']), 'EC1');
    assert.equal(matchPostcodePrefix('CF10 1AA', ['CF10']), 'CF10');
  });

  it('picks the longest matching prefix', () => {
    assert.equal(matchPostcodePrefix('CF10 1AA', ['CF', 'CF10', 'SA']), 'CF10');
    assert.equal(matchPostcodePrefix('cf14 4xw', ['CF', 'CF10']), 'CF');
  });
});

describe('serviceOptions (the services step)', () => {
  const withSignpost = {
    ...definition,
    services: definition.services.map((s) =>
      s.id === 'youth' ? { ...s, eligibility: { ...s.eligibility, signpost: { en: 'Ask your school about youth clubs.', cy: 'Gofynnwch i’ch ysgol am glybiau ieuenctid.' } } } : s,
    ),
  };
  const optionsFor = (answers: Answers, chosen: string[] = [], locale: 'en' | 'cy' = 'en') =>
    serviceOptions({ definition: withSignpost, eligibility: serviceEligibility(withSignpost, answers, { today: TODAY, locale }), chosen, locale });

  it('disables a service the person cannot use, saying so, why and where to go instead, each on its own line', () => {
    const youth = optionsFor({ 'person.dateOfBirth': '1990-01-01', 'contact.address': address }).find((o) => o.value === 'youth')!;
    assert.equal(youth.disabled, true);
    const lines = youth.hint!.split('\n');
    assert.ok(lines.includes('You cannot choose this service.'), youth.hint);
    assert.ok(lines.includes('This service is for people aged 11 to 25.'));
    assert.ok(lines.includes('Ask your school about youth clubs.'));
    assert.ok(lines.every((line) => /[.!?)]$/.test(line.trim())), `every line is a sentence: ${JSON.stringify(lines)}`);
    const welsh = optionsFor({ 'person.dateOfBirth': '1990-01-01', 'contact.address': address }, [], 'cy').find((o) => o.value === 'youth')!;
    assert.ok(welsh.hint!.split('\n').includes('Gofynnwch i’ch ysgol am glybiau ieuenctid.'));
  });

  it('keeps open, with no such lines, a service the person can use or whose checks wait for an answer', () => {
    for (const option of optionsFor({})) {
      assert.equal(option.disabled, undefined, String(option.value));
      assert.ok(!option.hint!.includes('You cannot choose'));
    }
  });

  it('leaves a service chosen before it was known to be closed enabled, so it can be unticked', () => {
    const youth = optionsFor({ 'person.dateOfBirth': '1990-01-01' }, ['youth']).find((o) => o.value === 'youth')!;
    assert.equal(youth.disabled, undefined);
    assert.ok(youth.hint!.includes('You cannot choose this service.'));
  });
});
