import type { Definition, DeliveryResult, Submission, SubmissionClient, SubmissionClientOptions, WithdrawalNotice } from '@onestory/core';
import type { WithdrawalProgress } from '@onestory/core/session';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { laterSteps as later, laterStepsLoaded, loadLaterSteps } from '../intake/internal/later-steps.load.js';

/** Where and how an intake delivers. */
export interface DeliverySetup {
  readonly definition: Definition;
  readonly endpoint: string;
  /** Keep unsent submissions in an encrypted IndexedDB outbox (opt-in). */
  readonly persist: boolean;
  readonly clientOptions?: Partial<SubmissionClientOptions> | undefined;
}

/**
 * Owns an intake's submission client: made for each setup, its retry loop running only
 * while the element is in the page. Reports a queued submission the client later sends by
 * itself (back online, next due time).
 */
export class DeliveryClientController implements ReactiveController {
  readonly #onSentLater: (submissionId: string, reference: string) => void;
  #setup: DeliverySetup | undefined;
  #client: SubmissionClient | undefined;
  #stopLoop: (() => void) | undefined;
  #removeListener: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, onSentLater: (submissionId: string, reference: string) => void) {
    this.#onSentLater = onSentLater;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#client && !this.#stopLoop) this.#stopLoop = this.#client.start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopLoop?.();
    this.#stopLoop = undefined;
  }

  /** A new client for a new setup (the old one stops). */
  configure(setup: DeliverySetup): void {
    this.close();
    this.#setup = setup;
    // The client is one of the later steps: in the CDN build it is made once they are here
    // (before anything can be sent: sending waits for them too).
    if (laterStepsLoaded()) this.#makeClient(setup);
    else loadLaterSteps().then(() => this.#setup === setup && !this.#client && this.#makeClient(setup), () => undefined);
  }

  #makeClient(setup: DeliverySetup): void {
    const options = setup.clientOptions;
    this.#client = later.createSubmissionClient({
      ...options,
      endpoint: setup.endpoint,
      serviceEndpoints: { ...later.serviceEndpointsOf(setup.definition), ...options?.serviceEndpoints },
      ...(setup.persist && !options?.outbox && { outbox: later.createIndexedDbOutbox() }),
    });
    this.#removeListener = this.#client.addListener((event) => {
      if (event.type === 'sent') this.#onSentLater(event.submissionId, event.reference);
    });
    if (this.#connected) this.#stopLoop = this.#client.start();
  }

  /** Stops sending. */
  close(): void {
    this.#removeListener?.();
    this.#stopLoop?.();
    this.#setup = this.#client = this.#stopLoop = this.#removeListener = undefined;
  }

  async submit(submission: Submission): Promise<DeliveryResult | undefined> {
    // Made here if the later steps came only when the person acted (a first load failed).
    if (!this.#client && this.#setup && laterStepsLoaded()) this.#makeClient(this.#setup);
    return this.#client?.submit(submission);
  }

  /** The client's loop only plans a retry for what was queued when it (re)started. */
  planRetry(): void {
    if (!this.#connected || !this.#client) return;
    this.#stopLoop?.();
    this.#stopLoop = this.#client.start();
  }

  /** Posts a withdrawal notice, authorised by the receipt code: recorded, or refused for good, or worth trying again. */
  async withdraw(notice: WithdrawalNotice, code: string): Promise<WithdrawalProgress> {
    const setup = this.#setup;
    if (!setup) return { status: 'failed', refused: false };
    const fetch = setup.clientOptions?.fetch;
    try {
      await later.sendWithdrawal(notice, code, { endpoint: setup.endpoint, ...(fetch && { fetch }) });
      return { status: 'done' };
    } catch (error) {
      return later.failedWithdrawal(error);
    }
  }
}
