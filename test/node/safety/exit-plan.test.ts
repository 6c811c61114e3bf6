import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_EXIT_URL,
  EXIT_PLAN,
  keyboardRole,
  resolveExitDestination,
  showsShiftCount,
  runExitPlan,
  WIPE_ONLY_PLAN,
  type ExitEffects,
} from '@onestory/core/safety';

// The quick-exit sequence: blank first, wipe before leaving, never stuck.

const URL_OUT = 'https://www.bbc.co.uk/weather';

/** Effects that record each call; `wipeStores` resolves when the test says so. */
function recordingEffects(overrides: Partial<ExitEffects> = {}) {
  const calls: string[] = [];
  let finishWipe: () => void = () => {};
  const wiped = new Promise<void>((resolve) => (finishWipe = resolve));
  const effects: ExitEffects = {
    hideContent: () => void calls.push('hideContent'),
    announce: () => void calls.push('announce'),
    wipeWebStorage: () => void calls.push('wipeWebStorage'),
    wipeStores: () => {
      calls.push('wipeStores');
      return wiped.then(() => void calls.push('wipeStores settled'));
    },
    dropReferrer: () => void calls.push('dropReferrer'),
    replaceLocation: (url) => void calls.push(`replaceLocation ${url}`),
    ...overrides,
  };
  return { calls, effects, finishWipe };
}

/** A sleep that only ends when the test calls `elapse()`. */
function manualSleep() {
  const waiting: (() => void)[] = [];
  return {
    sleep: (_ms: number) => new Promise<void>((resolve) => waiting.push(resolve)),
    elapse: () => waiting.splice(0).forEach((resolve) => resolve()),
  };
}

describe('quick-exit plan', () => {
  it('lists the steps in safety order: hide, announce, wipe, then leave without a referrer', () => {
    assert.deepEqual(
      EXIT_PLAN.map((step) => `${step.phase}:${step.effect}`),
      ['now:hideContent', 'now:announce', 'now:wipeWebStorage', 'settle:wipeStores', 'leave:dropReferrer', 'leave:replaceLocation'],
    );
    assert.deepEqual(
      WIPE_ONLY_PLAN.map((step) => step.effect),
      ['hideContent', 'announce', 'wipeWebStorage', 'wipeStores'],
    );
  });

  it('hides, announces and starts every wipe before the first await, and leaves only once wiped', async () => {
    const { calls, effects, finishWipe } = recordingEffects();
    const { sleep } = manualSleep();
    const done = runExitPlan(effects, { url: URL_OUT, sleep });
    // Synchronously, in the same task as the click or key press:
    assert.deepEqual(calls, ['hideContent', 'announce', 'wipeWebStorage', 'wipeStores']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(!calls.some((call) => call.startsWith('replaceLocation')), 'must not leave before the wipe settles');
    finishWipe();
    const report = await done;
    assert.deepEqual(calls.slice(4), ['wipeStores settled', 'dropReferrer', `replaceLocation ${URL_OUT}`]);
    assert.ok(report.steps.every((step) => step.outcome === 'done'));
  });

  it('leaves after maxWaitMs when a wipe hangs (a database blocked by another tab)', async () => {
    const { calls, effects } = recordingEffects();
    const { sleep, elapse } = manualSleep();
    let askedToWait = 0;
    const done = runExitPlan(effects, { url: URL_OUT, maxWaitMs: 250, sleep: (ms) => ((askedToWait = ms), sleep(ms)) });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(askedToWait, 250);
    elapse();
    const report = await done;
    assert.equal(calls.at(-1), `replaceLocation ${URL_OUT}`);
    assert.equal(report.steps.find((step) => step.effect === 'wipeStores')?.outcome, 'timed-out');
  });

  it('carries on past steps that throw or reject, and still leaves', async () => {
    const { calls, effects } = recordingEffects({
      hideContent: () => {
        throw new TypeError('no body');
      },
      wipeWebStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      wipeStores: () => Promise.reject(new DOMException('blocked', 'UnknownError')),
      dropReferrer: () => {
        throw new TypeError('no head');
      },
    });
    const report = await runExitPlan(effects, { url: URL_OUT, sleep: manualSleep().sleep });
    assert.deepEqual(calls, ['announce', `replaceLocation ${URL_OUT}`]);
    assert.deepEqual(
      report.steps.map((step) => `${step.effect}:${step.outcome}`),
      ['hideContent:failed', 'announce:done', 'wipeWebStorage:failed', 'wipeStores:failed', 'dropReferrer:failed', 'replaceLocation:done'],
    );
  });

  it('wipes without navigating when the host page’s own control leaves', async () => {
    const { calls, effects, finishWipe } = recordingEffects();
    finishWipe();
    await runExitPlan(effects, { url: URL_OUT, sleep: manualSleep().sleep }, WIPE_ONLY_PLAN);
    assert.deepEqual(calls, ['hideContent', 'announce', 'wipeWebStorage', 'wipeStores', 'wipeStores settled']);
  });
});

describe('quick-exit destination', () => {
  const base = 'https://council.example/get-help?step=2';

  it('defaults to a neutral page', () => {
    assert.deepEqual(resolveExitDestination(undefined, base), { url: DEFAULT_EXIT_URL });
    assert.deepEqual(resolveExitDestination('  ', base), { url: DEFAULT_EXIT_URL });
  });

  it('accepts http(s) addresses, resolving relative ones against the page', () => {
    assert.deepEqual(resolveExitDestination('https://news.example/', base), { url: 'https://news.example/' });
    assert.deepEqual(resolveExitDestination('/weather', base), { url: 'https://council.example/weather' });
  });

  for (const hostile of ['javascript:window.__pwned()', 'JAVASCRIPT:alert(1)', ' data:text/html,<script>x</script>', 'blob:https://x/1', 'http://[', 'vbscript:msgbox']) {
    it(`refuses ${JSON.stringify(hostile)} and exits to the default instead`, () => {
      const result = resolveExitDestination(hostile, base);
      assert.equal(result.url, DEFAULT_EXIT_URL);
      assert.match(result.problem ?? '', /https:\/\//);
    });
  }
});

describe('one keyboard listener per page', () => {
  it('only the first quick exit listens; beside a host exit control it leaves through that control', () => {
    assert.equal(keyboardRole('none', true), 'listen');
    assert.equal(keyboardRole('none', false), 'off');
    assert.equal(keyboardRole('govuk-frontend', true), 'click-host-control');
    assert.equal(keyboardRole('govuk-frontend', false), 'off');
    assert.equal(keyboardRole('marked', true), 'click-host-control');
    assert.equal(keyboardRole('marked', false), 'off');
  });

  it('shows its own Shift count except beside GOV.UK Frontend, which shows one', () => {
    assert.equal(showsShiftCount('none'), true);
    assert.equal(showsShiftCount('marked'), true);
    assert.equal(showsShiftCount('govuk-frontend'), false);
  });
});
