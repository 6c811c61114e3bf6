import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createShiftPressDetector, type KeyRelease } from '@onestory/core/safety';

// The Shift×3 rules of quick exit, on a fake clock: each press must come within five
// seconds of the one before (the window restarts on every press).

const SHIFT: KeyRelease = { key: 'Shift', shiftKey: false };

function detectorAt(start = 0) {
  const clock = { now: start };
  const detector = createShiftPressDetector({ now: () => clock.now });
  /** Releases `key` `after` ms after the previous release. */
  const release = (after: number, key: KeyRelease = SHIFT) => {
    clock.now += after;
    return detector.release(key);
  };
  return { clock, detector, release };
}

describe('Shift×3 quick-exit detector', () => {
  it('triggers on the third Shift within five seconds, counting 1, 2 on the way', () => {
    const { release } = detectorAt();
    assert.deepEqual(release(0), { count: 1, triggered: false, expiresAt: 5000 });
    assert.deepEqual(release(1000), { count: 2, triggered: false, expiresAt: 6000 });
    assert.deepEqual(release(1000), { count: 3, triggered: true, expiresAt: undefined });
  });

  it('restarts the five-second window on each press: 0 s, 4.5 s, 9 s still exits', () => {
    const { release } = detectorAt();
    release(0);
    assert.equal(release(4500).count, 2);
    assert.equal(release(4500).triggered, true);
  });

  it('counts a press exactly five seconds after the last, and not one a millisecond later', () => {
    const onTime = detectorAt();
    onTime.release(0);
    assert.equal(onTime.release(5000).count, 2);

    const late = detectorAt();
    late.release(0);
    assert.deepEqual(late.release(5001), { count: 1, triggered: false, expiresAt: 10_001 });
  });

  it('shows the count lapsing to 0 once the window has passed', () => {
    const { clock, detector, release } = detectorAt();
    release(0);
    release(100);
    assert.equal(detector.count, 2);
    clock.now += 5000;
    assert.equal(detector.count, 2);
    clock.now += 1;
    assert.equal(detector.count, 0);
  });

  it('starts again after any other key', () => {
    const { release } = detectorAt();
    release(0);
    release(100);
    assert.equal(release(100, { key: 'a', shiftKey: false }).count, 0);
    assert.equal(release(100).count, 1);
  });

  it('ignores Shift used as a modifier (typing capitals) and Shift in shortcuts', () => {
    const { release } = detectorAt();
    // Typing "AB": each letter is released with Shift held, then Shift is released.
    for (const letter of ['A', 'B', 'C']) {
      release(50, { key: letter, shiftKey: true });
      assert.equal(release(50).count, 0, `Shift after ${letter} is a modifier`);
    }
    assert.equal(release(50, { key: 'Shift', shiftKey: false, ctrlKey: true }).count, 0);
    assert.equal(release(50, { key: 'Shift', shiftKey: false, metaKey: true }).count, 0);
    assert.equal(release(50, { key: 'Shift', shiftKey: false, altKey: true }).count, 0);
    assert.equal(release(50).count, 1);
  });

  it('starts from zero after triggering', () => {
    const { release } = detectorAt();
    release(0);
    release(10);
    assert.equal(release(10).triggered, true);
    assert.deepEqual(release(10), { count: 1, triggered: false, expiresAt: 5030 });
  });

  it('forgets the run on reset()', () => {
    const { detector, release } = detectorAt();
    release(0);
    release(10);
    detector.reset();
    assert.equal(detector.count, 0);
    assert.equal(release(10).count, 1);
  });

  it('honours a custom window and press count', () => {
    const clock = { now: 0 };
    const detector = createShiftPressDetector({ now: () => clock.now, windowMs: 1000, pressesNeeded: 2 });
    detector.release(SHIFT);
    clock.now = 1001;
    assert.equal(detector.release(SHIFT).triggered, false);
    clock.now = 2000;
    assert.equal(detector.release(SHIFT).triggered, true);
  });

  // Whatever came before, another key then three solitary Shifts with gaps of at most
  // five seconds exit on exactly the third; and presses spaced more than five seconds
  // apart never exit.
  const keyArb = fc.record({
    key: fc.constantFrom('Shift', 'a', 'A', 'Enter', 'Tab', 'Control'),
    shiftKey: fc.boolean(),
    ctrlKey: fc.boolean(),
  });
  const historyArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), keyArb), { maxLength: 30 });

  it('property: other key + three Shifts within the window exit on the third, after any history', () => {
    fc.assert(
      fc.property(historyArb, fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 3, maxLength: 3 }), (history, gaps) => {
        const { release } = detectorAt();
        for (const [gap, key] of history) release(gap, key);
        release(0, { key: 'Escape', shiftKey: false });
        const results = gaps.map((gap) => release(gap));
        return results.map((r) => r.triggered).join() === 'false,false,true' && results[1]?.count === 2;
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it('property: Shifts more than five seconds apart never exit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5001, max: 60_000 }), { maxLength: 20 }), (gaps) => {
        const { release } = detectorAt();
        return gaps.every((gap) => {
          const result = release(gap);
          return !result.triggered && result.count === 1;
        });
      }),
      { seed: 9, numRuns: 500 },
    );
  });
});
