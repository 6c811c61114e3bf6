import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  consentState,
  EndpointRequestError,
  loadDefinition,
  SubmissionRejectedError,
  type AddressDecision,
  type Answers,
  type DeliveryResult,
} from '@onestory/core';
import { decisionKey } from '@onestory/core/consent';
import { stepIssueMessage } from '@onestory/core/engine';
import {
  afterQuestions,
  failedWithdrawal,
  restoreSession,
  sessionDraft,
  sessionSubmission,
  sessionView,
  startSession,
  updateSession,
  type SessionAction,
  type SessionContext,
  type SessionEffect,
  type SessionState,
} from '@onestory/core/session';
import { idSequence } from '../consent/fixtures.js';
import { definition, definitionJson } from '../engine/fixtures.js';

// The intake session (core owns it; the Lit controller only forwards actions and carries
// out effects): one test per transition the controller used to own.

/** A clock that moves only when told: `clock.minutes = 5`. */
function testContext(overrides: Partial<SessionContext> = {}): SessionContext & { clock: { minutes: number } } {
  const clock = { minutes: 0 };
  return { definition, practitioner: false, now: () => new Date(Date.UTC(2025, 5, 15, 10, clock.minutes)), newId: idSequence(), afterQuestions, clock, ...overrides };
}

/** Runs actions in order; the effects of all of them, in order. */
function run(state: SessionState, ctx: SessionContext, ...actions: SessionAction[]): { state: SessionState; effects: SessionEffect[] } {
  const effects: SessionEffect[] = [];
  for (const action of actions) {
    const update = updateSession(state, action, ctx);
    state = update.state;
    effects.push(...update.effects);
  }
  return { state, effects };
}

const where = (state: SessionState) => (state.flow.step.kind === 'page' ? `page:${state.flow.step.pageId}` : state.flow.step.kind);
const kinds = (effects: readonly SessionEffect[]) => effects.map((e) => e.type);
const SUBJECT = '00000000-0000-4000-8000-00000000abcd';
const CONTINUE = { type: 'continue' } as const;
const BACK = { type: 'back' } as const;
const answer = (field: string, value: unknown): SessionAction => ({ type: 'answer', field: field as never, value });
const start = (ctx: SessionContext, extra: Partial<Parameters<typeof startSession>[1]> = {}) =>
  startSession(ctx, { locale: 'en', subject: SUBJECT, ...extra });

/** A youth-service session, on its last question page. */
function toLastPage(ctx: SessionContext, state = start(ctx)): SessionState {
  return run(
    state,
    ctx,
    answer('risk.immediateDanger', 'no'),
    CONTINUE,
    answer('needs.domains', ['educationYouth']),
    CONTINUE,
    { type: 'chooseServices', serviceIds: ['youth'] },
    CONTINUE,
    answer('person.givenName', 'Alex'),
    answer('person.dateOfBirth', '2008-05-01'),
    CONTINUE,
  ).state;
}

/** A youth-service session, up to the privacy-and-consent step. */
function toConsent(ctx: SessionContext, state = start(ctx)): SessionState {
  return run(toLastPage(ctx, state), ctx, CONTINUE).state;
}

const decideAll = (state: SessionState, choice: 'given' | 'refused' = 'given'): SessionAction[] =>
  state.consent.requested.map((r) => ({ type: 'decide', serviceId: r.serviceId, purposeId: r.purposeId, choice }));

function toCheckAnswers(ctx: SessionContext): SessionState {
  const consent = toConsent(ctx);
  return run(consent, ctx, ...decideAll(consent), CONTINUE).state;
}

function sending(ctx: SessionContext): SessionState {
  const check = toCheckAnswers(ctx);
  const submission = sessionSubmission(check, ctx, { selector: 'sel', verifierHash: 'a'.repeat(64) });
  return run(check, ctx, { type: 'sending', submission, receiptCode: 'CODE-1' }).state;
}

const sentResult = (state: SessionState, reference = 'REF-1'): DeliveryResult => ({
  status: 'sent',
  submissionId: state.sent!.submission.submissionId,
  reference,
  receipts: [],
});

