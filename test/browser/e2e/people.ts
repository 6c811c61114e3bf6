import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { EARLY_HELP_URL, exampleDefinition, shadow } from '../intake/intake-helpers.js';

// The "everyone can finish" journeys in the browser (issue 20): how they mount the intake,
// and who walks them (Rhys and the professional who may refer him, shared with the Node
// tests in test/support/people.ts). Each test adds what makes its person who they are.

/** A date of birth `years` years and a few months ago, ISO. */
export function bornYearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - 3);
  return date.toISOString().slice(0, 10);
}

export { PERSON, PROFESSIONAL } from '../../support/people.js';

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
