import { loadDefinition, type Definition } from '@onestory/core';

// A small but realistic front door: three services with overlapping needs, front-door
// questions, conditional questions, a named condition and eligibility rules.

const text = (en: string, cy: string) => ({ en, cy });

export const TODAY = '2025-06-15';

const organisation = {
  name: text('Cardiff Council', 'Cyngor Caerdydd'),
  type: 'public-body',
  contact: text('hub@example.gov.uk', 'hub@example.gov.uk'),
  dpoContact: text('dpo@example.gov.uk', 'dpo@example.gov.uk'),
} as const;

const retention = { period: 'P6Y', description: text('Six years', 'Chwe blynedd') };

export const definitionJson = {
  id: 'cardiff-hub',
  version: '1.0.0',
  title: text('Get help', 'Cael help'),
  privacyNotice: {
    uri: 'https://example.gov.uk/privacy',
    version: '1',
    controller: { name: text('Cardiff Council', 'Cyngor Caerdydd'), contact: text('hub@example.gov.uk', 'hub@example.gov.uk') },
    dpoContact: text('dpo@example.gov.uk', 'dpo@example.gov.uk'),
    summary: text('We share what you tell us.', 'Rydym yn rhannu’r hyn a ddywedwch wrthym.'),
    rights: text('You have rights.', 'Mae gennych hawliau.'),
    complaint: text('Complain to the ICO.', 'Cwyno i’r ICO.'),
  },
  services: [
    {
      id: 'housing',
      orukId: 'oruk-housing',
      name: text('Housing support', 'Cymorth tai'),
      description: text('Help to keep your home.', 'Help i gadw eich cartref.'),
      organisation,
      domains: ['housing', 'money'],
      purposes: [
        {
          id: 'referral',
          description: text('To help you with housing', 'I’ch helpu gyda thai'),
          core: true,
          basis: 'public-task',
          requires: ['person.givenName', 'person.familyName', 'person.dateOfBirth', 'contact.address', 'needs.housing.description'],
          optional: ['contact.phone', 'contact.safeContact'],
        },
      ],
      eligibility: { minAge: 16, postcodePrefixes: ['CF'] },
      retention,
    },
    {
      id: 'youth',
      orukId: 'oruk-youth',
      name: text('Youth service', 'Gwasanaeth ieuenctid'),
      description: text('Support for young people.', 'Cymorth i bobl ifanc.'),
      organisation,
      domains: ['educationYouth'],
      purposes: [
        {
          id: 'referral',
          description: text('To support you', 'I’ch cefnogi'),
          core: true,
          basis: 'public-task',
          requires: ['person.givenName', 'person.dateOfBirth'],
          optional: ['contact.phone'],
        },
        {
          id: 'news',
          description: text('To send you news', 'I anfon newyddion atoch'),
          core: false,
          basis: 'consent',
          requires: ['contact.email'],
        },
      ],
      eligibility: { minAge: 11, maxAge: 25 },
      retention,
    },
    {
      id: 'drugs',
      orukId: 'oruk-drugs',
      name: text('Drug and alcohol service', 'Gwasanaeth cyffuriau ac alcohol'),
      description: text('Confidential support.', 'Cymorth cyfrinachol.'),
      organisation,
      domains: ['drugsAlcohol'],
      purposes: [
        {
          id: 'referral',
          description: text('To support you', 'I’ch cefnogi'),
          core: true,
          basis: 'public-task',
          specialCategory: { condition: 'h', schedule1Paragraph: '2' },
          requires: ['person.givenName', 'contact.phone', 'needs.drugsAlcohol.description'],
          optional: ['person.nhsNumber', 'household.members'],
        },
      ],
      retention,
    },
  ],
  conditions: {
    'wants-housing-help': { includes: { field: 'needs.domains', value: 'housing' } },
  },
  questions: [
    {
      id: 'danger',
      field: 'risk.immediateDanger',
      label: text('Is anyone in immediate danger?', 'A oes unrhyw un mewn perygl uniongyrchol?'),
      options: [
        { value: 'yes', label: text('Yes', 'Oes') },
        { value: 'no', label: text('No', 'Nac oes') },
        { value: 'unknown', label: text('I do not know', 'Dydw i ddim yn gwybod') },
      ],
    },
    {
      id: 'domains',
      field: 'needs.domains',
      label: text('What do you need help with?', 'Gyda beth mae angen help arnoch?'),
      options: [
        { value: 'housing', label: text('Housing', 'Tai') },
        { value: 'drugsAlcohol', label: text('Drugs or alcohol', 'Cyffuriau neu alcohol') },
        { value: 'educationYouth', label: text('Education or youth', 'Addysg neu ieuenctid') },
      ],
    },
    { id: 'given-name', field: 'person.givenName', label: text('First name', 'Enw cyntaf') },
    { id: 'family-name', field: 'person.familyName', label: text('Last name', 'Cyfenw') },
    { id: 'dob', field: 'person.dateOfBirth', label: text('Date of birth', 'Dyddiad geni'), confirmPrefill: true },
    { id: 'nhs', field: 'person.nhsNumber', label: text('NHS number', 'Rhif GIG') },
    { id: 'address', field: 'contact.address', label: text('Address', 'Cyfeiriad') },
    { id: 'phone', field: 'contact.phone', label: text('Phone', 'Ffôn') },
    {
      id: 'email',
      field: 'contact.email',
      label: text('Email', 'E-bost'),
      when: { age: { op: 'gte', value: 13 } },
    },
    { id: 'safe-contact', field: 'contact.safeContact', label: text('Safe contact', 'Cyswllt diogel') },
    {
      id: 'housing-story',
      field: 'needs.housing.description',
      label: text('Tell us about your housing', 'Dywedwch wrthym am eich tai'),
      when: { condition: 'wants-housing-help' },
    },
    {
      id: 'drugs-story',
      field: 'needs.drugsAlcohol.description',
      label: text('Tell us about drugs or alcohol', 'Dywedwch wrthym am gyffuriau neu alcohol'),
    },
    { id: 'household', field: 'household.members', label: text('Who lives with you?', 'Pwy sy’n byw gyda chi?') },
  ],
  pages: [
    { id: 'safety', title: text('Safety', 'Diogelwch'), questions: ['danger'] },
    { id: 'needs', title: text('Your needs', 'Eich anghenion'), questions: ['domains'] },
    { id: 'about-you', title: text('About you', 'Amdanoch chi'), questions: ['given-name', 'family-name', 'dob', 'nhs'] },
    { id: 'contact', title: text('Contact', 'Cyswllt'), questions: ['address', 'phone', 'email', 'safe-contact'] },
    { id: 'housing-story', title: text('Housing', 'Tai'), questions: ['housing-story'] },
    {
      id: 'drugs-story',
      title: text('Drugs and alcohol', 'Cyffuriau ac alcohol'),
      questions: ['drugs-story'],
      when: { serviceChosen: 'drugs' },
    },
    { id: 'household', title: text('Household', 'Aelwyd'), questions: ['household'] },
  ],
  settings: { emergencyContacts: [{ label: text('Police', 'Heddlu'), phone: '999' }] },
};

/** The fixture, checked by the real loader. */
export const definition: Definition = loadDefinition(definitionJson);

export const address = { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1AA' };