describe('intake session: without the steps after the questions (loaded later)', () => {
  // The CDN build shows the question pages before the consent, submission and receipt code
  // has loaded: the session must run its pages without it, and ask for it at the edge.
  it('runs the question pages and their view without them', () => {
    const ctx = testContext({ afterQuestions: undefined });
    const state = toLastPage(ctx);
    assert.equal(state.flow.step.kind, 'page');
    const view = sessionView(state, ctx);
    assert.equal(view.consent, undefined);
    assert.ok(view.page);
  });

  it('continuing into the consent step changes nothing and asks for them; with them, the same action goes on', () => {
    const without = testContext({ afterQuestions: undefined });
    const state = toLastPage(without);
    const asked = updateSession(state, CONTINUE, without);
    assert.equal(asked.state, state);
    assert.deepEqual(asked.effects, [{ type: 'loadAfterQuestions' }]);
    const withThem = { ...without, afterQuestions };
    const next = updateSession(state, CONTINUE, withThem).state;
    assert.equal(next.flow.step.kind, 'privacy-and-consent');
    assert.equal(next.consent.requested.length > 0, true);
  });

  it('a view or submission that needs them says so to the developer, naming what to pass', () => {
    const ctx = testContext();
    const consent = toConsent(ctx);
    const without = { ...ctx, afterQuestions: undefined };
    assert.throws(() => sessionView(consent, without), /afterQuestions/);
    assert.throws(() => sessionSubmission(consent, without, { selector: 's', verifierHash: 'a'.repeat(64) }), /afterQuestions/);
    assert.throws(() => restoreSession(consent, without, {}), /afterQuestions/);
  });
});

describe('intake session: starting', () => {
  it('starts on the front-door pages, with nothing shared and the consent step not entered', () => {
    const ctx = testContext();
    const state = start(ctx);
    assert.equal(where(state), 'page:safety');
    assert.equal(state.consent.screen, 'decisions');
    assert.deepEqual(state.consent.requested, []);
    assert.equal(state.sent, undefined);
  });

  it('skips the services step when the host chose the services', () => {
    // With the front-door pages last, the services step comes first.
    const pages = [...definitionJson.pages.slice(2), ...definitionJson.pages.slice(0, 2)];
    const ctx = testContext({ definition: loadDefinition({ ...definitionJson, pages }) });
    assert.equal(where(start(ctx)), 'services');
    const state = start(ctx, { preselected: ['youth'] });
    assert.equal(where(state), 'page:about-you');
    assert.deepEqual(state.flow.chosenServices, ['youth']);
  });

  it('keeps answers and services when restarted for the same definition, and not for another', () => {
    const ctx = testContext();
    const before = run(start(ctx), ctx, answer('person.givenName', 'Alex'), { type: 'chooseServices', serviceIds: ['youth'] }).state;
    const again = start(ctx, { previous: { state: before, definition } });
    assert.equal(again.flow.answers['person.givenName'], 'Alex');
    assert.deepEqual(again.flow.chosenServices, ['youth']);
    const other = loadDefinition({ ...definitionJson, id: 'other' });
    const fresh = start({ ...ctx, definition: other }, { previous: { state: before, definition } });
    assert.equal(fresh.flow.answers['person.givenName'], undefined);
  });

  it('takes shared answers as prefill, except where the person answered here', () => {
    const ctx = testContext();
    const before = run(start(ctx), ctx, answer('person.givenName', 'Alex')).state;
    const again = start(ctx, { previous: { state: before, definition }, sharedPrefill: { 'person.givenName': 'Sam', 'person.familyName': 'Jones' } as Answers });
    assert.deepEqual(again.flow.prefill, { 'person.familyName': 'Jones' });
  });
});

