import { expect } from '@open-wc/testing';
import { loadDefinition, plan, type Answers, type Definition } from '@onestory/core';
import { optionsFor } from '@onestory/core/engine';
import { isDeclaredFieldPath, isFieldPath } from '@onestory/core/story';
import { definitionToQuestionnaire, questionnaireResponseToStory, type QuestionnaireResponse } from '@onestory/core/fhir';
import { withDeclaredFields } from '../../support/declared-early-help.js';
import { loadLForms, type LForms } from './lhc-forms.js';

// The real-client check: the Questionnaire OneStory exports for each service of the
// early-help example, rendered by LHC-Forms in Chromium, shows the questions the intake
// asks for that service (the engine's plan, which <onestory-intake> renders), with the
// same options, and shows and hides them on the same answers. A QuestionnaireResponse
// LHC-Forms produces reads back into a Story.

const EARLY_HELP = '/packages/schemas/examples/early-help.definition.json';
const TODAY = '2025-03-27';

let lforms: LForms;
let plain: Definition;
let withDeclared: Definition;
let definition: Definition;

async function render(serviceId: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.className = 'lhc-host';
  document.body.append(host);
  const { questionnaire } = definitionToQuestionnaire(definition, { serviceId });
  await lforms.Util.addFormToPage(questionnaire, host);
  await until(() => host.querySelector('label[for]') !== null);
  return host;
}

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** The Story fields whose questions LHC-Forms shows now (LHC ids are `linkId/1/1`). */
function shownFields(host: HTMLElement): string[] {
  const ids = [...host.querySelectorAll('label[for]')].map((label) => label.getAttribute('for')!.split('/')[0]!);
  return [...new Set(ids.filter((id) => isFieldPath(id) || isDeclaredFieldPath(id)))];
}

/** The fields the intake asks for the service with `answers` given. */
function askedFields(serviceId: string, answers: Answers): string[] {
  return plan({ definition, answers, chosenServices: [serviceId], today: TODAY }).questions.map((q) => q.question.field);
}

/** Clicks the option with this text of the radio or checkbox group of `field`. */
function choose(host: HTMLElement, field: string, text: string): void {
  const row = host.querySelector(`[id^="${field}/"]`)?.closest('.lhc-item') ?? host;
  const option = [...row.querySelectorAll<HTMLElement>('label')].find((label) => label.textContent?.trim() === text);
  if (!option) throw new Error(`no option "${text}" for ${field}`);
  option.click();
}

