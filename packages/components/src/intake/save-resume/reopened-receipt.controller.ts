import type { ConsentReceipt, Definition, EndpointRequestError, FetchLike, Locale } from '@onestory/core';
import type { StoredReceipt } from '@onestory/core/delivery';
import type { ReactiveControllerHost } from 'lit';
import { ForgetOnExitController } from '../../controllers/forget-on-exit.controller.js';
import type { WithdrawalProgress } from '@onestory/core/session';
import { laterSteps as later } from '../internal/later-steps.load.js';

/** How opening a receipt went. */
export type ReopenStatus =
  | { readonly kind: 'idle' | 'opening' | 'open' }
  | { readonly kind: 'error'; readonly code: 'invalid' | 'notFound' | 'too-many' | 'failed'; readonly minutes?: number };

/** Withdrawing from a receipt: the same two calls whether it is the one just sent or one reopened. */
export interface ReceiptActions {
  withdrawalOf(recordId: string): WithdrawalProgress | undefined;
  withdraw(recordId: string): Promise<void>;
}

/**
 * "View my receipt": opens a receipt on any device from its code alone (the endpoint
 * answers with the consent records as they stand and each service's status), and
 * withdraws from it — one press per purpose, as agreeing was (rule 4). The code is held
 * in memory only while the receipt is open, and dropped on close or quick exit.
 */
export class ReopenedReceiptController implements ReceiptActions {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #code: string | undefined;
  #stored: StoredReceipt | undefined;
  #status: ReopenStatus = { kind: 'idle' };
  readonly #withdrawals = new Map<string, WithdrawalProgress>();
  #endpoint: { readonly endpoint: string; readonly fetch?: FetchLike } | undefined;
  readonly #now: () => Date;

  constructor(host: ReactiveControllerHost & HTMLElement, now: () => Date = () => new Date()) {
    this.#host = host;
    this.#now = now;
    new ForgetOnExitController(host, () => this.close());
  }

  /** Where receipts are opened: the intake's submission endpoint. */
  configure(endpoint: string, fetch?: FetchLike): void {
    this.#endpoint = { endpoint, ...(fetch && { fetch }) };
  }

  get status(): ReopenStatus {
    return this.#status;
  }

  /** The receipt as the endpoint holds it, once open. */
  get stored(): StoredReceipt | undefined {
    return this.#stored;
  }

  get code(): string | undefined {
    return this.#code;
  }

  /** The open receipt in the person's language, built from the records and the definition. */
  receipt(definition: Definition, locale: Locale): ConsentReceipt | undefined {
    const stored = this.#stored;
    return stored && later.buildReceipt(stored.consents, definition, { now: new Date(stored.receivedAt), locale, submissionId: stored.submissionId });
  }

  async open(input: string): Promise<boolean> {
    const parsed = later.parseReceiptCode(input);
    if (!this.#endpoint) return false;
    if (!parsed) return this.#set({ kind: 'error', code: 'invalid' });
    this.#set({ kind: 'opening' });
    try {
      const stored = await later.openReceipt(parsed.code, this.#endpoint);
      if (!stored) return this.#set({ kind: 'error', code: 'notFound' });
      this.#code = parsed.code;
      this.#stored = stored;
      this.#withdrawals.clear();
      this.#set({ kind: 'open' });
      return true;
    } catch (error) {
      const tooMany = error instanceof later.EndpointRequestError && error.status === 429;
      return this.#set(
        tooMany ? { kind: 'error', code: 'too-many', minutes: Math.max(1, Math.ceil(((error as EndpointRequestError).retryAfterSeconds ?? 900) / 60)) } : { kind: 'error', code: 'failed' },
      );
    }
  }

  withdrawalOf(recordId: string): WithdrawalProgress | undefined {
    return this.#withdrawals.get(recordId);
  }

  /** Posts the withdrawal notice for one purpose, authorised by the code, then re-reads the receipt. */
  async withdraw(recordId: string): Promise<void> {
    const stored = this.#stored;
    const code = this.#code;
    const record = stored?.consents.find((r) => r.recordId === recordId);
    if (!stored || !code || !record || !this.#endpoint || this.#withdrawals.get(recordId)?.status === 'sending') return;
    const { notice } = later.withdraw(record, { now: this.#now(), actor: 'subject', method: 'online', submissionId: stored.submissionId });
    this.#withdrawals.set(recordId, { status: 'sending' });
    this.#host.requestUpdate();
    try {
      await later.sendWithdrawal(notice, code, this.#endpoint);
      this.#withdrawals.set(recordId, { status: 'done' });
      // What the endpoint now says: the record withdrawn, the service's view narrowed.
      this.#stored = (await later.openReceipt(code, this.#endpoint).catch(() => undefined)) ?? stored;
    } catch (error) {
      this.#withdrawals.set(recordId, later.failedWithdrawal(error));
    }
    this.#host.requestUpdate();
  }

  /** Closes the receipt and forgets its code. */
  close(): void {
    this.#code = this.#stored = undefined;
    this.#withdrawals.clear();
    this.#status = { kind: 'idle' };
    this.#host.requestUpdate();
  }

  #set(status: ReopenStatus): false {
    this.#status = status;
    this.#host.requestUpdate();
    return false;
  }
}