describe('intake session: navigation and step messages', () => {
  it('an answer changes the state and fires nothing', () => {
    const ctx = testContext();
    const { state, effects } = run(start(ctx), ctx, answer('risk.immediateDanger', 'no'));
    assert.equal(state.flow.answers['risk.immediateDanger'], 'no');
    assert.deepEqual(effects, []);
  });

  it('continue moves on with a page change, and shares what the person said on the page left', () => {
    const ctx = testContext();
    const { state, effects } = run(start(ctx), ctx, answer('risk.immediateDanger', 'no'), CONTINUE);
    assert.equal(where(state), 'page:needs');
    assert.deepEqual(effects, [
      { type: 'share', answers: { 'risk.immediateDanger': 'no' } },
      // Before the services are chosen, the person reads "Step 2" and no total.
      { type: 'pageChanged', detail: { step: 'page', pageId: 'needs', index: 1, total: 2, progress: { current: 2 } } },
    ]);
  });

  it('does not share answers that were shared with it', () => {
    const ctx = testContext();
    const state = start(ctx, { sharedPrefill: { 'needs.domains': ['housing'] } as Answers });
    const { effects } = run(state, ctx, answer('risk.immediateDanger', 'no'), CONTINUE);
    assert.deepEqual(effects.find((e) => e.type === 'share'), { type: 'share', answers: { 'risk.immediateDanger': 'no' } });
  });

  it('continue with something missing stays, says what, and fires nothing', () => {
    const ctx = testContext();
    const services = run(start(ctx), ctx, CONTINUE, CONTINUE).state;
    const { state, effects } = run(services, ctx, CONTINUE);
    assert.equal(where(state), 'services');
    assert.deepEqual(state.flow.stepIssues.map((i) => stepIssueMessage(i, definition, 'en')), ['Select at least one service']);
    assert.deepEqual(effects, []);
  });

  it('back goes to the previous step, and the view says when Back leads anywhere', () => {
    const ctx = testContext();
    const first = start(ctx);
    assert.equal(sessionView(first, ctx).canGoBack, false);
    const { state, effects } = run(first, ctx, CONTINUE, BACK);
    assert.equal(where(state), 'page:safety');
    assert.equal(kinds(effects).filter((k) => k === 'pageChanged').length, 2);
    assert.equal(sessionView(run(first, ctx, CONTINUE).state, ctx).canGoBack, true);
  });

  it('change and changeServices from "check your answers" open the page, then come back', () => {
    const ctx = testContext();
    const check = toCheckAnswers(ctx);
    const changing = run(check, ctx, { type: 'change', pageId: 'about-you' }).state;
    assert.equal(where(changing), 'page:about-you');
    assert.equal(where(run(changing, ctx, CONTINUE).state), 'check-answers');
    assert.equal(where(run(check, ctx, { type: 'changeServices' }).state), 'services');
  });

  it('a language switch keeps step issues as they are (worded when shown) and every answer', () => {
    const ctx = testContext();
    const services = run(start(ctx), ctx, answer('risk.immediateDanger', 'no'), CONTINUE, CONTINUE, CONTINUE).state;
    const welsh = run(services, ctx, { type: 'setLocale', locale: 'cy' }).state;
    assert.equal(welsh.locale, 'cy');
    assert.deepEqual(welsh.flow.stepIssues, [{ path: ['services'], code: 'flow.services.required' }]);
    assert.notEqual(stepIssueMessage(welsh.flow.stepIssues[0]!, definition, 'cy'), stepIssueMessage(welsh.flow.stepIssues[0]!, definition, 'en'));
    assert.equal(welsh.flow.answers['risk.immediateDanger'], 'no');
    assert.equal(run(welsh, ctx, { type: 'setLocale', locale: 'cy' }).state, welsh);
  });

  it('a step message naming a service names it in the new language', () => {
    const ctx = testContext();
    // Youth service is for 11 to 25: someone born in 1960 cannot choose it.
    const check = toCheckAnswers(ctx);
    const older = run(check, ctx, { type: 'change', pageId: 'about-you' }, answer('person.dateOfBirth', '1960-01-01'), CONTINUE, CONTINUE).state;
    const issue = older.flow.stepIssues.find((i) => i.code === 'flow.services.ineligible');
    assert.ok(issue, `expected an ineligible-service issue, got ${JSON.stringify(older.flow.stepIssues)}`);
    assert.match(stepIssueMessage(issue, definition, 'cy'), /Gwasanaeth ieuenctid/);
  });

  it('answers shared while the person is on a page that they answer move the person on, without sharing back', () => {
    const ctx = testContext();
    const onSafety = start(ctx);
    const { state, effects } = run(onSafety, ctx, { type: 'setSharedPrefill', answers: { 'risk.immediateDanger': 'no' } as Answers });
    assert.equal(where(state), 'page:needs');
    assert.deepEqual(kinds(effects), ['pageChanged']);
  });

  it('answers shared for another page only become prefill', () => {
    const ctx = testContext();
    const shared = { 'person.givenName': 'Sam' } as Answers;
    const { state, effects } = run(start(ctx), ctx, { type: 'setSharedPrefill', answers: shared });
    assert.equal(where(state), 'page:safety');
    assert.deepEqual(state.flow.prefill, shared);
    assert.deepEqual(state.sharedPrefill, shared);
    assert.deepEqual(effects, []);
  });
});

