import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { EARLY_HELP_URL, exampleDefinition, shadow } from '../intake/intake-helpers.js';

// Who walks the "everyone can finish" journeys (issue 20): one person's answers, in English,
// and the professional who may refer them. Each test adds what makes its person who they are.

/** A date of birth `years` years and a few months ago, ISO. */
export function bornYearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - 3);
  return date.toISOString().slice(0, 10);
}

/** Rhys: safe to contact every way, nobody else in the household. */
export const PERSON = {
  'risk.immediateDanger': 'no',
  'person.givenName': 'Rhys',
  'person.familyName': 'Price',
  'contact.phone': '07700 900 982',
  'contact.email': 'rhys@example.com',
  'contact.address': { line1: '3 Heol Fawr', town: 'Castell-nedd', postcode: 'SA11 1AA' },
  'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: { safe: true }, post: { safe: true }, visit: { safe: true }, voicemail: true },
  'household.members': [],
  'needs.educationYouth.description': 'I want help finding an apprenticeship.',
  'needs.family.description': 'Help with parenting and school.',
  'needs.care.description': 'Needs help at home after a stroke.',
};

/** A social worker referring Rhys. */
export const PROFESSIONAL = {
  'referrer.type': 'professional',
  'referrer.name': 'Dee Morgan',
  'referrer.role': 'Social worker',
  'referrer.organisation': 'Neath Port Talbot Council',
  'referrer.secureEmail': 'dee.morgan@npt.gov.uk',
};

/**
 * The early-help intake on the test endpoint, with `services` chosen beforehand, and a
 * marker to find this journey's submission by (it goes in as the person's first name).
 */
export async function mountEarlyHelp(
  services: string,
  options: { readonly practitioner?: boolean; readonly locale?: 'en' | 'cy' } = {},
): Promise<{ intake: OneStoryIntakeElement; marker: string }> {
  const endpoint = await testEndpoint();
  const definition = await exampleDefinition(EARLY_HELP_URL);
  const intake = await fixture<OneStoryIntakeElement>(html`<onestory-intake
    .definition=${definition}
    endpoint=${`${endpoint.url}/submissions`}
    services=${services}
    locale=${options.locale ?? 'en'}
    ?practitioner=${options.practitioner === true}
  ></onestory-intake>`);
  await waitUntil(() => shadow(intake).querySelector('h1'), 'the intake never rendered', { timeout: 5000 });
  return { intake, marker: `Rhys${Math.random().toString(36).slice(2, 8)}` };
}
