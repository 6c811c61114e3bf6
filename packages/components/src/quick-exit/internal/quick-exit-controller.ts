import {
  createShiftPressDetector,
  EXIT_PLAN,
  keyboardRole,
  runExitPlan,
  showsShiftCount,
  WIPE_ONLY_PLAN,
  type ExitReport,
  type ExitStep,
} from '@onestory/core/safety';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OneStoryExitEvent, type ExitTrigger } from '../exit-event.js';
import { browserExitEffects } from './exit-effects.js';
import { claimExit, holdsKeyboard, hostExitControl, join, leave } from './document-coordinator.js';

/** Time as quick exit sees it; injectable so tests control it. */
export interface QuickExitClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** The real clock: `performance.now` and `setTimeout`. */
export const realClock: QuickExitClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the controller reads from its element at the moment it needs it. */
export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** The checked destination. */
  readonly destination: string;
  readonly clock: QuickExitClock;
  navigate(url: string): void;
  /** Text of the neutral cover and its language. */
  coverText(): { text: string; lang: string };
}

/** What the Shift shortcut shows: nothing, the count so far, or that the count lapsed. */
export type ShortcutStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'counting'; readonly count: number; readonly total: number }
  | { readonly kind: 'expired' };

/**
 * Wires core's quick-exit logic (Shift detector, exit plan, keyboard coordination) to the
 * document and the element. The element only renders {@link status} and calls
 * {@link exit}.
 */
export class QuickExitController implements ReactiveController {
  #status: ShortcutStatus = { kind: 'idle' };
  // Bumped on every press, so a lapse timer from an earlier press does nothing.
  #pressToken = 0;
  readonly #host: QuickExitHost;
  readonly #detector;

  constructor(host: QuickExitHost) {
    this.#host = host;
    this.#detector = createShiftPressDetector({ now: () => host.clock.now() });
    host.addController(this);
  }

  /** What to show about the Shift shortcut. */
  get status(): ShortcutStatus {
    return this.#status;
  }

  hostConnected(): void {
    join(this.#host, {
      keyRelease: (event) => this.#keyRelease(event),
      hostExit: (control) => void this.#leaveThroughHost(control),
    });
  }

  hostDisconnected(): void {
    leave(this.#host);
    this.#detector.reset();
    this.#pressToken += 1;
    this.#status = { kind: 'idle' };
  }

  /**
   * Exits: hides the page in this frame, announces `onestory-exit`, wipes every OneStory
   * store, then replaces the page with the destination. Resolves with what was done, or
   * `undefined` when an exit had already begun in this document.
   */
  exit(trigger: ExitTrigger): Promise<ExitReport | undefined> {
    return this.#run(trigger, EXIT_PLAN);
  }

  #run(trigger: ExitTrigger, plan: readonly ExitStep[]): Promise<ExitReport | undefined> {
    const host = this.#host;
    const doc = host.ownerDocument;
    const leaves = plan.some((step) => step.effect === 'replaceLocation');
    const url = host.destination;
    const { text, lang } = host.coverText();
    const effects = browserExitEffects({
      doc,
      coverText: text,
      lang,
      announce: () => host.dispatchEvent(new OneStoryExitEvent({ trigger, url: leaves ? url : undefined })),
      navigate: (to) => host.navigate(to),
    });
    const options = { url, sleep: (ms: number) => host.clock.sleep(ms) };
    // Restored from the back-forward cache after leaving: show nothing, leave again.
    const leaveAgain = () => {
      effects.hideContent();
      if (leaves) effects.replaceLocation(url);
    };
    if (!claimExit(doc, leaveAgain)) return Promise.resolve(undefined);
    return runExitPlan(effects, options, plan);
  }

  /**
   * The host's own exit control leaves: wipe first (bounded wait), then click `control`
   * so the host's handler or link does the leaving. No click when `control` is undefined
   * (the host is already leaving) or an exit had already begun.
   */
  async #leaveThroughHost(control: HTMLElement | undefined): Promise<void> {
    const report = await this.#run('host-control', WIPE_ONLY_PLAN);
    if (report) control?.click();
  }

  #keyRelease(event: KeyboardEvent): void {
    const host = this.#host;
    const control = hostExitControl(host.ownerDocument);
    const role = keyboardRole(control.kind, holdsKeyboard(host));
    if (role === 'off') return;
    const result = this.#detector.release(event);
    const token = ++this.#pressToken;
    if (result.triggered) {
      this.#setStatus({ kind: 'idle' });
      if (role === 'listen') {
        void this.exit('shortcut');
      } else if (control.element) {
        // Hold this press back from the host's own Shift listener: its exit runs once,
        // through the click, after the wipe.
        event.stopImmediatePropagation();
        void this.#leaveThroughHost(control.element);
      } else {
        void this.#leaveThroughHost(undefined); // the host's listener leaves on this press
      }
      return;
    }
    if (result.count === 0 || !showsShiftCount(control.kind)) {
      this.#setStatus({ kind: 'idle' });
      return;
    }
    this.#setStatus({ kind: 'counting', count: result.count, total: this.#detector.pressesNeeded });
    void this.#lapseAfter(token);
  }

  async #lapseAfter(token: number): Promise<void> {
    const { clock } = this.#host;
    // One millisecond past the window: a press exactly at the limit still counts.
    await clock.sleep(this.#detector.windowMs + 1);
    if (token !== this.#pressToken || this.#detector.count > 0) return;
    this.#setStatus({ kind: 'expired' });
    await clock.sleep(this.#detector.windowMs);
    if (token === this.#pressToken) this.#setStatus({ kind: 'idle' });
  }

  #setStatus(status: ShortcutStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }
}