describe('intake session: consent choices', () => {
  it('entering the consent step shows the notice with the decisions and requests one record per purpose', () => {
    const ctx = testContext();
    ctx.clock.minutes = 3;
    const state = toConsent(ctx);
    assert.equal(where(state), 'privacy-and-consent');
    assert.equal(state.consent.screen, 'decisions');
    assert.deepEqual(state.consent.noticeShownAt, ctx.now());
    assert.deepEqual(state.consent.requested.map((r) => `${r.serviceId}/${r.purposeId}`), ['youth/referral', 'youth/news']);
    assert.ok(state.consent.requested.every((r) => r.notice.shownAt === ctx.now().toISOString() && r.subject === SUBJECT));
  });

  it('continue with a decision missing names each question left unanswered', () => {
    const ctx = testContext();
    const consent = toConsent(ctx);
    const { state, effects } = run(consent, ctx, { type: 'decide', serviceId: 'youth', purposeId: 'referral', choice: 'given' }, CONTINUE);
    assert.equal(where(state), 'privacy-and-consent');
    assert.deepEqual(state.consent.issues, [{ path: ['youth', 'news'], code: 'ui.consent.required' }]);
    assert.deepEqual(kinds(effects), ['consentChanged']);
  });

  it('a decision is announced and clears its own issue', () => {
    const ctx = testContext();
    const missing = run(toConsent(ctx), ctx, CONTINUE).state;
    assert.equal(missing.consent.issues.length, 2);
    const { state, effects } = run(missing, ctx, { type: 'decide', serviceId: 'youth', purposeId: 'news', choice: 'refused' });
    assert.deepEqual(state.consent.issues, [{ path: ['youth', 'referral'], code: 'ui.consent.required' }]);
    assert.deepEqual(effects, [{ type: 'consentChanged', serviceId: 'youth', purposeId: 'news', state: 'refused' }]);
    assert.equal(sessionView(state, ctx).consent!.choices[decisionKey('youth', 'news')], 'refused');
  });

  it('all decided: continue finishes the records and goes to "check your answers"', () => {
    const ctx = testContext();
    const consent = toConsent(ctx);
    ctx.clock.minutes = 2;
    const { state } = run(consent, ctx, { type: 'decide', serviceId: 'youth', purposeId: 'referral', choice: 'given' }, { type: 'decide', serviceId: 'youth', purposeId: 'news', choice: 'refused' }, CONTINUE);
    assert.equal(where(state), 'check-answers');
    assert.deepEqual(state.flow.consent!.map((r) => consentState(r)), ['given', 'refused']);
    assert.deepEqual(state.consent.issues, []);
  });

  it('a language switch on the consent step re-words the records and keeps the choices', () => {
    const ctx = testContext();
    const consent = run(toConsent(ctx), ctx, { type: 'decide', serviceId: 'youth', purposeId: 'news', choice: 'given' }).state;
    const welsh = run(consent, ctx, { type: 'setLocale', locale: 'cy' }).state;
    assert.equal(welsh.consent.requested.length, 2);
    assert.notDeepEqual(welsh.consent.requested.map((r) => r.recordId), consent.consent.requested.map((r) => r.recordId));
    assert.deepEqual(welsh.consent.noticeShownAt, consent.consent.noticeShownAt);
    assert.equal(welsh.consent.choices[decisionKey('youth', 'news')]!.choice, 'given');
  });

  it('coming back to the step drops the choices for services no longer chosen, and keeps when the notice was first shown', () => {
    const ctx = testContext();
    const consent = toConsent(ctx, run(start(ctx), ctx, answer('person.phone', '07700 900 982')).state);
    const chosen = run(consent, ctx, ...decideAll(consent), CONTINUE, { type: 'changeServices' }).state;
    ctx.clock.minutes = 9;
    const { state } = run(chosen, ctx, { type: 'chooseServices', serviceIds: ['youth', 'drugs'] }, { type: 'chooseServices', serviceIds: ['drugs'] }, CONTINUE, answer('contact.phone', '07700 900 982'), answer('needs.drugsAlcohol.description', 'Help'), CONTINUE, CONTINUE, CONTINUE, CONTINUE);
    assert.equal(where(state), 'privacy-and-consent', JSON.stringify(state.flow.issues));
    assert.deepEqual(Object.keys(state.consent.choices), []);
    assert.deepEqual(state.consent.noticeShownAt, consent.consent.noticeShownAt);
    assert.deepEqual(state.consent.requested.map((r) => r.serviceId), ['drugs']);
  });
});

