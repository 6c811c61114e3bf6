import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefinition, type Definition } from '@onestory/core';
import {
  afterQuestions,
  sessionDraft,
  sessionSubmission,
  sessionView,
  restoreSession,
  startSession,
  updateSession,
  type SessionAction,
  type SessionContext,
  type SessionState,
} from '@onestory/core/session';
import { idSequence } from '../consent/fixtures.js';
import { address, definitionJson } from '../engine/fixtures.js';

// Issue 20: the address of someone who lives with a person they fear is withheld from a
// service that contacts the household only as they decide, on the consent step's last
// screen. Never silently while that service's referral requires it.

const definition: Definition = loadDefinition({
  ...definitionJson,
  // Housing visits the household, and asks who lives there.
  services: definitionJson.services.map((service) =>
    service.id === 'housing'
      ? { ...service, contactsHousehold: true, purposes: service.purposes.map((p) => ({ ...p, optional: [...(p.optional ?? []), 'household.members'] })) }
      : service,
  ),
});

function testContext(): SessionContext {
  return { definition, practitioner: false, now: () => new Date(Date.UTC(2025, 5, 15, 10)), newId: idSequence(), afterQuestions };
}

function run(state: SessionState, ctx: SessionContext, ...actions: SessionAction[]): SessionState {
  for (const action of actions) state = updateSession(state, action, ctx).state;
  return state;
}

const CONTINUE = { type: 'continue' } as const;
const answer = (field: string, value: unknown): SessionAction => ({ type: 'answer', field: field as never, value });
const safe = { safe: true };
const unsafe = { safe: false };
const member = (roles: string[]) => ({ name: 'Sam', relationship: 'partner', livesWith: true, roles });
const safeAddress = { line1: 'Flat 2, 9 Castle Street', town: 'Cardiff', postcode: 'CF10 2BB' };

/** A housing referral up to the consent decisions, with the given household. */
function toDecisions(ctx: SessionContext, roles: string[] = ['feared']): SessionState {
  let state = startSession(ctx, { locale: 'en', subject: '00000000-0000-4000-8000-00000000abcd' });
  state = run(
    state,
    ctx,
    answer('risk.immediateDanger', 'no'),
    CONTINUE,
    answer('needs.domains', ['housing']),
    CONTINUE,
    { type: 'chooseServices', serviceIds: ['housing'] },
    CONTINUE,
    answer('person.givenName', 'Alex'),
    answer('person.familyName', 'Jones'),
    answer('person.dateOfBirth', '1990-05-01'),
    CONTINUE,
    answer('contact.address', address),
    answer('contact.phone', '07700 900982'),
    answer('contact.safeContact', { call: safe, text: safe, email: unsafe, post: unsafe, visit: unsafe, voicemail: false }),
    CONTINUE,
    answer('needs.housing.description', 'We may lose our home.'),
    CONTINUE,
    answer('household.members', [member(roles)]),
    CONTINUE,
  );
  assert.equal(state.flow.step.kind, 'privacy-and-consent');
  return run(state, ctx, ...state.consent.requested.map((r) => ({ type: 'decide', serviceId: r.serviceId, purposeId: r.purposeId, choice: 'given' }) as const));
}

const screenOf = (state: SessionState) => (state.flow.step.kind === 'privacy-and-consent' ? state.consent.screen : state.flow.step.kind);

