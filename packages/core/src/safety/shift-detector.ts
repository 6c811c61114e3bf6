/**
 * The keyboard trigger of quick exit (GOV.UK "Exit this page"): Shift pressed on its own
 * three times, each press within five seconds of the one before. The window restarts on
 * every press, so a slow but steady "Shift… Shift… Shift" still exits; any other key, or
 * Shift used as a modifier (typing a capital letter), starts the count again.
 */

/** One `keyup`, reduced to what the detector needs (a `KeyboardEvent` fits as is). */
export interface KeyRelease {
  /** `KeyboardEvent.key` of the released key. */
  readonly key: string;
  /** Whether Shift was still held when this key was released. */
  readonly shiftKey: boolean;
  /** Whether Ctrl, Alt or Meta was held: Shift in a shortcut is not a quick-exit press. */
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/** What the detector concluded from one key release. */
export interface ShiftPressResult {
  /** Presses counted so far in the current run, 0 to `pressesNeeded` (reset after exit). */
  readonly count: number;
  /** True when this press completed the run: exit now. */
  readonly triggered: boolean;
  /**
   * When the current run lapses if no further Shift comes (clock time), or `undefined`
   * when nothing is counting. A component uses it to clear the visible count.
   */
  readonly expiresAt: number | undefined;
}

/** Options of {@link createShiftPressDetector}. */
export interface ShiftPressDetectorOptions {
  /** Current time in milliseconds (monotonic preferred: `performance.now`). Injected for tests. */
  readonly now: () => number;
  /** Longest gap allowed between two presses, inclusive. Default 5000 ms. */
  readonly windowMs?: number;
  /** Presses that trigger the exit. Default 3. */
  readonly pressesNeeded?: number;
}

/** Counts solitary Shift presses; see {@link createShiftPressDetector}. */
export interface ShiftPressDetector {
  /** Feeds one `keyup`. */
  release(key: KeyRelease): ShiftPressResult;
  /** Presses in the current run at this moment (0 once the window has lapsed). */
  readonly count: number;
  /** Presses that trigger the exit. */
  readonly pressesNeeded: number;
  /** Longest gap allowed between two presses. */
  readonly windowMs: number;
  /** Forgets the current run. */
  reset(): void;
}

/** Default gap allowed between two Shift presses (GOV.UK: five seconds). */
export const SHIFT_WINDOW_MS = 5000;
/** Default number of Shift presses that exit (GOV.UK: three). */
export const SHIFT_PRESSES_NEEDED = 3;

/**
 * Creates a Shift×3 detector. It holds no timers: time comes from `now`, so the rules are
 * testable with a fake clock and the caller decides how to show the count lapsing.
 *
 * Rules (after GOV.UK Frontend's `ExitThisPage`): a press counts when `key` is `Shift`,
 * the key released just before it was not pressed with Shift held (otherwise this Shift
 * was a modifier), and no Ctrl/Alt/Meta is held. A press more than `windowMs` after the
 * previous one starts a new run. Any other key ends the run. The `pressesNeeded`-th press
 * triggers and resets the count.
 */
export function createShiftPressDetector(options: ShiftPressDetectorOptions): ShiftPressDetector {
  const { now } = options;
  const windowMs = options.windowMs ?? SHIFT_WINDOW_MS;
  const pressesNeeded = options.pressesNeeded ?? SHIFT_PRESSES_NEEDED;
  let count = 0;
  let lastPressAt = 0;
  let previousKeyHadShift = false;

  const lapsed = (at: number) => count > 0 && at - lastPressAt > windowMs;

  return {
    pressesNeeded,
    windowMs,
    get count() {
      return lapsed(now()) ? 0 : count;
    },
    reset() {
      count = 0;
      previousKeyHadShift = false;
    },
    release(key) {
      const at = now();
      const usedAsModifier = previousKeyHadShift || key.ctrlKey === true || key.altKey === true || key.metaKey === true;
      previousKeyHadShift = key.shiftKey;
      if (key.key !== 'Shift' || usedAsModifier) {
        count = 0;
        return { count, triggered: false, expiresAt: undefined };
      }
      if (lapsed(at)) count = 0;
      count += 1;
      lastPressAt = at;
      if (count >= pressesNeeded) {
        count = 0;
        return { count: pressesNeeded, triggered: true, expiresAt: undefined };
      }
      return { count, triggered: false, expiresAt: at + windowMs };
    },
  };
}