describe('intake session: a professional says who agrees', () => {
  const professionalJson = {
    ...definitionJson,
    questions: [
      ...definitionJson.questions,
      {
        id: 'who',
        field: 'referrer.type',
        label: { en: 'Who is filling this in?', cy: 'Pwy sy’n llenwi hwn?' },
        options: [
          { value: 'self', label: { en: 'Me', cy: 'Fi' } },
          { value: 'professional', label: { en: 'A professional', cy: 'Gweithiwr proffesiynol' } },
        ],
      },
      { id: 'referrer-name', field: 'referrer.name', label: { en: 'Your name', cy: 'Eich enw' } },
      { id: 'referrer-role', field: 'referrer.role', label: { en: 'Your role', cy: 'Eich rôl' } },
    ],
    pages: [{ id: 'who', title: { en: 'Who', cy: 'Pwy' }, questions: ['who', 'referrer-name', 'referrer-role'] }, ...definitionJson.pages],
    settings: { ...definitionJson.settings, practitionerMode: true },
  };
  const professional = loadDefinition(professionalJson);

  function professionalAtConsent(practitioner = true): { ctx: ReturnType<typeof testContext>; state: SessionState } {
    const ctx = testContext({ definition: professional, practitioner });
    const state = run(
      start(ctx),
      ctx,
      answer('referrer.type', 'professional'),
      answer('referrer.name', 'Dee Morgan'),
      answer('referrer.role', 'School nurse'),
      CONTINUE,
    ).state;
    return { ctx, state: toConsent(ctx, state) };
  }

  it('the view speaks about the person to a professional, and to the person otherwise', () => {
    const { ctx, state } = professionalAtConsent();
    assert.equal(sessionView(state, ctx).voice, 'other');
    const own = testContext();
    assert.equal(sessionView(start(own), own).voice, 'self');
  });

  it('starts on "their agreement", with the notice not yet shown', () => {
    const { state } = professionalAtConsent();
    assert.equal(where(state), 'privacy-and-consent');
    assert.equal(state.consent.screen, 'agreement');
    assert.equal(state.consent.noticeShownAt, undefined);
  });

  it('continue without a route says one is needed; choosing one clears it', () => {
    const { ctx, state } = professionalAtConsent();
    const missing = run(state, ctx, CONTINUE).state;
    assert.deepEqual(missing.consent.whoIssues, [{ path: ['route'], code: 'who.route.required' }]);
    assert.deepEqual(run(missing, ctx, { type: 'setAgreement', change: { route: 'phone' } }).state.consent.whoIssues, []);
  });

  it('a relayed decision goes to the decisions, where the notice is shown, and Back returns to "their agreement"', () => {
    const { ctx, state } = professionalAtConsent();
    ctx.clock.minutes = 4;
    const { state: decisions, effects } = run(state, ctx, { type: 'setAgreement', change: { route: 'phone' } }, CONTINUE);
    assert.equal(decisions.consent.screen, 'decisions');
    assert.deepEqual(decisions.consent.noticeShownAt, ctx.now());
    // Their agreement was step 7; the decisions are step 8 of 9, as the person reads it.
    assert.deepEqual(effects, [{ type: 'pageChanged', detail: { step: 'privacy-and-consent', total: 5, progress: { current: 8, total: 9 } } }]);
    assert.deepEqual(sessionView(decisions, ctx).consent!.path, { kind: 'relayed', method: 'phone' });
    const back = run(decisions, ctx, BACK);
    assert.equal(back.state.consent.screen, 'agreement');
    assert.equal(where(back.state), 'privacy-and-consent');
  });

  it('"not asked" needs a reason, then leads to sharing without consent, whose details are checked', () => {
    const { ctx, state } = professionalAtConsent();
    const noReason = run(state, ctx, { type: 'setAgreement', change: { route: 'not-asked' } }, CONTINUE).state;
    assert.deepEqual(noReason.consent.whoIssues.map((i) => i.path.join('-')), ['notAskedReason']);
    const without = run(noReason, ctx, { type: 'setAgreement', change: { notAskedReason: 'They are at risk' } }, CONTINUE).state;
    assert.equal(without.consent.screen, 'without-consent');
    const incomplete = run(without, ctx, CONTINUE).state;
    assert.deepEqual(incomplete.consent.whoIssues.map((i) => i.path.join('-')), ['reason', 'personTold']);
    const done = run(incomplete, ctx, { type: 'setWithoutConsent', change: { reason: 'child-at-risk' } }, { type: 'setWithoutConsent', change: { personTold: true } }, CONTINUE).state;
    assert.equal(where(done), 'check-answers');
    assert.equal(done.consent.overrides.length, 1);
    assert.equal(done.consent.overrides[0]!.reason, 'child-at-risk');
  });

  it('without practitioner mode on this channel, "not asked" means asking first', () => {
    const { ctx, state } = professionalAtConsent(false);
    const blocked = run(state, ctx, { type: 'setAgreement', change: { route: 'not-asked', notAskedReason: 'x' } }, CONTINUE).state;
    assert.deepEqual(blocked.consent.whoIssues, [{ path: ['route'], code: 'who.notAsked.askFirst' }]);
  });

  it('a draft keeps what the professional said and the screen they were on', () => {
    const { ctx, state } = professionalAtConsent();
    const told = run(state, ctx, { type: 'setAgreement', change: { route: 'not-asked', notAskedReason: 'At risk' } }, CONTINUE, { type: 'setWithoutConsent', change: { reason: 'child-at-risk' } }).state;
    assert.equal(told.consent.screen, 'without-consent');
    const draft = JSON.parse(JSON.stringify(sessionDraft(told, ctx)));
    const restored = restoreSession(start(ctx), ctx, draft);
    assert.ok(restored.ok);
    assert.equal(restored.state.consent.screen, 'without-consent');
    assert.deepEqual(restored.state.consent.agreement, { route: 'not-asked', notAskedReason: 'At risk' });
    assert.deepEqual(restored.state.consent.withoutConsent, { reason: 'child-at-risk' });
  });

  it('counts a professional\'s later consent screens as the step\'s second in the journey', () => {
    const { ctx, state } = professionalAtConsent();
    const first = sessionView(state, ctx).journeyProgress!;
    const second = sessionView(run(state, ctx, { type: 'setAgreement', change: { route: 'phone' } }, CONTINUE).state, ctx).journeyProgress!;
    assert.equal(second.current, first.current + 1);
  });

  it('"lacks capacity" leads to a best-interests decision, which needs a rationale', () => {
    const { ctx, state } = professionalAtConsent();
    // Best interests are for adults: the person is 45.
    const adult = run(state, ctx, { type: 'change', pageId: 'about-you' }).state;
    assert.equal(adult, state, 'change is only for "check your answers"');
    const best = run(state, ctx, { type: 'setAgreement', change: { route: 'lacks-capacity' } }, CONTINUE).state;
    // Born in 2008: 17, too young for a best-interests decision.
    assert.deepEqual(best.consent.whoIssues, [{ path: ['route'], code: 'who.capacity.adultsOnly' }]);
  });
});

