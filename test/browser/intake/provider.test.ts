import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Story } from '@onestory/core';
import type { OneStoryIntakeElement } from '../../../packages/components/src/intake/intake.component.js';
import type { OneStoryProviderElement } from '../../../packages/components/src/provider/provider.component.js';
import { testEndpoint } from '../helpers/endpoint.js';
import { answer, clickContinue, decide } from './drive.js';
import {
  WALKING_SKELETON_URL,
  exampleDefinition,
  headingText,
  shadow,
  LONG_FLOW_MS,
  type SuiteContext,
} from './intake-helpers.js';

// Two intakes on one page, one per service, under one provider: the person tells the
// shared part of their story once.

type Valued = HTMLElement & { value: unknown };

const KNOWN_STORY: Story = { person: { givenName: 'Known', dateOfBirth: '1990-04-12' }, referrer: { type: 'self' } };

/** A provider around one walking-skeleton intake, given the Story the host already knows. */
async function providerKnowing(story: Story): Promise<OneStoryProviderElement> {
  const definition = await exampleDefinition(WALKING_SKELETON_URL);
  const provider = await fixture<OneStoryProviderElement>(
    html`<onestory-provider>
      <onestory-intake .definition=${definition} endpoint="https://hub.example/s" services="housing-support"></onestory-intake>
    </onestory-provider>`,
  );
  provider.story = story;
  await provider.updateComplete;
  return provider;
}

/** A housing intake and a money intake under one provider, both sending to a fresh test endpoint. */
async function twoIntakes(definition: Record<string, unknown>) {
  const endpoint = await testEndpoint();
  const url = `${endpoint.url}/submissions`;
  const provider = await fixture<OneStoryProviderElement>(
    html`<onestory-provider>
      <onestory-intake id="housing" .definition=${definition} endpoint=${url} services="housing-support"></onestory-intake>
      <onestory-intake id="money" .definition=${definition} endpoint=${url} services="money-advice"></onestory-intake>
    </onestory-provider>`,
  );
  const housing = provider.querySelector<OneStoryIntakeElement>('#housing')!;
  const money = provider.querySelector<OneStoryIntakeElement>('#money')!;
  await waitUntil(() => shadow(housing).querySelector('h1') && shadow(money).querySelector('h1'), undefined, { timeout: 5000 });
  return { endpoint, provider, housing, money };
}

/** The walking skeleton with a declared money field both services list, asked on "About you". */
function withSharedRentArrears(skeleton: Record<string, unknown>): Record<string, unknown> {
  const definition = structuredClone(skeleton) as {
    fields?: unknown[];
    questions: { id: string }[];
    pages: { id: string; questions: string[] }[];
    services: { purposes: { requires: string[] }[] }[];
  };
  definition.fields = [
    { id: 'rentArrears', type: 'money', label: { en: 'Rent arrears', cy: 'Ôl-ddyledion rhent' }, category: 'needs', min: 0 },
  ];
  definition.questions.push({
    id: 'rent-arrears',
    field: 'declared.rentArrears',
    label: { en: 'How much rent do you owe?', cy: 'Faint o rent sydd arnoch chi?' },
  } as { id: string });
  definition.pages.find((page) => page.id === 'about-you')!.questions.push('rent-arrears');
  for (const service of definition.services) service.purposes[0]!.requires.push('declared.rentArrears');
  return definition;
}

/** Records every field an intake shows, page by page. */
function fieldsShown(intake: OneStoryIntakeElement): string[] {
  return [...shadow(intake).querySelectorAll<HTMLElement>('[data-field]')].map((f) => f.dataset['field']!);
}

/** Answers each page from `answers` and continues until the consent step; returns every field asked. */
async function completePages(intake: OneStoryIntakeElement, answers: Readonly<Record<string, unknown>>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 10 && headingText(intake) !== 'How we use your information'; i++) {
    for (const field of fieldsShown(intake)) {
      asked.push(field);
      await answer(intake, field, answers[field]);
    }
    await clickContinue(intake);
  }
  expect(headingText(intake)).to.equal('How we use your information');
  return asked;
}

