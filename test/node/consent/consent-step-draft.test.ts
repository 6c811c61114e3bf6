import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConsentStepDraft, type ConsentStepDraft } from '@onestory/core/consent';
import { flowDraftOf, resumeFlow, startFlow, type FlowContext } from '@onestory/core/engine';
import { TODAY, definition } from '../engine/fixtures.js';

// What the consent step has been told (a professional's screens, decisions not yet
// confirmed, a decision to share without consent) travels with a saved draft, so that
// resuming asks none of it again (issue 20).

const context: FlowContext = { definition, today: TODAY, locale: 'en' };

const STEP: ConsentStepDraft = {
  screen: 'without-consent',
  professional: { route: 'not-asked', notAskedReason: 'Asking now would put the child at risk.' },
  withoutConsent: { reason: 'child-at-risk', personTold: false, notToldReason: 'Telling them would too.' },
  bestInterests: {},
  choices: [{ serviceId: 'youth', purposeId: 'support', choice: 'given', at: '2025-06-15T10:00:00.000Z' }],
  overrides: [
    {
      overrideId: '7d1b9a8e-2c4f-4f7a-9a51-3c2e8b6d0f11',
      decidedBy: { name: 'Dee Morgan', role: 'Social worker' },
      reason: 'child-at-risk',
      basis: 'public-task',
      rationale: 'Asking now would put the child at risk.',
      at: '2025-06-15T10:01:00.000Z',
      disclosed: [{ serviceId: 'youth', fields: ['person.givenName'] }],
      personTold: false,
      notToldReason: 'Telling them would too.',
    },
  ],
};

describe('the consent step in a saved draft', () => {
  it('round-trips through a draft (as JSON, as it is encrypted) for the same definition version', () => {
    const draft = JSON.parse(JSON.stringify(flowDraftOf(startFlow(context), definition, STEP)));
    const resumed = resumeFlow(context, draft);
    assert.ok(resumed.ok);
    assert.deepEqual(readConsentStepDraft(resumed.consentStep), STEP);
  });

  it('is dropped when the definition changed since, like the decisions', () => {
    const draft = JSON.parse(JSON.stringify(flowDraftOf(startFlow(context), definition, STEP)));
    const resumed = resumeFlow({ ...context, definition: { ...definition, version: '2.0.0' } }, draft);
    assert.ok(resumed.ok);
    assert.equal(resumed.consentStep, undefined);
  });

  it('reads nothing from a draft without it, or with a step of another shape (asked again, never a crash)', () => {
    assert.equal(readConsentStepDraft(undefined), undefined);
    assert.equal(readConsentStepDraft({ ...STEP, screen: 'somewhere' }), undefined);
    assert.equal(readConsentStepDraft({ ...STEP, professional: { route: 'by-pigeon' } }), undefined);
    assert.equal(readConsentStepDraft({ ...STEP, choices: [{ ...STEP.choices[0], choice: 'maybe' }] }), undefined);
    const { overrides: _gone, ...partial } = STEP;
    assert.equal(readConsentStepDraft(partial), undefined);
  });

  it('keeps the person’s address decision for a service that contacts the household, and reads no bad one', () => {
    const decided: ConsentStepDraft = {
      ...STEP,
      addressDecisions: { youth: { choice: 'safe-address', address: { line1: '9 Stryd y Castell', town: 'Caerdydd', postcode: 'CF10 2BB' } } },
    };
    const draft = JSON.parse(JSON.stringify(flowDraftOf(startFlow(context), definition, decided)));
    const resumed = resumeFlow(context, draft);
    assert.ok(resumed.ok);
    assert.deepEqual(readConsentStepDraft(resumed.consentStep), decided);
    assert.equal(readConsentStepDraft({ ...STEP, addressDecisions: { youth: { choice: 'safe-way', ways: ['pigeon'] } } }), undefined);
  });
});
