import {
  FIELD_PATHS,
  give,
  loadDefinition,
  markNoticeShown,
  requestConsents,
  type ConsentRecord,
  type Definition,
  type Story,
} from '@onestory/core';
import { dashItems } from '../../support/checklist-items.js';

// Shared fixtures for the consent tests: a small but realistic front door with a council
// housing service (duty to refer), a domestic-abuse charity that contacts the household,
// and an NHS drug and alcohol service (special category data on Art 9(2)(h)).

const text = (en: string, cy: string) => ({ en, cy });

/** Deterministic UUIDs: the n-th call gives `…-000000000001`, `…-000000000002`, … */
export function idSequence(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/** A fixed clock reading, `minutes` after 10:00 UTC on 27 March 2025. */
export const at = (minutes = 0): Date => new Date(Date.UTC(2025, 2, 27, 10, minutes));
/** The ISO date of {@link at}. */
export const TODAY = '2025-03-27';

/** A question asking every Story field, so any service may use any field. */
function everyFieldQuestions() {
  return FIELD_PATHS.map((field) => ({
    id: `q-${field.replace(/\./g, '-').toLowerCase()}`,
    field,
    label: text(`Question for ${field}`, `Cwestiwn ar gyfer ${field}`),
    ...(field === 'risk.dash' && { options: dashItems() }),
  }));
}

const organisation = (type: 'public-body' | 'nhs' | 'charity', en: string, cy: string) => ({
  name: text(en, cy),
  type,
  contact: text(`info@${type}.example.org`, `info@${type}.example.org`),
  dpoContact: text(`dpo@${type}.example.org`, `dpo@${type}.example.org`),
});

const retention = { period: 'P6Y', description: text('Six years after the case closes', 'Chwe blynedd ar ôl i’r achos gau') };

/** The raw definition (JSON stage), for tests that need to vary it. */
export function definitionJson(practitionerMode = true) {
  const questions = everyFieldQuestions();
  return {
    id: 'cardiff-front-door',
    version: '1.2.0',
    title: text('Get help', 'Cael help'),
    privacyNotice: {
      uri: 'https://example.org/privacy',
      version: '3',
      controller: { name: text('Cardiff Council', 'Cyngor Caerdydd'), contact: text('privacy@example.org', 'privacy@example.org') },
      dpoContact: text('dpo@example.org', 'dpo@example.org'),
      summary: text('We share what you tell us only with the services you choose.', 'Dim ond gyda’r gwasanaethau a ddewiswch y byddwn yn rhannu’r hyn a ddywedwch wrthym.'),
      rights: text('You can see, correct or delete your information.', 'Gallwch weld, cywiro neu ddileu eich gwybodaeth.'),
      complaint: text('You can complain to the ICO.', 'Gallwch gwyno i’r ICO.'),
    },
    services: [
      {
        id: 'housing-options',
        orukId: 'oruk-housing-1',
        name: text('Housing Options', 'Opsiynau Tai'),
        description: text('Help if you are homeless or may lose your home.', 'Help os ydych yn ddigartref neu’n debygol o golli eich cartref.'),
        organisation: organisation('public-body', 'Cardiff Council', 'Cyngor Caerdydd'),
        domains: ['housing'],
        purposes: [
          {
            id: 'referral',
            description: text('To assess your housing situation', 'I asesu eich sefyllfa dai'),
            core: true,
            basis: 'public-task',
            requires: ['person.givenName', 'person.familyName', 'contact.phone', 'needs.housing.description', 'needs.housing.localAuthority'],
            optional: ['contact.address', 'household.members'],
          },
          {
            id: 'updates',
            description: text('To email you news about housing schemes', 'I anfon newyddion am gynlluniau tai atoch drwy e-bost'),
            core: false,
            basis: 'consent',
            requires: ['contact.email'],
          },
        ],
        retention,
        dutyToRefer: true,
      },
      {
        id: 'safer-homes',
        orukId: 'oruk-dv-7',
        name: text('Safer Homes', 'Cartrefi Diogelach'),
        description: text('Support for people experiencing domestic abuse.', 'Cymorth i bobl sy’n profi cam-drin domestig.'),
        organisation: organisation('charity', 'Safer Homes Wales', 'Cartrefi Diogelach Cymru'),
        domains: ['safety'],
        purposes: [
          {
            id: 'referral',
            description: text('To contact you safely and offer support', 'I gysylltu â chi’n ddiogel a chynnig cymorth'),
            core: true,
            basis: 'consent',
            requires: ['person.givenName', 'contact.safeContact', 'contact.address', 'household.members', 'risk.dash'],
            optional: ['contact.phone'],
          },
          {
            id: 'wellbeing',
            description: text('To offer counselling', 'I gynnig cwnsela'),
            core: false,
            basis: 'consent',
            specialCategory: { condition: 'a' },
            requires: ['needs.health.description'],
          },
        ],
        retention,
        contactsHousehold: true,
        endpoint: 'https://safer-homes.example.org/referrals',
      },
      {
        id: 'recovery',
        orukId: 'oruk-recovery-3',
        name: text('Recovery Service', 'Gwasanaeth Adfer'),
        description: text('Drug and alcohol treatment.', 'Triniaeth cyffuriau ac alcohol.'),
        organisation: organisation('nhs', 'Cardiff and Vale UHB', 'BIP Caerdydd a’r Fro'),
        domains: ['drugsAlcohol'],
        purposes: [
          {
            id: 'treatment',
            description: text('To arrange treatment', 'I drefnu triniaeth'),
            core: true,
            basis: 'public-task',
            specialCategory: { condition: 'h', schedule1Paragraph: '2' },
            requires: ['person.givenName', 'person.dateOfBirth', 'needs.drugsAlcohol.description'],
            optional: ['person.nhsNumber'],
          },
        ],
        retention,
      },
    ],
    questions,
    pages: [{ id: 'everything', title: text('Your story', 'Eich stori'), questions: questions.map((q) => q.id) }],
    settings: { practitionerMode },
  };
}

/** The fixture definition, loaded (so it is also proof the definition is valid). */
export function fixtureDefinition(practitionerMode = true): Definition {
  return loadDefinition(definitionJson(practitionerMode));
}

export const ALL_SERVICES = ['housing-options', 'safer-homes', 'recovery'] as const;

/** A complete Story of an adult with a feared ex-partner in the household and a high DASH score. */
export function fixtureStory(): Story {
  return {
    person: { givenName: 'Carys', familyName: 'Evans', dateOfBirth: '1990-05-04', nhsNumber: '9434765919' },
    contact: {
      address: { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1AA' },
      phone: '07700 900982',
      email: 'carys@example.com',
      safeContact: {
        call: { safe: true, times: 'weekdays 9 to 3' },
        text: { safe: true },
        email: { safe: false },
        post: { safe: false },
        visit: { safe: false },
        voicemail: false,
      },
    },
    household: {
      members: [
        { name: 'Rhys', relationship: 'ex-partner', livesWith: true, roles: ['feared'] },
        { name: 'Gwen', relationship: 'child', age: 6, livesWith: true, roles: ['child'], school: 'Ysgol y Wern' },
      ],
    },
    needs: {
      domains: ['housing', 'safety', 'health', 'drugsAlcohol'],
      housing: { description: 'I need to leave my home.', localAuthority: 'Cardiff Council' },
      health: { description: 'I cannot sleep.' },
      drugsAlcohol: { description: 'I drink too much.' },
    },
    risk: { immediateDanger: 'no', dash: [...Array(15).fill('yes'), ...Array(9).fill('no')] },
  };
}

/** Consent records for `services`, requested, shown the notice, then all given. */
export function agreedRecords(definition: Definition, services: readonly string[] = ALL_SERVICES, newId = idSequence()): ConsentRecord[] {
  return requestConsents(definition, services, { now: at(0), newId, locale: 'en', ageBand: 'adult' })
    .map((record) => markNoticeShown(record, { now: at(1) }))
    .map((record) => give(record, { now: at(2), actor: 'subject', explicitSpecialCategory: true }));
}

/** Replaces the record for `serviceId`/`purposeId` using `change`. */
export function changeRecord(
  records: readonly ConsentRecord[],
  serviceId: string,
  purposeId: string,
  change: (record: ConsentRecord) => ConsentRecord,
): ConsentRecord[] {
  return records.map((record) => (record.serviceId === serviceId && record.purposeId === purposeId ? change(record) : record));
}
