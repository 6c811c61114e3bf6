import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canGoBack,
  currentPage,
  flowPlan,
  flowReducer,
  inImmediateDanger,
  shownValue,
  fieldIssueMessage,
  startFlow,
  stepIssueMessage,
  type FlowAction,
  type FlowContext,
  type FlowState,
} from '@onestory/core/engine';
import { TODAY, address, definition } from './fixtures.js';

const context: FlowContext = { definition, today: TODAY, locale: 'en' };
type State = FlowState<{ agreed: string[] }>;
const run = (state: State, ...actions: FlowAction<{ agreed: string[] }>[]): State =>
  actions.reduce((s, action) => flowReducer(s, action, context), state);
const where = (state: State) => (state.step.kind === 'page' ? `page:${state.step.pageId}` : state.step.kind);
const CONTINUE = { type: 'continue' } as const;
const BACK = { type: 'back' } as const;

/** A youth-service flow up to "check your answers". */
function toCheckAnswers(): State {
  return run(
    startFlow(context),
    { type: 'answer', field: 'risk.immediateDanger', value: 'no' },
    CONTINUE,
    { type: 'answer', field: 'needs.domains', value: ['educationYouth'] },
    CONTINUE,
    { type: 'chooseServices', serviceIds: ['youth'] },
    CONTINUE,
    { type: 'answer', field: 'person.givenName', value: 'Alex' },
    { type: 'answer', field: 'person.dateOfBirth', value: '2008-05-01' },
    CONTINUE,
    CONTINUE,
    { type: 'consentDecided', consent: { agreed: ['youth'] } },
  );
}

