import type { AddressDecision, DisclosedStory, SafeWay, SafetyFlags } from '../consent/disclosure.schema.js';
import type { Flag, HumanName, Identifier, Patient, Reference, RelatedPerson } from './resources.js';
import { NHS_NUMBER_SYSTEM, UK_CORE_PATIENT, UK_CORE_RELATED_PERSON, type OneStoryUris } from './uris.js';

/** HL7 v3 RoleCode for each household relationship that has one (ex-partner has none). */
const ROLE_CODES: Partial<Record<string, { code: string; display: string }>> = {
  partner: { code: 'SIGOTHR', display: 'significant other' },
  child: { code: 'CHILD', display: 'child' },
  parent: { code: 'PRN', display: 'parent' },
  sibling: { code: 'SIB', display: 'sibling' },
  'other-family': { code: 'FAMMEMB', display: 'family member' },
  friend: { code: 'FRND', display: 'unrelated friend' },
};
const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

/**
 * The Patient: only what the envelope disclosed. The NHS number uses UK Core's identifier
 * system; a pseudonymous subject id is always there, so the Patient can be matched on a
 * re-send even without an NHS number. A safe address the person gave in place of theirs
 * (their `addressDecision`) is a `temp` address: it is not where they live.
 */
export function patientOf(story: DisclosedStory, subjectIdentifier: Identifier, id: string, addressDecision?: AddressDecision): Patient {
  const person = story.person ?? {};
  const contact = story.contact ?? {};
  const names: HumanName[] = [];
  if (person.givenName || person.familyName) {
    names.push({ use: 'official', ...(person.familyName && { family: person.familyName }), ...(person.givenName && { given: [person.givenName] }) });
  }
  if (person.preferredName) names.push({ use: 'usual', text: person.preferredName, given: [person.preferredName] });
  const telecom = [
    ...(contact.phone ? [{ system: 'phone' as const, value: contact.phone }] : []),
    ...(contact.email ? [{ system: 'email' as const, value: contact.email }] : []),
  ];
  const address = contact.address;
  return {
    resourceType: 'Patient',
    id,
    meta: { profile: [UK_CORE_PATIENT] },
    identifier: [
      ...(person.nhsNumber ? [{ system: NHS_NUMBER_SYSTEM, value: person.nhsNumber }] : []),
      subjectIdentifier,
    ],
    ...(names.length > 0 && { name: names }),
    ...(telecom.length > 0 && { telecom }),
    ...(person.dateOfBirth && { birthDate: person.dateOfBirth }),
    ...(address && {
      address: [{
        // A safe address the person gave instead of theirs is not where they live.
        use: addressDecision?.choice === 'safe-address' ? 'temp' : 'home',
        line: [address.line1, ...(address.line2 ? [address.line2] : [])],
        city: address.town,
        ...(address.county && { district: address.county }),
        postalCode: address.postcode,
        country: 'GB',
      }],
    }),
    ...(story.access?.language && { communication: [{ language: { text: story.access.language }, preferred: true }] }),
  };
}

/** A household member as a RelatedPerson with its stable identifier. */
export interface RelatedPersonEntry {
  readonly resource: RelatedPerson;
  readonly identifier: Identifier;
}

/**
 * One RelatedPerson per disclosed household member. A person the applicant is afraid of
 * carries OneStory's do-not-contact extension and no contact details at all (the Story
 * never holds theirs); a `Flag` on the Patient says the same to systems that ignore
 * extensions.
 */
export function relatedPeopleOf(
  story: DisclosedStory,
  patient: Reference,
  uris: OneStoryUris,
  idFor: (index: number) => string,
  identifierFor: (index: number) => Identifier,
): RelatedPersonEntry[] {
  return (story.household?.members ?? []).map((member, index) => {
    const role = ROLE_CODES[member.relationship];
    const feared = member.roles.includes('feared');
    const identifier = identifierFor(index);
    const resource: RelatedPerson = {
      resourceType: 'RelatedPerson',
      id: idFor(index),
      meta: { profile: [UK_CORE_RELATED_PERSON] },
      ...(feared && { extension: [{ url: uris.doNotContact, valueBoolean: true }] }),
      identifier: [identifier],
      active: true,
      patient,
      relationship: [{
        coding: [
          ...(role ? [{ system: V3_ROLE_CODE, ...role }] : []),
          { system: uris.fieldCodes('household.members.relationship'), code: member.relationship },
        ],
        text: member.relationship,
      }],
      name: [{ text: member.name }],
      ...(member.dateOfBirth && { birthDate: member.dateOfBirth }),
    };
    return { resource, identifier };
  });
}

const FLAG_TEXT: Record<keyof SafetyFlags, string> = {
  fearedPersonPresent:
    'A person the patient is afraid of is named in this referral (a RelatedPerson marked do-not-contact). Never contact them, and never tell them anything about the patient, including where they live.',
  marac: 'DASH risk checklist score of 14 or more: a MARAC referral is indicated.',
  immediateDanger: 'The person said someone is in immediate danger.',
};
const FLAG_CODES: Record<keyof SafetyFlags, string> = { fearedPersonPresent: 'feared-person', marac: 'marac', immediateDanger: 'immediate-danger' };

const SAFE_WAY_WORDS: Record<SafeWay, string> = {
  call: 'phone calls',
  text: 'text messages',
  email: 'email',
  alternative: 'through the person they named',
};

/** What the person decided about their address, as a receiving service must read it before any contact. */
function addressDecisionText(decision: AddressDecision): { readonly code: string; readonly text: string } {
  switch (decision.choice) {
    case 'safe-address':
      return {
        code: 'safe-address',
        text: 'The address given is a safe address, not where the patient lives (someone they are afraid of is in their household). Write to or visit only this address, never their home.',
      };
    case 'safe-way':
      return {
        code: 'address-withheld',
        text: `The patient's address is withheld: someone they are afraid of is in their household. Contact them only by ${decision.ways.map((way) => SAFE_WAY_WORDS[way]).join(', ')}; never write to or visit their home.`,
      };
    case 'share-address':
      return {
        code: 'address-shared-knowing-risk',
        text: 'The patient chose to share their home address, told that someone they are afraid of in their household could see a letter or a visit there. Check the safe ways to contact them before every contact.',
      };
  }
}

/** One active safety Flag on the Patient for each safety flag that is set. */
export function safetyFlagsToFhir(
  flags: SafetyFlags,
  patient: Reference,
  uris: OneStoryUris,
  at: string,
  idFor: (code: string) => string,
  addressDecision?: AddressDecision,
): { resource: Flag; identifier: Identifier }[] {
  const flagged = (Object.keys(FLAG_CODES) as (keyof SafetyFlags)[])
    .filter((flag) => flags[flag])
    .map((flag) => ({ code: FLAG_CODES[flag], text: FLAG_TEXT[flag] }));
  // The person's decision about their address travels as a Flag of its own, so no service
  // reads a safe address as their home, or looks for an address they chose to withhold.
  const all = addressDecision ? [...flagged, addressDecisionText(addressDecision)] : flagged;
  return all.map(({ code, text }) => {
    const identifier = { system: `${uris.safetyFlags}/id`, value: idFor(code) };
    const resource: Flag = {
      resourceType: 'Flag',
      id: idFor(code),
      identifier: [identifier],
      status: 'active',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'safety', display: 'Safety' }] }],
      code: { coding: [{ system: uris.safetyFlags, code }], text },
      subject: patient,
      period: { start: at },
    };
    return { resource, identifier };
  });
}