describe('the address screen of the consent step', () => {
  it('follows the decisions when someone feared lives with the person, and lists the service', () => {
    const ctx = testContext();
    const state = run(toDecisions(ctx), ctx, CONTINUE);
    assert.equal(screenOf(state), 'address');
    const view = sessionView(state, ctx);
    assert.deepEqual(view.consent!.address.services, ['housing']);
    assert.deepEqual(view.consent!.address.safeWays, ['call', 'text']);
  });

  it('is not shown when nobody in the household is feared', () => {
    const ctx = testContext();
    assert.equal(screenOf(run(toDecisions(ctx, []), ctx, CONTINUE)), 'check-answers');
  });

  it('counts in the progress: the address screen is the last of the consent step', () => {
    const ctx = testContext();
    const decisions = toDecisions(ctx);
    const onDecisions = sessionView(decisions, ctx).journeyProgress!;
    const onAddress = sessionView(run(decisions, ctx, CONTINUE), ctx).journeyProgress!;
    assert.equal(onAddress.current, onDecisions.current + 1);
    assert.equal(onAddress.total, onDecisions.total);
  });

  it('will not go on undecided, and says which service waits', () => {
    const ctx = testContext();
    const state = run(toDecisions(ctx), ctx, CONTINUE, CONTINUE);
    assert.equal(screenOf(state), 'address');
    assert.deepEqual(state.consent.whoIssues, [{ path: ['address', 'housing'], code: 'who.address.undecided' }]);
  });

  it('asks for the safe address in full once chosen, then sends it in place of theirs', () => {
    const ctx = testContext();
    let state = run(toDecisions(ctx), ctx, CONTINUE, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-address' } }, CONTINUE);
    assert.deepEqual(state.consent.whoIssues, [{ path: ['address', 'housing', 'safe'], code: 'who.address.noSafeAddress' }]);
    state = run(state, ctx, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-address', address: safeAddress } });
    assert.deepEqual(state.consent.whoIssues, [], 'deciding clears the issue for that service');
    state = run(state, ctx, CONTINUE);
    assert.equal(screenOf(state), 'check-answers');
    const submission = sessionSubmission(state, ctx, { selector: 'a'.repeat(16), verifierHash: 'b'.repeat(64) });
    const envelope = submission.disclosures.find((e) => e.serviceId === 'housing')!;
    assert.deepEqual(envelope.addressDecision, { choice: 'safe-address', address: safeAddress });
    assert.deepEqual(envelope.story.contact?.address, safeAddress);
  });

  it('keeps the address withheld when the person chose only safe ways, and the envelope says why', () => {
    const ctx = testContext();
    const state = run(toDecisions(ctx), ctx, CONTINUE, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-way', ways: ['call', 'text'] } }, CONTINUE);
    assert.equal(screenOf(state), 'check-answers');
    const envelope = sessionSubmission(state, ctx, { selector: 'a'.repeat(16), verifierHash: 'b'.repeat(64) }).disclosures[0]!;
    assert.deepEqual(envelope.addressDecision, { choice: 'safe-way', ways: ['call', 'text'] });
    assert.equal(envelope.story.contact?.address, undefined);
    assert.ok(envelope.withheld.some((w) => w.field === 'contact.address' && w.reason === 'feared-person'));
  });

  it('refuses a safe way the person did not mark safe', () => {
    const ctx = testContext();
    const state = run(toDecisions(ctx), ctx, CONTINUE, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-way', ways: ['email'] } }, CONTINUE);
    assert.deepEqual(state.consent.whoIssues, [{ path: ['address', 'housing'], code: 'who.address.notMarkedSafe' }]);
  });

  it('asks again, rather than refuses at the last step, when the safe ways changed since the person chose them', () => {
    const ctx = testContext();
    const chosen = run(toDecisions(ctx), ctx, CONTINUE, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-way', ways: ['call', 'text'] } }, CONTINUE);
    assert.equal(screenOf(chosen), 'check-answers');
    // From check your answers, the contact page: only texts are safe now.
    const onlyText = { call: unsafe, text: safe, email: unsafe, post: unsafe, visit: unsafe, voicemail: false };
    const changed = run(chosen, ctx, { type: 'change', pageId: 'contact' }, answer('contact.safeContact', onlyText), CONTINUE);
    assert.equal(screenOf(changed), 'check-answers');
    // "Only the safe ways" is the ways safe now, and the submission says so.
    const send = updateSession(changed, CONTINUE, ctx);
    assert.deepEqual(send.effects.map((e) => e.type), ['send']);
    const envelope = sessionSubmission(send.state, ctx, { selector: 'a'.repeat(16), verifierHash: 'b'.repeat(64) }).disclosures[0]!;
    assert.deepEqual(envelope.addressDecision, { choice: 'safe-way', ways: ['text'] });
    // No safe way left: the choice is asked again on its screen, naming the service.
    const none = { call: unsafe, text: unsafe, email: unsafe, post: unsafe, visit: unsafe, voicemail: false };
    const unsafeNow = run(changed, ctx, { type: 'change', pageId: 'contact' }, answer('contact.safeContact', none), CONTINUE, CONTINUE);
    assert.equal(screenOf(unsafeNow), 'address');
    assert.deepEqual(unsafeNow.consent.addressDecisions, {});
    assert.deepEqual(unsafeNow.consent.whoIssues.map((i) => i.code), ['who.address.undecided']);
    const decided = run(unsafeNow, ctx, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'share-address', riskExplained: true } }, CONTINUE);
    assert.equal(screenOf(decided), 'check-answers');
  });

  it('goes back to the decisions, keeping them', () => {
    const ctx = testContext();
    const onAddress = run(toDecisions(ctx), ctx, CONTINUE);
    const back = run(onAddress, ctx, { type: 'back' });
    assert.equal(screenOf(back), 'decisions');
    assert.deepEqual(back.consent.choices, onAddress.consent.choices);
  });

  it('saves a whole decision with a draft, never a safe address half written', () => {
    const ctx = testContext();
    const half = run(toDecisions(ctx), ctx, CONTINUE, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'safe-address' } });
    assert.equal(JSON.stringify(sessionDraft(half, ctx)).includes('addressDecisions'), false);
    const whole = run(half, ctx, { type: 'decideAddress', serviceId: 'housing', decision: { choice: 'share-address', riskExplained: true } });
    const draft = JSON.parse(JSON.stringify(sessionDraft(whole, ctx)));
    const restored = restoreSession(startSession(ctx, { locale: 'en', subject: 'x' }), ctx, draft);
    assert.ok(restored.ok);
    assert.equal(screenOf(restored.state), 'address');
    assert.deepEqual(restored.state.consent.addressDecisions, { housing: { choice: 'share-address', riskExplained: true } });
  });
});