describe('intake flow', () => {
  it('starts with the front-door pages, then asks for services', () => {
    let state: State = startFlow(context);
    assert.equal(where(state), 'page:safety');
    assert.deepEqual(currentPage(state, context)?.questions.map((q) => q.question.id), ['danger']);
    state = run(state, CONTINUE);
    assert.equal(where(state), 'page:needs');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'services');
  });

  it('will not leave the services step with no service chosen', () => {
    const state = run(startFlow(context), CONTINUE, CONTINUE, CONTINUE);
    assert.equal(where(state), 'services');
    assert.deepEqual(state.stepIssues.map((i) => stepIssueMessage(i, definition, 'en')), ['Select at least one service']);
  });

  it('will not let a service the person is known not to be eligible for be chosen', () => {
    const state = run(
      startFlow(context, { prefill: { 'person.dateOfBirth': '1980-01-01' } }),
      CONTINUE,
      CONTINUE,
      { type: 'chooseServices', serviceIds: ['youth', 'drugs'] },
    );
    assert.deepEqual(state.chosenServices, ['drugs']);
    assert.equal(where(run(state, CONTINUE)), 'page:about-you');
  });

  it('keeps a service chosen before the person was known to be ineligible, and will not leave the services step with it', () => {
    const chosen = run(startFlow(context), CONTINUE, CONTINUE, { type: 'chooseServices', serviceIds: ['youth', 'drugs'] });
    const state = run(
      { ...chosen, answers: { ...chosen.answers, 'person.dateOfBirth': '1980-01-01' } },
      { type: 'chooseServices', serviceIds: ['youth', 'drugs'] },
      CONTINUE,
    );
    assert.deepEqual(state.chosenServices, ['youth', 'drugs'], 'it can still be unticked');
    assert.equal(where(state), 'services');
    assert.deepEqual(state.stepIssues, [{ path: ['services', 'youth'], code: 'flow.services.ineligible' }]);
    assert.equal(stepIssueMessage(state.stepIssues[0]!, definition, 'en'), 'Youth service is not available to you. Remove it to continue.');
    assert.equal(where(run(state, { type: 'chooseServices', serviceIds: ['drugs'] }, CONTINUE)), 'page:about-you');
  });


  it('stays on a page with issues, and moves on once it is valid', () => {
    let state = run(startFlow(context), CONTINUE, CONTINUE, { type: 'chooseServices', serviceIds: ['youth'] }, CONTINUE);
    assert.equal(where(state), 'page:about-you');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'page:about-you');
    assert.deepEqual(state.issues.map((i) => i.code), ['required.person.givenName', 'required.person.dateOfBirth']);
    state = run(state, { type: 'answer', field: 'person.givenName', value: 'Alex' }, { type: 'answer', field: 'person.dateOfBirth', value: '2008-05-01' }, CONTINUE);
    assert.equal(where(state), 'page:contact');
    assert.deepEqual(state.issues, []);
  });

  it('reports raw input that could not be parsed, until a value replaces it', () => {
    let state = run(startFlow(context), CONTINUE, CONTINUE, { type: 'chooseServices', serviceIds: ['youth'] }, CONTINUE);
    state = run(state, { type: 'answer', field: 'person.givenName', value: 'Alex' }, { type: 'answer', field: 'person.dateOfBirth', value: undefined, inputError: 'date.missingMonth' }, CONTINUE);
    assert.deepEqual(state.issues.map((i) => fieldIssueMessage(i, 'en')), ['The date for “Date of birth” must include a month']);
    state = run(state, { type: 'answer', field: 'person.dateOfBirth', value: '2008-05-01' }, CONTINUE);
    assert.equal(where(state), 'page:contact');
  });

  it('goes through consent and check your answers to sending, then sent with a reference', () => {
    let state = run(startFlow(context), CONTINUE, CONTINUE, { type: 'chooseServices', serviceIds: ['youth'] }, CONTINUE);
    state = run(state, { type: 'answer', field: 'person.givenName', value: 'Alex' }, { type: 'answer', field: 'person.dateOfBirth', value: '2008-05-01' }, CONTINUE, CONTINUE);
    assert.equal(where(state), 'privacy-and-consent');
    state = run(state, CONTINUE);
    assert.deepEqual(state.stepIssues.map((i) => i.code), ['flow.consent.notDecided']);
    state = run(state, { type: 'consentDecided', consent: { agreed: ['youth'] } });
    assert.equal(where(state), 'check-answers');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'sending');
    assert.equal(run(state, { type: 'answer', field: 'person.givenName', value: 'Sam' }), state, 'answers are frozen while sending');
    assert.deepEqual(run(state, { type: 'submitted', reference: 'OS-123' }).step, { kind: 'sent', reference: 'OS-123' });
  });

  it('is honest when a submission is not sent yet, and can retry', () => {
    const sending = run(toCheckAnswers(), CONTINUE);
    const queued = run(sending, { type: 'queued' });
    assert.deepEqual(queued.step, { kind: 'not-sent-yet', reason: 'queued' });
    assert.deepEqual(run(sending, { type: 'failed' }).step, { kind: 'not-sent-yet', reason: 'failed' });
    assert.equal(where(run(queued, { type: 'retry' })), 'sending');
  });

  it('goes back step by step, and not before the start', () => {
    let state = run(startFlow(context), CONTINUE, CONTINUE, { type: 'chooseServices', serviceIds: ['youth'] }, CONTINUE);
    const trail: string[] = [where(state)];
    while (canGoBack(state, context)) {
      state = run(state, BACK);
      trail.push(where(state));
    }
    assert.deepEqual(trail, ['page:about-you', 'services', 'page:needs', 'page:safety']);
    assert.equal(run(state, BACK), state);
  });

  it('goes back from check your answers to consent and the last page', () => {
    const state = run(toCheckAnswers(), BACK);
    assert.equal(where(state), 'privacy-and-consent');
    assert.equal(where(run(state, BACK)), 'page:contact');
  });

  it('a change link returns to check your answers after the page, and Back returns there too', () => {
    const check = toCheckAnswers();
    const changing = run(check, { type: 'change', pageId: 'about-you' });
    assert.equal(where(changing), 'page:about-you');
    assert.equal(changing.returnTo, 'check-answers');
    const changed = run(changing, { type: 'answer', field: 'person.givenName', value: 'Alexa' }, CONTINUE);
    assert.equal(where(changed), 'check-answers');
    assert.equal(changed.returnTo, null);
    assert.equal(where(run(changing, BACK)), 'check-answers');
  });

  it('a change that makes a new question necessary asks it, then returns to check your answers', () => {
    let state = run(
      startFlow(context),
      { type: 'answer', field: 'risk.immediateDanger', value: 'no' },
      CONTINUE,
      { type: 'answer', field: 'needs.domains', value: ['money'] },
      CONTINUE,
      { type: 'chooseServices', serviceIds: ['housing'] },
      CONTINUE,
      { type: 'answer', field: 'person.givenName', value: 'Alex' },
      { type: 'answer', field: 'person.familyName', value: 'Jones' },
      { type: 'answer', field: 'person.dateOfBirth', value: '1990-01-01' },
      CONTINUE,
      { type: 'answer', field: 'contact.address', value: address },
      CONTINUE,
    );
    assert.equal(where(state), 'privacy-and-consent', 'the housing story is not asked without a housing need');
    state = run(state, { type: 'consentDecided', consent: { agreed: ['housing'] } }, { type: 'change', pageId: 'needs' });
    state = run(state, { type: 'answer', field: 'needs.domains', value: ['money', 'housing'] }, CONTINUE);
    assert.equal(where(state), 'page:housing-story');
    state = run(state, { type: 'answer', field: 'needs.housing.description', value: 'Rent arrears' }, CONTINUE);
    assert.equal(where(state), 'check-answers');
  });

  it('changing services asks what the new service needs and asks for consent again', () => {
    let state = run(toCheckAnswers(), { type: 'changeServices' });
    assert.equal(where(state), 'services');
    state = run(state, { type: 'chooseServices', serviceIds: ['youth', 'drugs'] });
    assert.equal(state.consent, undefined, 'consent is per service: a new choice needs a new decision');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'page:about-you', 'the NHS number is new');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'page:drugs-story', 'contact was seen already (phone is unanswered but was shown)');
    state = run(state, { type: 'answer', field: 'needs.drugsAlcohol.description', value: 'Alcohol' }, CONTINUE);
    assert.equal(where(state), 'page:household');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'privacy-and-consent');
    state = run(state, { type: 'consentDecided', consent: { agreed: ['youth', 'drugs'] } });
    assert.equal(where(state), 'check-answers');
    state = run(state, CONTINUE);
    assert.equal(where(state), 'page:contact', 'the drugs service requires a phone number');
    assert.equal(state.returnTo, 'check-answers');
    assert.deepEqual(state.issues.map((i) => i.code), ['required.contact.phone']);
    state = run(state, { type: 'answer', field: 'contact.phone', value: '07700 900982' }, CONTINUE);
    assert.equal(where(state), 'check-answers');
  });

  it('does not ask again what prefill knows, and shows what was entered before', () => {
    let state = run(
      startFlow(context, { prefill: { 'person.givenName': 'Alex', 'person.dateOfBirth': '2008-05-01' } }),
      CONTINUE,
      CONTINUE,
      { type: 'chooseServices', serviceIds: ['youth'] },
      CONTINUE,
    );
    assert.deepEqual(currentPage(state, context)?.questions.map((q) => [q.question.id, q.confirmingPrefill]), [['dob', true]]);
    assert.equal(shownValue(state, 'person.dateOfBirth'), '2008-05-01');
    state = run(state, CONTINUE, BACK);
    assert.equal(shownValue(state, 'person.dateOfBirth'), '2008-05-01');
  });

  it('never submits an answer to a question that became hidden', () => {
    let state = run(
      startFlow(context),
      CONTINUE,
      { type: 'answer', field: 'needs.domains', value: ['housing'] },
      CONTINUE,
      { type: 'chooseServices', serviceIds: ['housing'] },
      { type: 'answer', field: 'needs.housing.description', value: 'Private: rent arrears' },
    );
    assert.equal(flowPlan(state, context).story.needs?.housing?.description, 'Private: rent arrears');
    state = run(state, { type: 'answer', field: 'needs.domains', value: ['money'] });
    const story = JSON.stringify(flowPlan(state, context).story);
    assert.ok(!story.includes('rent arrears'), story);
    assert.equal(state.answers['needs.housing.description'], 'Private: rent arrears', 'kept, in case the question comes back');
  });

  it('ignores actions that make no sense in the current step', () => {
    const state = startFlow<{ agreed: string[] }>(context);
    const actions: FlowAction<{ agreed: string[] }>[] = [
      { type: 'submitted', reference: 'x' },
      { type: 'retry' },
      { type: 'change', pageId: 'needs' },
      { type: 'changeServices' },
      { type: 'consentDecided', consent: { agreed: [] } },
    ];
    for (const action of actions) {
      assert.equal(run(state, action), state, action.type);
    }
  });

  it('knows when to show emergency contacts', () => {
    assert.equal(inImmediateDanger({ 'risk.immediateDanger': 'yes' }), true);
    assert.equal(inImmediateDanger({ 'risk.immediateDanger': 'unknown' }), false);
  });
});
