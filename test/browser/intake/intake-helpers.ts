import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/components/src/intake/intake.define.js';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import type { Locale } from '@onestory/core';
import { inLanguages } from '../../support/languages.js';

/** The example definitions, as a partner would host them. */
export const WALKING_SKELETON_URL = '/packages/schemas/examples/walking-skeleton.definition.json';
export const EARLY_HELP_URL = '/packages/schemas/examples/early-help.definition.json';

/** Fetches an example definition (parsed JSON). */
export async function exampleDefinition(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * An example definition in `languages`, the texts it lacks in them read from a test
 * translation file (`{ "note": …, "texts": { "<path of the text>": "…" } }`, as
 * test/fixtures/catalogues/*.ar.json): a council's third language, given as a file.
 */
export async function exampleInLanguages(url: string, languages: readonly Locale[], textsUrl: string): Promise<Record<string, unknown>> {
  const response = await fetch(textsUrl);
  if (!response.ok) throw new Error(`GET ${textsUrl}: ${response.status}`);
  const texts = ((await response.json()) as { texts: Record<string, string> }).texts;
  return inLanguages(await exampleDefinition(url), languages, (_text, path, locale) => {
    if (texts[path] === undefined) throw new Error(`${textsUrl} has no ${locale} text for ${path}`);
    return texts[path];
  });
}

/** Shadow root of an element (throws when there is none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The element focus is really on, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The chain of elements that hold focus, outermost first (host elements included). */
export function focusPath(): Element[] {
  const path: Element[] = [];
  let active: Element | null = document.activeElement;
  while (active) {
    path.push(active);
    active = active.shadowRoot?.activeElement ?? null;
  }
  return path;
}

/** The intake's step heading text. */
export function headingText(intake: Element): string {
  return shadow(intake).querySelector('h1')?.textContent?.trim() ?? '';
}

/** Waits until the step heading reads `text`. */
export async function untilHeading(intake: Element, text: string): Promise<void> {
  await waitUntil(() => headingText(intake) === text, `heading never became "${text}" (it is "${headingText(intake)}")`, {
    timeout: 5000,
  });
}

/** An intake mounted in the page, ready (definition loaded and first step rendered). */
export async function mountIntake(
  definition: string | object,
  attributes: { endpoint?: string; services?: string; locale?: string; catalogues?: string } = {},
): Promise<OneStoryIntakeElement> {
  const intake = await fixture<OneStoryIntakeElement>(
    html`<onestory-intake
      .definition=${definition}
      endpoint=${attributes.endpoint ?? 'http://127.0.0.1:9/submissions'}
      services=${attributes.services ?? ''}
      locale=${attributes.locale ?? 'en'}
      catalogues=${attributes.catalogues ?? ''}
    ></onestory-intake>`,
  );
  await waitUntil(() => shadow(intake).querySelector('h1, .fallback'), 'the intake never rendered', { timeout: 5000 });
  await intake.updateComplete;
  return intake;
}

/** Mocha's suite context, for suites that need more than the default time on a busy machine. */
export interface SuiteContext {
  timeout(ms: number): void;
}

/** Time for suites that walk a whole intake (many pages, axe on each) on two busy cores. */
export const LONG_FLOW_MS = 60_000;