describe('intake session: sending', () => {
  it('continue on "check your answers" asks the host to send, and stays until it does', () => {
    const ctx = testContext();
    const check = toCheckAnswers(ctx);
    const { state, effects } = run(check, ctx, CONTINUE);
    assert.equal(state, check);
    assert.deepEqual(effects, [{ type: 'send' }]);
  });

  it('the submission carries the decided consent, the language and the receipt hash', () => {
    const ctx = testContext();
    const check = toCheckAnswers(ctx);
    const submission = sessionSubmission(check, ctx, { selector: 'sel', verifierHash: 'b'.repeat(64) });
    assert.equal(submission.channel, 'web');
    assert.equal(submission.locale, 'en');
    assert.deepEqual(submission.consents, check.flow.consent);
    assert.deepEqual(submission.receipt, { selector: 'sel', verifierHash: 'b'.repeat(64) });
  });

  it('sending hands the submission to delivery', () => {
    const ctx = testContext();
    const check = toCheckAnswers(ctx);
    const submission = sessionSubmission(check, ctx, { selector: 'sel', verifierHash: 'a'.repeat(64) });
    const { state, effects } = run(check, ctx, { type: 'sending', submission, receiptCode: 'CODE-1' });
    assert.equal(where(state), 'sending');
    assert.deepEqual(effects, [{ type: "pageChanged", detail: { step: "sending", total: 4 } }, { type: "deliver", submission }]);
    assert.equal(state.sent?.receiptCode, 'CODE-1');
    assert.equal(sessionDraft(state, ctx), undefined);
  });

  it('a submission breaking a rule goes to "not sent yet" (failed)', () => {
    const ctx = testContext();
    const { state } = run(toCheckAnswers(ctx), ctx, { type: 'submissionInvalid' });
    assert.deepEqual(state.flow.step, { kind: 'not-sent-yet', reason: 'failed' });
  });

  it('sent: the reference, a submitted event, and the receipt with its code', () => {
    const ctx = testContext();
    const on = sending(ctx);
    const { state, effects } = run(on, ctx, { type: 'delivered', result: sentResult(on) });
    assert.deepEqual(state.flow.step, { kind: 'sent', reference: 'REF-1' });
    assert.deepEqual(kinds(effects), ['pageChanged', 'submitted']);
    const view = sessionView(state, ctx);
    assert.equal(view.receiptCode, 'CODE-1');
    assert.equal(view.receipt?.submissionId, on.sent!.submission.submissionId);
  });

  it('an outcome for another submission is ignored', () => {
    const ctx = testContext();
    const on = sending(ctx);
    const { state, effects } = run(on, ctx, { type: 'delivered', result: { ...sentResult(on), submissionId: 'another' } });
    assert.equal(state, on);
    assert.deepEqual(effects, []);
  });

  it('queued: "not sent yet", a retry planned; retry sends again; sent later by the client goes to sent', () => {
    const ctx = testContext();
    const on = sending(ctx);
    const queued = run(on, ctx, { type: 'delivered', result: { status: 'queued', submissionId: on.sent!.submission.submissionId, reason: { kind: 'offline' }, nextTryAt: 0 } });
    assert.deepEqual(queued.state.flow.step, { kind: 'not-sent-yet', reason: 'queued' });
    assert.deepEqual(kinds(queued.effects), ['pageChanged', 'queued']);
    const retried = run(queued.state, ctx, { type: 'retry' });
    assert.equal(where(retried.state), 'sending');
    assert.deepEqual(kinds(retried.effects), ['pageChanged', 'deliver']);
    const later = run(queued.state, ctx, { type: 'sentLater', submissionId: on.sent!.submission.submissionId, reference: 'REF-9' });
    assert.deepEqual(later.state.flow.step, { kind: 'sent', reference: 'REF-9' });
    assert.deepEqual(kinds(later.effects), ['pageChanged', 'submitted']);
    assert.equal(run(on, ctx, { type: 'sentLater', submissionId: on.sent!.submission.submissionId, reference: 'x' }).state, on);
  });

  it('refused for good: "not sent yet" (failed), with the error for the developer', () => {
    const ctx = testContext();
    const on = sending(ctx);
    const error = new SubmissionRejectedError(on.sent!.submission.submissionId, 'http://127.0.0.1/x', { type: 'about:blank', title: 'Bad', status: 422 });
    const { state, effects } = run(on, ctx, { type: 'delivered', result: { status: 'failed', submissionId: on.sent!.submission.submissionId, error } });
    assert.deepEqual(state.flow.step, { kind: 'not-sent-yet', reason: 'failed' });
    assert.deepEqual(effects.at(-1), { type: 'deliveryFailed', error });
  });
});

