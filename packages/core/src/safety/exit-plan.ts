/**
 * The quick-exit sequence as data plus a small runner, so its order is testable without a
 * browser. Order matters for safety: the screen is blanked before anything else can run,
 * stores are wiped before leaving, and leaving never waits on a store that hangs.
 */

/** The effects a quick exit performs; the component supplies DOM implementations. */
export interface ExitEffects {
  /** Hides all page content in this frame (synchronous: no await before it). */
  hideContent(): void;
  /** Tells the page the exit began (`onestory-exit`): listeners drop in-memory answers. */
  announce(): void;
  /** Removes OneStory keys from `sessionStorage` and `localStorage` (synchronous). */
  wipeWebStorage(): void;
  /** Wipes the asynchronous stores (IndexedDB, channels); started at once, awaited briefly. */
  wipeStores(): Promise<void> | void;
  /** Stops the destination learning which page the person left (no `Referer`). */
  dropReferrer(): void;
  /** Replaces the current history entry with `url`, so Back does not return here. */
  replaceLocation(url: string): void;
}

/** A step of the exit: which effect, and when it runs. */
export interface ExitStep {
  readonly effect: keyof ExitEffects;
  /**
   * `now`: runs synchronously when the exit is triggered, in order.
   * `settle`: started synchronously too, then awaited (at most `maxWaitMs`) before leaving.
   * `leave`: runs once every `settle` step finished or the wait ran out.
   */
  readonly phase: 'now' | 'settle' | 'leave';
}

/** The exit sequence, in order. */
export const EXIT_PLAN: readonly ExitStep[] = [
  { effect: 'hideContent', phase: 'now' },
  { effect: 'announce', phase: 'now' },
  { effect: 'wipeWebStorage', phase: 'now' },
  { effect: 'wipeStores', phase: 'settle' },
  { effect: 'dropReferrer', phase: 'leave' },
  { effect: 'replaceLocation', phase: 'leave' },
];

/**
 * The exit when the host page's own exit control is the one leaving (GOV.UK Frontend's
 * "Exit this page", or an element marked `data-onestory-exit`): wipe, but do not navigate.
 */
export const WIPE_ONLY_PLAN: readonly ExitStep[] = EXIT_PLAN.filter((step) => step.phase !== 'leave');

/** How one step ended. */
export type ExitStepOutcome = 'done' | 'failed' | 'timed-out';

/** What {@link runExitPlan} did, step by step, in plan order. */
export interface ExitReport {
  readonly steps: readonly { readonly effect: keyof ExitEffects; readonly outcome: ExitStepOutcome }[];
}

/** Options of {@link runExitPlan}. */
export interface ExitPlanOptions {
  /** The checked destination (see `resolveExitDestination`). */
  readonly url: string;
  /** Resolves after `ms` milliseconds. Injected for tests. */
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * Longest wait for the `settle` steps before leaving anyway. The screen is already blank,
   * so a short wait costs little; a store deletion blocked by another tab must not keep
   * the person on the page. Default 1000 ms.
   */
  readonly maxWaitMs?: number;
}

/** Default longest wait for stores to be wiped before leaving. */
export const EXIT_MAX_WAIT_MS = 1000;

/**
 * Runs `plan` ({@link EXIT_PLAN} unless told otherwise). Every `now` step has run, and
 * every `settle` step has started, before this function first yields. A step that throws
 * or rejects is recorded and the exit carries on: a failed wipe never prevents leaving.
 */
export async function runExitPlan(
  effects: ExitEffects,
  options: ExitPlanOptions,
  plan: readonly ExitStep[] = EXIT_PLAN,
): Promise<ExitReport> {
  const maxWaitMs = options.maxWaitMs ?? EXIT_MAX_WAIT_MS;
  const outcomes = new Map<keyof ExitEffects, ExitStepOutcome>();
  const settling: Promise<void>[] = [];

  for (const { effect, phase } of plan) {
    if (phase === 'leave') continue;
    let result: unknown;
    try {
      result = invoke(effects, effect, options.url);
    } catch {
      outcomes.set(effect, 'failed');
      continue;
    }
    if (phase === 'settle') {
      outcomes.set(effect, 'timed-out');
      settling.push(
        Promise.resolve(result).then(
          () => void outcomes.set(effect, 'done'),
          () => void outcomes.set(effect, 'failed'),
        ),
      );
    } else {
      outcomes.set(effect, 'done');
    }
  }

  if (settling.length > 0) await Promise.race([Promise.all(settling), options.sleep(maxWaitMs)]);
  // Freeze what settled in time: later completions must not rewrite the report.
  const settled = new Map(outcomes);

  for (const { effect, phase } of plan) {
    if (phase !== 'leave') continue;
    try {
      invoke(effects, effect, options.url);
      settled.set(effect, 'done');
    } catch {
      settled.set(effect, 'failed');
    }
  }

  return { steps: plan.map(({ effect }) => ({ effect, outcome: settled.get(effect) ?? 'failed' })) };
}

function invoke(effects: ExitEffects, effect: keyof ExitEffects, url: string): unknown {
  return effect === 'replaceLocation' ? effects.replaceLocation(url) : effects[effect]();
}