describe('intake: two widgets under one provider', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);
  it('asks each shared field once, and the second widget sends what the first collected', async () => {
    const { endpoint, provider, housing, money } = await twoIntakes(await exampleDefinition(WALKING_SKELETON_URL));
    const marker = `Sam${Math.random().toString(36).slice(2, 8)}`;

    const askedByHousing = await completePages(housing, {
      'referrer.type': 'self',
      'person.givenName': marker,
      'person.dateOfBirth': '1990-04-12',
      'contact.phone': '07700 900 982',
      'needs.housing.description': 'Behind on rent.',
    });
    expect(askedByHousing).to.include.members(['referrer.type', 'person.givenName', 'contact.phone']);
    expect(provider.answers['person.givenName']).to.equal(marker);

    // The second widget moved past what it now knows: only its own question is left.
    await waitUntil(() => headingText(money) === 'Money', `money intake is on "${headingText(money)}"`, { timeout: 5000 });
    const askedByMoney = await completePages(money, { 'needs.money.description': 'Bills I cannot pay.' });
    expect(askedByMoney).to.deep.equal(['needs.money.description']);
    const everyField = [...askedByHousing, ...askedByMoney];
    expect(new Set(everyField).size, 'no field asked twice').to.equal(everyField.length);

    // What the first widget collected is part of the second widget's story.
    await decide(money, 'money-advice', 'advice', 'given');
    await clickContinue(money);
    expect(headingText(money)).to.equal('Check your answers before sending');
    let sent: GlobalEventHandlersEventMap['onestory-submitted']['detail'] | undefined;
    money.addEventListener('onestory-submitted', (event) => (sent = event.detail));
    await clickContinue(money);
    await waitUntil(() => sent, 'money intake never sent', { timeout: 10_000 });
    const stored = await endpoint.submissions();
    const line = stored.find((s) => s.submissionId === sent!.submissionId)!;
    const envelope = line.submission.disclosures[0]!;
    expect(envelope.serviceId).to.equal('money-advice');
    expect(envelope.story.person?.givenName).to.equal(marker);
    expect(envelope.story.contact?.phone).to.equal('07700 900 982');
    expect(envelope.story.needs).to.deep.equal({ money: { description: 'Bills I cannot pay.' } });
  });

  it('shares a declared field too: asked by the first widget, not again by the second, sent by both', async () => {
    const { endpoint, provider, housing, money } = await twoIntakes(withSharedRentArrears(await exampleDefinition(WALKING_SKELETON_URL)));

    const askedByHousing = await completePages(housing, {
      'referrer.type': 'self',
      'person.givenName': 'Sam',
      'person.dateOfBirth': '1990-04-12',
      'contact.phone': '07700 900 982',
      'declared.rentArrears': 125050,
      'needs.housing.description': 'Behind on rent.',
    });
    expect(askedByHousing).to.include('declared.rentArrears');
    expect(provider.answers['declared.rentArrears']).to.equal(125050);

    await waitUntil(() => headingText(money) === 'Money', `money intake is on "${headingText(money)}"`, { timeout: 5000 });
    const askedByMoney = await completePages(money, { 'needs.money.description': 'Bills I cannot pay.' });
    expect(askedByMoney, 'the rent arrears are not asked again').to.deep.equal(['needs.money.description']);

    await decide(money, 'money-advice', 'advice', 'given');
    await clickContinue(money);
    expect(shadow(money).textContent, 'who will see what').to.include('Rent arrears (lawful basis: your consent)');
    let sent: GlobalEventHandlersEventMap['onestory-submitted']['detail'] | undefined;
    money.addEventListener('onestory-submitted', (event) => (sent = event.detail));
    await clickContinue(money);
    await waitUntil(() => sent, 'money intake never sent', { timeout: 10_000 });
    const line = (await endpoint.submissions()).find((s) => s.submissionId === sent!.submissionId)!;
    expect(line.submission.disclosures[0]!.story.declared).to.deep.equal({ rentArrears: 125050 });
  });

  it('starts from a Story the host already knows, asking only what is missing', async () => {
    const provider = await providerKnowing(KNOWN_STORY);
    const intake = provider.querySelector<OneStoryIntakeElement>('onestory-intake')!;
    await waitUntil(() => headingText(intake) === 'About you', `on "${headingText(intake)}"`, { timeout: 5000 });
    expect(fieldsShown(intake)).to.deep.equal(['contact.phone']);
    const phone = shadow(intake).querySelector<Valued>('[data-field="contact.phone"]')!;
    expect(phone.value).to.equal(undefined);
  });

  it('forgets the shared Story the moment a quick exit fires', async () => {
    const provider = await providerKnowing(KNOWN_STORY);
    expect(provider.answers['person.givenName']).to.equal('Known');
    provider.dispatchEvent(new CustomEvent('onestory-exit', { bubbles: true, composed: true, detail: { trigger: 'button' } }));
    expect(provider.answers).to.deep.equal({});
    expect(provider.story).to.equal(undefined);
  });
});