describe('intake session: withdrawing after sending', () => {
  function sent(ctx: SessionContext) {
    const on = sending(ctx);
    return run(on, ctx, { type: 'delivered', result: sentResult(on) }).state;
  }

  it('withdraw asks for the notice to be posted, once at a time', () => {
    const ctx = testContext();
    const state = sent(ctx);
    const record = state.sent!.consents.find((r) => r.purposeId === 'news')!;
    const first = run(state, ctx, { type: 'withdraw', recordId: record.recordId });
    assert.equal(first.effects.length, 1);
    const effect = first.effects[0]!;
    assert.equal(effect.type, 'withdraw');
    assert.equal(effect.type === 'withdraw' && effect.code, 'CODE-1');
    assert.deepEqual(sessionView(first.state, ctx).withdrawals[record.recordId], { status: 'sending' });
    assert.deepEqual(run(first.state, ctx, { type: 'withdraw', recordId: record.recordId }).effects, []);
    assert.deepEqual(run(state, ctx, { type: 'withdraw', recordId: 'unknown' }).effects, []);
  });

  it('recorded: the receipt shows it withdrawn; failed: says whether to try again', () => {
    const ctx = testContext();
    const state = sent(ctx);
    const record = state.sent!.consents.find((r) => r.purposeId === 'news')!;
    const asked = run(state, ctx, { type: 'withdraw', recordId: record.recordId }).state;
    const done = run(asked, ctx, { type: 'withdrawalSettled', recordId: record.recordId, outcome: { status: 'done' } }).state;
    assert.equal(consentState(done.sent!.consents.find((r) => r.recordId === record.recordId)!), 'withdrawn');
    assert.deepEqual(sessionView(done, ctx).withdrawals[record.recordId], { status: 'done' });
    const failed = run(asked, ctx, { type: 'withdrawalSettled', recordId: record.recordId, outcome: { status: 'failed', refused: true } }).state;
    assert.equal(consentState(failed.sent!.consents.find((r) => r.recordId === record.recordId)!), 'given');
    assert.deepEqual(sessionView(failed, ctx).withdrawals[record.recordId], { status: 'failed', refused: true });
  });
});

