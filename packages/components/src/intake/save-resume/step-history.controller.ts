import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ForgetOnExitController } from '../../controllers/forget-on-exit.controller.js';

/** What {@link StepHistoryController} needs from the intake. */
export interface StepHistoryHost extends ReactiveControllerHost, HTMLElement {}

/** Options of {@link StepHistoryController}. */
export interface StepHistoryOptions {
  /** A key that changes exactly when another step is on screen (undefined before the flow starts). */
  readonly stepKey: () => string | undefined;
  /** Goes one step back in the flow (the browser's or phone's Back was pressed). */
  readonly back: () => void;
  /** True while leaving the page would lose answers not saved anywhere. */
  readonly wouldLose: () => boolean;
}

let instances = 0;

/**
 * Makes the browser's (and the phone's) Back button go to the previous step, and warns
 * before a reload or a navigation throws answers away.
 *
 * Every new step pushes a history entry holding only `{ onestoryIntake, depth }` — no
 * answer, and the URL is left as it is, so nothing personal reaches history or a server
 * log. Going back to an earlier entry (or the page's own entry, before the first step)
 * is one step back in the flow. A page leaving while `wouldLose()` gets the browser's own
 * "leave site?" prompt (`beforeunload`); quick exit takes the listener away first, so
 * it never waits for a prompt, and goes back past the pushed entries before it replaces
 * the page's own, so Back after a quick exit still skips the form.
 */
export class StepHistoryController implements ReactiveController {
  readonly #host: StepHistoryHost;
  readonly #options: StepHistoryOptions;
  readonly #id = `onestory-${++instances}-${Math.random().toString(36).slice(2, 8)}`;
  #depth = 0;
  #lastStep: string | undefined;
  #exited = false;

  constructor(host: StepHistoryHost, options: StepHistoryOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    new ForgetOnExitController(host, () => this.#unwind());
  }

  /**
   * Leaves for `url` (quick exit's navigation) once the entries this intake pushed are
   * gone, so that the page's own entry is the one replaced and Back skips the form.
   */
  async leave(url: string): Promise<void> {
    this.#unwind();
    await this.#unwound;
    this.#window()?.location.replace(url);
  }

  #unwound: Promise<void> = Promise.resolve();

  // Quick exit: no prompt, no more steps, and history back to the page's own entry (a
  // same-document traversal, over in a task) before the exit replaces it.
  #unwind(): void {
    if (this.#exited) return;
    this.#exited = true;
    const win = this.#window();
    win?.removeEventListener('beforeunload', this.#onBeforeUnload);
    win?.removeEventListener('popstate', this.#onPopState);
    if (!win || this.#depth === 0) return;
    this.#unwound = new Promise<void>((resolve) => {
      win.addEventListener('popstate', () => resolve(), { once: true });
      setTimeout(resolve, 500);
    });
    win.history.go(-this.#depth);
    this.#depth = 0;
  }

  hostConnected(): void {
    if (this.#exited) return;
    this.#window()?.addEventListener('popstate', this.#onPopState);
    this.#window()?.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  hostDisconnected(): void {
    this.#window()?.removeEventListener('popstate', this.#onPopState);
    this.#window()?.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  hostUpdated(): void {
    const step = this.#options.stepKey();
    const previous = this.#lastStep;
    this.#lastStep = step;
    if (this.#exited || step === undefined || previous === undefined || step === previous || this.#popping) return;
    this.#depth += 1;
    this.#window()?.history.pushState({ onestoryIntake: this.#id, depth: this.#depth }, '');
  }

  #popping = false;

  readonly #onPopState = (event: PopStateEvent): void => {
    const state = event.state as { onestoryIntake?: unknown; depth?: unknown } | null;
    const depth = state?.onestoryIntake === this.#id && typeof state.depth === 'number' ? state.depth : 0;
    if (this.#depth === 0 || depth >= this.#depth) {
      // Forward again, or an entry of the host page's own: the step on screen stays.
      if (state?.onestoryIntake === this.#id) this.#depth = depth;
      return;
    }
    this.#depth = depth;
    this.#popping = true;
    try {
      this.#options.back();
    } finally {
      // The step change this causes must not push an entry of its own.
      void this.#host.updateComplete.then(() => (this.#popping = false));
    }
  };

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.#exited || !this.#options.wouldLose()) return;
    event.preventDefault();
    // Older browsers need returnValue set; the text is the browser's own.
    event.returnValue = '';
  };

  #window(): Window | null {
    return this.#host.ownerDocument.defaultView;
  }
}
