import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flowDraftOf, flowReducer, resumeFlow, startFlow, type FlowAction, type FlowContext, type FlowState } from '@onestory/core/engine';
import { TODAY, definition } from './fixtures.js';

const context: FlowContext = { definition, today: TODAY, locale: 'en' };
type State = FlowState<{ agreed: string[] }>;
const run = (state: State, ...actions: FlowAction<{ agreed: string[] }>[]): State =>
  actions.reduce((s, action) => flowReducer(s, action, context), state);
const CONTINUE = { type: 'continue' } as const;
const readConsent = (value: unknown) => (Array.isArray((value as { agreed?: unknown })?.agreed) ? (value as { agreed: string[] }) : undefined);

/** Through the services step to the first question page of the youth service. */
const toQuestions = (): State =>
  run(
    startFlow(context),
    { type: 'answer', field: 'risk.immediateDanger', value: 'no' },
    CONTINUE,
    { type: 'answer', field: 'needs.domains', value: ['educationYouth'] },
    CONTINUE,
    { type: 'chooseServices', serviceIds: ['youth'] },
    CONTINUE,
    { type: 'answer', field: 'person.givenName', value: 'Alex' },
  );

describe('saving and resuming a flow', () => {
  it('restores answers, chosen services, the page and what was shown, re-asking nothing', () => {
    const state = toQuestions();
    assert.equal(state.step.kind, 'page');
    const draft = JSON.parse(JSON.stringify(flowDraftOf(state, definition)));
    const resumed = resumeFlow(context, draft, { readConsent });
    assert.ok(resumed.ok);
    assert.deepEqual(resumed.state.step, state.step);
    assert.deepEqual(resumed.state.answers, state.answers);
    assert.deepEqual(resumed.state.chosenServices, ['youth']);
    assert.deepEqual([...resumed.state.presented].sort(), [...state.presented].sort());
  });

  it('keeps consent decisions for the same definition version, and asks again after a change', () => {
    const atCheck = run(toQuestions(), { type: 'answer', field: 'person.dateOfBirth', value: '2008-05-01' }, CONTINUE, CONTINUE, {
      type: 'consentDecided',
      consent: { agreed: ['youth'] },
    });
    assert.equal(atCheck.step.kind, 'check-answers');
    const draft = flowDraftOf(atCheck, definition);
    const same = resumeFlow(context, draft, { readConsent });
    assert.ok(same.ok);
    assert.equal(same.state.step.kind, 'check-answers');
    assert.deepEqual(same.state.consent, { agreed: ['youth'] });

    const changed = resumeFlow({ ...context, definition: { ...definition, version: '1.1.0' } }, draft, { readConsent });
    assert.ok(changed.ok);
    assert.equal(changed.state.step.kind, 'privacy-and-consent', 'a new version means deciding again');
    assert.equal(changed.state.consent, undefined);
    assert.deepEqual(changed.state.answers, atCheck.answers);
  });

  it('saves a finished flow as being on "check your answers"', () => {
    const sending = { ...toQuestions(), step: { kind: 'sending' } } as State;
    assert.deepEqual(flowDraftOf(sending, definition).step, { kind: 'check-answers' });
  });

  it('starts at the first step when the saved page no longer applies, and refuses what is not its draft', () => {
    const draft = { ...flowDraftOf(toQuestions(), definition), step: { kind: 'page', pageId: 'no-such-page' } };
    const resumed = resumeFlow(context, draft);
    assert.ok(resumed.ok);
    assert.deepEqual(resumed.state.step, startFlow(context).step);
    assert.deepEqual(resumeFlow(context, { ...draft, definition: { id: 'elsewhere', version: '1.0.0' } }), { ok: false, reason: 'other-definition' });
    assert.deepEqual(resumeFlow(context, { hello: 'world' }), { ok: false, reason: 'not-a-draft' });
    assert.deepEqual(resumeFlow(context, null), { ok: false, reason: 'not-a-draft' });
  });
});
