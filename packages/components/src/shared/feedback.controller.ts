import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterPointerRelease, watchPointerPresses } from './pointer-press.js';

/**
 * Decides when a field shows its validation feedback. Being invalid is not the same as
 * showing it (lion's `showsFeedbackFor`, Web Awesome's `user-invalid`): feedback appears
 * once the person has changed the answer and left the field, or has tried to submit or
 * check the form — never on first render, never while they are still typing. Once shown,
 * it is refreshed when an answer is committed (`change`), not on every keystroke.
 */
export class FeedbackController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #refresh: () => void;
  #dirty = false;
  #visible = false;

  /**
   * @param host the field element.
   * @param refresh called whenever the shown feedback should be recomputed.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, refresh: () => void) {
    this.#host = host;
    this.#refresh = refresh;
    host.addController(this);
  }

  /** True once feedback may be shown. */
  get visible(): boolean {
    return this.#visible;
  }

  hostConnected(): void {
    watchPointerPresses(this.#host.ownerDocument);
    this.#host.addEventListener('focusout', this.#onFocusOut);
    this.#host.addEventListener('invalid', this.#onInvalid);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.#host.removeEventListener('invalid', this.#onInvalid);
  }

  /** The person changed the raw input. */
  noteInput(): void {
    this.#dirty = true;
  }

  /** An answer was committed (a `change`, or the host set `value`): refresh shown feedback. */
  noteCommit(): void {
    if (this.#visible) this.#refresh();
  }

  /** Shows feedback now, as a submit attempt would (the host asked for it). */
  reveal(): void {
    if (this.#visible) return;
    this.#visible = true;
    this.#refresh();
  }

  /** Back to the untouched state (form reset). */
  reset(): void {
    this.#dirty = false;
    this.#visible = false;
  }

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    // Focus moving between the parts of one field (day → month) is not leaving it.
    if (next instanceof Node && (next === this.#host || this.#host.shadowRoot?.contains(next))) return;
    if (!this.#dirty) return;
    // Focus left because a button was pressed: showing (or clearing) the error now would
    // move that button from under the pointer before it is released, and the press would
    // do nothing. Show it once the press is over.
    afterPointerRelease(this.#host.ownerDocument, () => {
      this.#visible = true;
      this.#refresh();
    });
  };

  // Fired by a submit attempt, form.checkValidity()/reportValidity() or our own
  // checkValidity(): all of them mean "the person is trying to continue".
  #onInvalid = (): void => {
    this.#visible = true;
    this.#refresh();
  };
}