function type(host: HTMLElement, field: string, value: string): void {
  const input = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${field}/1/1"]`);
  if (!input) throw new Error(`no input for ${field}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
}

describe('LHC-Forms renders the exported Questionnaire', function () {
  this.timeout(120_000);

  before(async () => {
    let json: unknown;
    [lforms, json] = await Promise.all([loadLForms(), fetch(EARLY_HELP).then((r) => r.json())]);
    plain = loadDefinition(json);
    withDeclared = loadDefinition(withDeclaredFields(json));
  });
  beforeEach(() => {
    definition = plain;
  });
  afterEach(() => {
    // Hidden, not removed: LHC-Forms keeps setting up its drop-downs after rendering, and
    // throws if their elements have gone. Every lookup here is scoped to one form's host.
    for (const host of document.querySelectorAll<HTMLElement>('body > div.lhc-host')) host.hidden = true;
  });

  for (const serviceId of [
    'housing-support', 'drug-alcohol', 'domestic-abuse', 'money-advice', 'youth-service', 'childrens-centres', 'health-visiting', 'adult-social-care',
  ]) {
    it(`${serviceId}: the same questions and options as the intake, shown on the same answers`, async () => {
      expect(definition.services.map((s) => s.id)).to.include(serviceId);
      const host = await render(serviceId);
      expect(shownFields(host)).to.deep.equal(askedFields(serviceId, {}));

      // Each choice question offers the intake's options, in its order.
      for (const field of shownFields(host)) {
        const question = definition.questions.find((q) => q.field === field)!;
        // A declared field's options are declared with the field, not on its question.
        const declaredOptions = definition.fields?.find((f) => `declared.${f.id}` === field)?.options?.map((o) => o.label['en']);
        const options = declaredOptions ?? optionsFor(question, 'en').map((o) => o.label);
        if (!['radios', 'checkboxes'].includes(question.widget ?? '')) continue;
        const row = host.querySelector(`[id^="${field}/"]`)!.closest('.lhc-item')!;
        const rendered = [...row.querySelectorAll('label.ant-radio-wrapper, label.ant-checkbox-wrapper')].map((l) => l.textContent!.trim());
        expect(rendered, field).to.deep.equal(options);
      }

      // A professional referring someone is asked their details; someone who needs to
      // feel safe is asked the DASH checklist (for the services that receive it).
      choose(host, 'referrer.type', optionsFor(definition.questions.find((q) => q.field === 'referrer.type')!, 'en').find((o) => o.value === 'professional')!.label);
      choose(host, 'needs.domains', optionsFor(definition.questions.find((q) => q.field === 'needs.domains')!, 'en').find((o) => o.value === 'safety')!.label);
      await settle();
      expect(shownFields(host)).to.deep.equal(askedFields(serviceId, { 'referrer.type': 'professional', 'needs.domains': ['safety'] }));
    });
  }

  for (const serviceId of ['housing-support', 'drug-alcohol', 'domestic-abuse', 'money-advice']) {
    it(`${serviceId} with declared fields: their questions, options and conditions too`, async () => {
      definition = withDeclared;
      const host = await render(serviceId);
      expect(shownFields(host)).to.deep.equal(askedFields(serviceId, {}));
      expect(shownFields(host).some((field) => field.startsWith('declared.'))).to.equal(true);
      for (const field of shownFields(host).filter((f) => f === 'declared.substances' || f === 'declared.bestTime')) {
        const row = host.querySelector(`[id^="${field}/"]`)!.closest('.lhc-item')!;
        const rendered = [...row.querySelectorAll('label.ant-radio-wrapper, label.ant-checkbox-wrapper')].map((l) => l.textContent!.trim());
        expect(rendered, field).to.deep.equal(withDeclared.fields!.find((f) => `declared.${f.id}` === field)!.options!.map((o) => o.label['en']));
      }
      if (serviceId === 'housing-support') {
        // Rent arrears are asked only of someone who rents (a condition on a declared choice).
        expect(shownFields(host)).not.to.include('declared.rentArrears');
        choose(host, 'declared.tenure', 'I rent from a private landlord');
        await settle();
        expect(shownFields(host)).to.deep.equal(askedFields(serviceId, { 'declared.tenure': 'private-rent' }));
        expect(shownFields(host)).to.include('declared.rentArrears');
      }
    });
  }

  it('money typed into LHC-Forms reads back as whole pence', async () => {
    definition = withDeclared;
    const host = await render('housing-support');
    choose(host, 'declared.tenure', 'I rent from a private landlord');
    await settle();
    type(host, 'declared.rentArrears', '1250.50');
    type(host, 'person.givenName', 'Carys');
    await settle();
    const response = lforms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', host) as QuestionnaireResponse;
    const { story, issues } = questionnaireResponseToStory(response, withDeclared);
    expect(issues).to.deep.equal([]);
    expect(story).to.deep.equal({ person: { givenName: 'Carys' }, declared: { tenure: 'private-rent', rentArrears: 125050 } });
  });

  it('a QuestionnaireResponse LHC-Forms produces reads back into a Story', async () => {
    const host = await render('domestic-abuse');
    choose(host, 'referrer.type', 'I am asking for help for myself');
    choose(host, 'needs.domains', 'Feeling safe at home or in a relationship');
    type(host, 'person.givenName', 'Carys');
    type(host, 'contact.phone', '07700 900982');
    type(host, 'needs.safety.description', 'He checks my phone.');
    await settle();
    const response = lforms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', host) as QuestionnaireResponse;
    const { story, issues } = questionnaireResponseToStory(response, definition);
    expect(issues).to.deep.equal([]);
    expect(story).to.deep.equal({
      person: { givenName: 'Carys' },
      contact: { phone: '07700 900982' },
      needs: { domains: ['safety'], safety: { description: 'He checks my phone.' } },
      referrer: { type: 'self' },
    });
  });
});
