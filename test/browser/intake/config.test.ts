import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IntakeErrorDetail } from '../../../packages/components/src/events/error-event.js';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import { WALKING_SKELETON_URL, exampleDefinition, headingText, mountIntake, shadow } from './intake-helpers.js';

// A partner who mistypes an attribute or points at a broken definition gets one clear
// console error naming the attribute and the fix, and the person gets a polite message
// instead of a blank space or a stack trace.

interface Outcome {
  readonly intake: OneStoryIntakeElement;
  readonly errors: string[];
  readonly warnings: string[];
  readonly events: IntakeErrorDetail[];
}

async function mountCapturing(template: (events: IntakeErrorDetail[]) => ReturnType<typeof html>, until = '.fallback, h1'): Promise<Outcome> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const events: IntakeErrorDetail[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const intake = await fixture<OneStoryIntakeElement>(template(events));
    await waitUntil(() => shadow(intake).querySelector(until), `never showed ${until}`, { timeout: 5000 });
    return { intake, errors, warnings, events };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function expectFallback({ intake }: Outcome, locale: 'en' | 'cy' = 'en'): void {
  const fallback = shadow(intake).querySelector('.fallback');
  expect(fallback, 'fallback shown').to.exist;
  expect(fallback!.getAttribute('lang')).to.equal(locale);
  expect(fallback!.querySelector('h2')?.textContent).to.equal(
    locale === 'en' ? 'This form is not available right now' : 'Nid yw’r ffurflen hon ar gael ar hyn o bryd',
  );
  expect(shadow(intake).textContent).to.not.match(/Error|at \w+ \(|undefined|\[object/);
}

describe('intake: bad configuration', () => {
  it('reports a definition that breaks the schema, with the path of every problem', async () => {
    const definition = { ...(await exampleDefinition(WALKING_SKELETON_URL)), version: 'one' };
    const outcome = await mountCapturing(
      (events) =>
        html`<onestory-intake
          .definition=${definition}
          endpoint="https://hub.example/submissions"
          @onestory-error=${(e: CustomEvent<IntakeErrorDetail>) => events.push(e.detail)}
        ></onestory-intake>`,
    );
    expectFallback(outcome);
    expect(outcome.errors).to.have.length(1);
    expect(outcome.errors[0]).to.match(/^<onestory-intake>: definition:/);
    expect(outcome.errors[0]).to.contain('version');
    expect(outcome.events).to.have.length(1);
    expect(outcome.events[0]!.kind).to.equal('definition');
    expect(outcome.events[0]!.problems.map((p) => p.path)).to.include('version');
  });

  // The texts are checked once the first page is on screen (loadDefinitionInStages), so
  // that page is not kept waiting; a text missing from a later page still fails it.
  it('reports a definition with a text missing in one language, and puts the form away', async () => {
    const definition = await exampleDefinition(WALKING_SKELETON_URL);
    const questions = definition['questions'] as { label: Record<string, string> }[];
    const last = questions.length - 1;
    delete questions[last]!.label['cy'];
    const outcome = await mountCapturing(
      (events) =>
        html`<onestory-intake
          .definition=${definition}
          endpoint="https://hub.example/submissions"
          @onestory-error=${(e: CustomEvent<IntakeErrorDetail>) => events.push(e.detail)}
        ></onestory-intake>`,
      '.fallback',
    );
    expectFallback(outcome);
    expect(shadow(outcome.intake).querySelector('[data-field]'), 'no question left on screen').to.equal(null);
    expect(outcome.errors).to.have.length(1);
    expect(outcome.errors[0]).to.match(/^<onestory-intake>: definition:/);
    expect(outcome.events.map((event) => event.kind)).to.deep.equal(['definition']);
    expect(outcome.events[0]!.problems.map((p) => `${p.code} @ ${p.path}`)).to.deep.equal([`missing-welsh @ questions[${last}].label.cy`]);
  });

  it('reports a definition URL that cannot be fetched', async () => {
    const outcome = await mountCapturing(
      () =>
        html`<onestory-intake
          definition="/no/such/definition.json"
          endpoint="https://hub.example/submissions"
          locale="cy"
        ></onestory-intake>`,
    );
    expectFallback(outcome, 'cy');
    expect(outcome.errors).to.have.length(1);
    expect(outcome.errors[0]).to.contain('"/no/such/definition.json" answered HTTP 404');
  });

  it('reports a definition URL that is not JSON', async () => {
    const outcome = await mountCapturing(
      () =>
        html`<onestory-intake
          definition="/test/browser/intake/config.test.ts"
          endpoint="https://hub.example/submissions"
        ></onestory-intake>`,
    );
    expectFallback(outcome);
    expect(outcome.errors[0]).to.contain('is not JSON');
  });

  it('names each bad attribute and its fix: locale, endpoint, services, exit-url', async () => {
    const outcome = await mountCapturing(
      (events) =>
        html`<onestory-intake
          definition=${WALKING_SKELETON_URL}
          locale="fr"
          endpoint="http://hub.example/submissions"
          services="housing-support houssing"
          exit-url="javascript:alert(1)"
          @onestory-error=${(e: CustomEvent<IntakeErrorDetail>) => events.push(e.detail)}
        ></onestory-intake>`,
    );
    expectFallback(outcome);
    expect(outcome.errors).to.have.length(1);
    const message = outcome.errors[0]!;
    expect(message).to.contain('locale: "fr" is not a supported language. Use locale="en" (English) or locale="cy" (Welsh).');
    expect(message).to.contain('endpoint: "http://hub.example/submissions" is not an https URL');
    expect(message).to.contain(
      'services: "houssing" is not a service in the definition. Use space-separated ids from: housing-support, money-advice.',
    );
    expect(message).to.contain('exit-url:');
    expect(outcome.events[0]!.kind).to.equal('config');
    expect(outcome.events[0]!.problems.map((p) => p.path)).to.deep.equal(['locale', 'endpoint', 'services', 'exit-url']);
  });

  it('refuses an endpoint with a user name and password in it (core\'s check, as the client makes it)', async () => {
    const outcome = await mountCapturing(
      (events) =>
        html`<onestory-intake
          definition=${WALKING_SKELETON_URL}
          endpoint="https://intake:s3cret@hub.example/submissions"
          @onestory-error=${(e: CustomEvent<IntakeErrorDetail>) => events.push(e.detail)}
        ></onestory-intake>`,
    );
    expectFallback(outcome);
    expect(outcome.errors[0]).to.contain('endpoint: Remove the user name and password from endpoint');
    expect(outcome.errors[0]).not.to.contain('s3cret');
    expect(outcome.events[0]!.problems.map((p) => p.code)).to.deep.equal(['credentials-in-url']);
  });

  it('asks for an endpoint when none is given', async () => {
    const outcome = await mountCapturing(() => html`<onestory-intake definition=${WALKING_SKELETON_URL}></onestory-intake>`);
    expectFallback(outcome);
    expect(outcome.errors[0]).to.contain('endpoint: No endpoint is set');
    // Said once, not on every render.
    const { error } = console;
    const again: unknown[] = [];
    console.error = (...args: unknown[]) => again.push(args);
    try {
      outcome.intake.requestUpdate();
      await outcome.intake.updateComplete;
      outcome.intake.requestUpdate();
      await outcome.intake.updateComplete;
    } finally {
      console.error = error;
    }
    expect(again).to.deep.equal([]);
  });

  it('recovers when the partner fixes the attribute', async () => {
    const outcome = await mountCapturing(
      () =>
        html`<onestory-intake
          definition=${WALKING_SKELETON_URL}
          locale="fr"
          endpoint="https://hub.example/submissions"
        ></onestory-intake>`,
    );
    expectFallback(outcome);
    outcome.intake.locale = 'cy';
    await outcome.intake.updateComplete;
    expect(shadow(outcome.intake).querySelector('.fallback')).to.equal(null);
    expect(headingText(outcome.intake)).to.equal('Cael help gan wasanaethau lleol');
  });

  it('ignores practitioner mode, with a warning, when the definition does not allow it', async () => {
    const outcome = await mountCapturing(
      () =>
        html`<onestory-intake
          definition=${WALKING_SKELETON_URL}
          practitioner
          endpoint="https://hub.example/submissions"
        ></onestory-intake>`,
    );
    expect(headingText(outcome.intake)).to.equal('Get help from local services');
    expect(outcome.errors).to.deep.equal([]);
    expect(outcome.warnings.join('\n')).to.contain('practitioner').and.contain('[onestory:intake-config] See docs/warnings.md#intake-config');
  });
});

describe('intake: neutral mode', () => {
  it('shows the neutral title instead of the front door’s own on every step, in each language', async () => {
    const definition = await exampleDefinition(WALKING_SKELETON_URL);
    const title = definition['title'] as { en: string; cy: string };
    const neutralTitle = { en: 'Get support', cy: 'Cael cymorth' };
    const settings = { ...(definition['settings'] as object), neutralTitle };
    const captions = async (locale: 'en' | 'cy') => {
      const intake = await mountIntake({ ...definition, settings }, { locale });
      return shadow(intake).querySelector('.caption')?.textContent ?? '';
    };
    for (const locale of ['en', 'cy'] as const) {
      const caption = await captions(locale);
      expect(caption).to.contain(neutralTitle[locale]);
      expect(caption).to.not.contain(title[locale]);
    }
  });
});

describe('intake: after a quick exit', () => {
  it('stays empty and leaves no trace: no answers on screen, no outbox database made again', async () => {
    const outbox = 'onestory-outbox';
    const databases = async () => (await indexedDB.databases()).map((d) => d.name);
    const intake = await fixture<OneStoryIntakeElement>(
      html`<onestory-intake
        .definition=${await exampleDefinition(WALKING_SKELETON_URL)}
        endpoint="http://127.0.0.1:9/submissions"
        services="housing-support"
        persist
      ></onestory-intake>`,
    );
    await waitUntil(() => headingText(intake) !== '', 'the intake never rendered', { timeout: 5000 });
    await waitUntil(async () => (await databases()).includes(outbox), 'persist never opened the outbox', { timeout: 5000 });

    intake.dispatchEvent(new CustomEvent('onestory-exit', { bubbles: true, composed: true, detail: { trigger: 'button' } }));
    // What <onestory-quick-exit> does next: wipe OneStory's stores.
    await new Promise((resolve) => (indexedDB.deleteDatabase(outbox).onsuccess = resolve));
    await intake.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(await databases()).to.not.include(outbox);
    expect(shadow(intake).querySelector('h1, input, [data-field], onestory-checkboxes')).to.equal(null);
  });
});