describe('intake session: a withdrawal that could not be posted', () => {
  it('is refused for good on a 4xx other than 429, and worth trying again otherwise', () => {
    const failed = (status: number) => failedWithdrawal(new EndpointRequestError('no', status));
    assert.deepEqual([400, 403, 404, 422].map(failed), Array(4).fill({ status: 'failed', refused: true }));
    assert.deepEqual([0, 429, 500, 503].map(failed), Array(4).fill({ status: 'failed', refused: false }));
    assert.deepEqual(failedWithdrawal(new TypeError('Failed to fetch')), { status: 'failed', refused: false });
  });
});

describe('intake session: save and come back later', () => {
  it('a draft taken on the consent step comes back there, with its decisions', () => {
    const ctx = testContext();
    const check = toCheckAnswers(ctx);
    const back = run(check, ctx, BACK).state;
    assert.equal(where(back), 'privacy-and-consent');
    const draft = JSON.parse(JSON.stringify(sessionDraft(back, ctx)));
    const restored = restoreSession(start(ctx), ctx, draft);
    assert.ok(restored.ok);
    assert.equal(where(restored.state), 'privacy-and-consent');
    assert.deepEqual(Object.values(restored.state.consent.choices).map((c) => c.choice), ['given', 'given']);
    assert.equal(restored.state.consent.requested.length, 2);
  });

  it('a draft keeps the person’s address decision for a chosen service, and drops one for a service no longer chosen', () => {
    const ctx = testContext();
    const consent = toConsent(ctx);
    const decision: AddressDecision = { choice: 'safe-way', ways: ['call'] };
    const decided = run(consent, ctx, { type: 'decideAddress', serviceId: 'youth', decision }, { type: 'decideAddress', serviceId: 'housing', decision }).state;
    assert.deepEqual(decided.consent.addressDecisions, { youth: decision, housing: decision });
    const draft = JSON.parse(JSON.stringify(sessionDraft(decided, ctx)));
    const restored = restoreSession(start(ctx), ctx, draft);
    assert.ok(restored.ok);
    assert.deepEqual(restored.state.consent.addressDecisions, { youth: decision });
  });

  it('refuses a draft of another form, and once sent', () => {
    const ctx = testContext();
    const draft = JSON.parse(JSON.stringify(sessionDraft(start(ctx), ctx)));
    assert.deepEqual(restoreSession(start(ctx), ctx, { ...draft, definition: { id: 'other', version: '1' } }), { ok: false, reason: 'other-definition' });
    assert.deepEqual(restoreSession(sending(ctx), ctx, draft), { ok: false, reason: 'not-a-draft' });
  });
});

describe('intake session: what the view shows', () => {
  it('previews say so when a chosen service would receive nothing', () => {
    const ctx = testContext();
    const consent = toConsent(ctx);
    const check = run(consent, ctx, ...decideAll(consent, 'refused'), CONTINUE).state;
    const view = sessionView(check, ctx);
    assert.equal(view.previews.length, 1);
    assert.equal(view.previews[0]!.serviceId, 'youth');
    assert.deepEqual(view.checkAnswersRows.length > 0, true);
  });

  it('eligibility is worked out on the services step only', () => {
    const ctx = testContext();
    const services = run(start(ctx), ctx, CONTINUE, CONTINUE).state;
    assert.equal(sessionView(services, ctx).eligibility.length, 3);
    assert.deepEqual(sessionView(start(ctx), ctx).eligibility, []);
  });
});
