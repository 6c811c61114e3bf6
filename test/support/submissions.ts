import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSubmission,
  FIELD_PATHS,
  give,
  loadDefinition,
  markNoticeShown,
  requestConsents,
  type AddressDecision,
  type Definition,
  type Story,
  type Submission,
} from '@onestory/core';
import { repoRoot } from './paths.js';
import { safeWaysOf, servicesNeedingAddressDecision } from '@onestory/core/consent';

// Full-size submissions for delivery tests, the soak run and the endpoint benchmark: the
// published example front door (every service chosen) and a Story with every field filled.

/** The example definition in packages/schemas/examples, loaded. */
export function exampleDefinition(): Definition {
  const path = join(repoRoot, 'packages/schemas/examples/early-help.definition.json');
  return loadDefinition(JSON.parse(readFileSync(path, 'utf8')));
}

/** A Story with every part filled in, as long as a real one gets. */
export function fullStory(): Story {
  const words = (n: number) => 'I have been trying to keep things together for the children. '.repeat(n).trim();
  return {
    person: {
      givenName: 'Carys',
      familyName: 'Evans-Ó Súilleabháin',
      preferredName: 'Cari',
      dateOfBirth: '1990-05-04',
      pronouns: 'she/her',
      nhsNumber: '9434765919',
    },
    contact: {
      address: { line1: 'Flat 2, 14 Heol y Frenhines', line2: 'Cathays', town: 'Caerdydd', county: 'Cardiff', postcode: 'CF10 1AA' },
      phone: '07700 900982',
      email: 'cari@example.com',
      safeContact: {
        call: { safe: true, times: 'Weekdays between 9 and 3, when the children are at school' },
        text: { safe: true, times: 'Any time' },
        email: { safe: false },
        post: { safe: false },
        visit: { safe: false },
        voicemail: false,
        alternative: { name: 'Siân Morgan', phone: '029 2018 0000', relationship: 'sister' },
      },
    },
    access: {
      language: 'Welsh',
      interpreter: 'none',
      communicationNeeds: 'Please write things down for me; I find it hard to take in a lot on the phone.',
      adjustments: 'Appointments in the morning, near a bus stop.',
    },
    household: {
      members: [
        { name: 'Rhys', relationship: 'ex-partner', dateOfBirth: '1987-11-02', livesWith: true, roles: ['feared'] },
        { name: 'Gwen', relationship: 'child', dateOfBirth: '2018-09-12', livesWith: true, roles: ['child'], school: 'Ysgol y Wern' },
        { name: 'Dylan', relationship: 'child', age: 3, livesWith: true, roles: ['child', 'dependant'], school: 'Meithrinfa Seren' },
        { name: 'Eirlys', relationship: 'parent', age: 71, livesWith: false, roles: ['dependant'] },
      ],
    },
    needs: {
      domains: ['housing', 'money', 'drugsAlcohol', 'safety', 'health', 'family', 'educationYouth', 'care'],
      housing: { description: words(20), servicesInvolved: 'Citizens Advice', localAuthority: 'Cardiff Council' },
      money: { description: words(10), servicesInvolved: 'StepChange' },
      drugsAlcohol: { description: words(8), servicesInvolved: 'None yet' },
      safety: { description: words(30), servicesInvolved: 'Police (crime number given)' },
      health: { description: words(10), servicesInvolved: 'GP at Heath surgery' },
      family: { description: words(12), servicesInvolved: 'School family liaison officer' },
      educationYouth: { description: words(6) },
      care: { description: words(6), servicesInvolved: 'None' },
    },
    risk: { immediateDanger: 'no', dash: [...Array(15).fill('yes'), ...Array(6).fill('no'), ...Array(3).fill('unknown')] },
    referrer: { type: 'professional', name: 'Alex Jones', role: 'Family support worker', organisation: 'Cathays Library Hub', secureEmail: 'alex.jones@example.gov.uk' },
  };
}

/** Deterministic UUIDs: `…-000000000001`, `…-000000000002`, … */
export function idSequence(prefix = '00000000'): () => string {
  let n = 0;
  return () => `${prefix}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/**
 * Someone feared lives with the person: each chosen service that visits the household
 * reaches them only in the safe ways they marked (their address stays withheld), as they
 * decided on the intake's address screen.
 */
export function safeWayDecisions(definition: Definition, story: Story, services: readonly string[]): Record<string, AddressDecision> {
  const ways = safeWaysOf(story);
  return Object.fromEntries(servicesNeedingAddressDecision(definition, story, services).map((id) => [id, { choice: 'safe-way', ways }]));
}

let cached: Submission | undefined;

/**
 * A full-size submission: every service of the example chosen, every consent given, a
 * full Story. Built once; each call returns it with the given `submissionId`.
 */
export function fullSubmission(submissionId: string): Submission {
  cached ??= build();
  return { ...cached, submissionId };
}

function build(): Submission {
  const definition = exampleDefinition();
  const services = definition.services.map((service) => service.id);
  const newId = idSequence('c0000000');
  const at = (minutes: number) => new Date(Date.UTC(2025, 2, 27, 10, minutes));
  const consents = requestConsents(definition, services, { now: at(0), newId, locale: 'en', ageBand: 'adult' })
    .map((record) => markNoticeShown(record, { now: at(1) }))
    .map((record) => give(record, { now: at(2), actor: 'subject', explicitSpecialCategory: true }));
  const story = fullStory();
  return buildSubmission(
    { definition, story, chosenServices: services, consents, addressDecisions: safeWayDecisions(definition, story, services), locale: 'cy', channel: 'web' },
    { now: at(5), newId: () => '00000000-0000-4000-8000-000000000000' },
  );
}

let cachedOneStory: Submission | undefined;

/**
 * A submission carrying one full-size Story: a single envelope holding every Story field
 * (as a service asking for everything would get), with that service's consent records.
 * About 9 KB — the unit the endpoint benchmark's targets are stated for.
 */
export function fullStorySubmission(submissionId: string): Submission {
  if (!cachedOneStory) {
    const full = fullSubmission(submissionId);
    const envelope = full.disclosures.find((d) => d.serviceId === 'adult-social-care')!;
    cachedOneStory = {
      ...full,
      consents: full.consents.filter((record) => record.serviceId === envelope.serviceId),
      disclosures: [{ ...envelope, fields: [...FIELD_PATHS], story: fullStory(), withheld: [] }],
    };
  }
  return { ...cachedOneStory, submissionId };
}

/** A valid UUID v4 for the n-th submission of a run (distinct per `run`). */
export function submissionIdFor(run: number, n: number): string {
  return `${run.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
