import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `forget` when a quick exit fires anywhere in the host's document
 * (`onestory-exit`), while the host is connected. Elements that hold a person's answers
 * in memory use it to drop them at once: the page is about to be replaced, but the answers
 * must not outlive the decision to leave (a back-forward cache, a host that blocks the
 * navigation).
 */
export class ForgetOnExitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #forget: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, forget: () => void) {
    this.#host = host;
    this.#forget = forget;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('onestory-exit', this.#onExit);
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('onestory-exit', this.#onExit);
  }

  readonly #onExit = (): void => this.#forget();
}
