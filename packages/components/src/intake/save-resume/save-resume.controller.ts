import type { DraftStore, FetchLike } from '@onestory/core';
import type { DraftTimes } from '@onestory/core/delivery';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IntakeFlowController } from '../../controllers/intake-flow.controller.js';
import { ForgetOnExitController } from '../../controllers/forget-on-exit.controller.js';
import { laterSteps as later } from '../internal/later-steps.load.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the person last did with their saved answers, for the view to say so. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly doing: 'saving' | 'opening' | 'deleting' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'restored' }
  | { readonly kind: 'deleted' }
  /** `code` is a catalogue key; `minutes` when too many codes were tried. */
  | { readonly kind: 'error'; readonly doing: 'saving' | 'opening' | 'deleting'; readonly code: ResumeProblem; readonly minutes?: number };

/** Why saving, opening or deleting did not work. */
export type ResumeProblem = 'invalid' | 'not-found' | 'unreadable' | 'other-form' | 'too-many' | 'failed';

/** Options of {@link SaveResumeController}: the flow it saves, and where drafts go. */
export interface SaveResumeSetup {
  readonly endpoint: string;
  /** Days a draft is kept after its last save (the definition's `saveAndResume.lifetimeDays`). */
  readonly lifetimeDays: number | undefined;
  readonly fetch?: FetchLike;
  /** PBKDF2 iterations; lower only in tests. */
  readonly iterations?: number;
}

/**
 * "Save and come back later" for one intake: makes the resume code, saves the flow's draft
 * (encrypted in the browser, kept at the endpoint), re-saves after every step once the
 * person has a code, opens a draft from a code typed on any device, deletes it on
 * request, after sending, and — through core's wipe registry — on quick exit.
 */
export class SaveResumeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #flow: IntakeFlowController;
  #setup: SaveResumeSetup | undefined;
  #store: DraftStore | undefined;
  #code: string | undefined;
  #times: DraftTimes | undefined;
  #status: SaveStatus = { kind: 'idle' };
  #lastSavedStep: string | undefined;
  /** The draft as last saved, to tell whether anything changed since. */
  #lastSaved: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, flow: IntakeFlowController) {
    this.#host = host;
    this.#flow = flow;
    host.addController(this);
    // The code and times go at once; the draft itself is deleted at the endpoint by wipeAll().
    new ForgetOnExitController(host, () => this.forget());
  }

  /** Turns saving on (with where to) or off (`undefined`). */
  configure(setup: SaveResumeSetup | undefined): void {
    const same = this.#setup && setup && this.#setup.endpoint === setup.endpoint && this.#setup.lifetimeDays === setup.lifetimeDays;
    if (same) return;
    this.#setup = setup;
    this.#store = undefined;
  }

  get enabled(): boolean {
    return this.#setup !== undefined;
  }

  /** The resume code, once the person saved or resumed. */
  get code(): string | undefined {
    return this.#code;
  }

  get times(): DraftTimes | undefined {
    return this.#times;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** Days a saved draft is kept. */
  get lifetimeDays(): number {
    return this.#setup?.lifetimeDays ?? later.DEFAULT_DRAFT_LIFETIME_MS / DAY_MS;
  }

  /** Saves the answers now (making the code the first time). Resolves once saved or failed. */
  async save(): Promise<void> {
    const draft = this.#flow.view?.draft;
    const store = this.#draftStore();
    if (!draft || !store) return;
    this.#code ??= later.generateResumeCode();
    this.#set({ kind: 'busy', doing: 'saving' });
    try {
      this.#times = await store.save(this.#code, draft);
      this.#lastSavedStep = stepOf(draft.step);
      this.#lastSaved = JSON.stringify(draft);
      this.#set({ kind: 'saved' });
    } catch (error) {
      this.#set({ kind: 'error', doing: 'saving', ...problemOf(error) });
    }
  }

  /** Opens the draft saved under `input` and carries on from it. */
  async resume(input: string): Promise<boolean> {
    const store = this.#draftStore();
    const code = later.normaliseResumeCode(input);
    if (!store) return false;
    if (!code) return this.#set({ kind: 'error', doing: 'opening', code: 'invalid' });
    this.#set({ kind: 'busy', doing: 'opening' });
    try {
      const found = await store.load(code);
      if (found.status !== 'found') return this.#set({ kind: 'error', doing: 'opening', code: found.status });
      const refused = this.#flow.restore(found.content);
      if (refused) return this.#set({ kind: 'error', doing: 'opening', code: refused === 'other-definition' ? 'other-form' : 'unreadable' });
      this.#code = code;
      this.#times = { savedAt: found.savedAt, expiresAt: found.expiresAt };
      this.#lastSavedStep = stepOf(this.#flow.view?.draft?.step);
      this.#lastSaved = JSON.stringify(this.#flow.view?.draft);
      this.#set({ kind: 'restored' });
      return true;
    } catch (error) {
      return this.#set({ kind: 'error', doing: 'opening', ...problemOf(error) });
    }
  }

  /** "Delete my saved answers": deletes the draft at the endpoint and forgets the code. */
  async deleteSaved(): Promise<void> {
    const store = this.#draftStore();
    const code = this.#code;
    if (!store || !code) return;
    this.#set({ kind: 'busy', doing: 'deleting' });
    try {
      await store.delete(code);
      this.#code = this.#times = this.#lastSavedStep = this.#lastSaved = undefined;
      this.#set({ kind: 'deleted' });
    } catch (error) {
      this.#set({ kind: 'error', doing: 'deleting', ...problemOf(error) });
    }
  }

  /** True when answers given since the last save would be lost by leaving the page. */
  get unsaved(): boolean {
    const draft = this.#flow.view?.draft;
    if (!draft) return false;
    return Object.keys(draft.answers).length > 0 && (this.#status.kind === 'busy' || this.#lastSaved !== JSON.stringify(draft));
  }

  /** Clears what the last action said (the person moved on). */
  dismiss(): void {
    if (this.#status.kind !== 'busy') this.#set({ kind: 'idle' });
  }

  /** Forgets the code and times (quick exit). */
  forget(): void {
    this.#code = this.#times = this.#lastSavedStep = this.#lastSaved = undefined;
    this.#status = { kind: 'idle' };
  }

  hostUpdated(): void {
    const step = this.#flow.state?.step.kind;
    // Sent: the draft has done its job and goes.
    if (step === 'sent' && this.#code && this.#store) {
      const [store, code] = [this.#store, this.#code];
      this.forget();
      void store.delete(code).catch(() => undefined);
      return;
    }
    // Once the person holds a code, every step they finish is saved under it.
    const draft = this.#flow.view?.draft;
    // (After this update, not inside it.)
    if (this.#code && draft && this.#status.kind !== 'busy' && stepOf(draft.step) !== this.#lastSavedStep) {
      this.#lastSavedStep = stepOf(draft.step);
      void Promise.resolve().then(() => this.save());
    }
  }

  #draftStore(): DraftStore | undefined {
    const setup = this.#setup;
    if (!setup) return undefined;
    this.#store ??= later.createDraftStore({
      storage: later.createEndpointDraftStorage({ endpoint: setup.endpoint, ...(setup.fetch && { fetch: setup.fetch }) }),
      lifetimeMs: this.lifetimeDays * DAY_MS,
      ...(setup.iterations && { iterations: setup.iterations }),
    });
    return this.#store;
  }

  #set(status: SaveStatus): false {
    this.#status = status;
    this.#host.requestUpdate();
    return false;
  }
}

function stepOf(step: { readonly kind: string; readonly pageId?: string } | undefined): string | undefined {
  return step && (step.kind === 'page' ? `page:${step.pageId}` : step.kind);
}

function problemOf(error: unknown): { code: ResumeProblem; minutes?: number } {
  if (error instanceof later.EndpointRequestError && error.status === 429) {
    return { code: 'too-many', minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60)) };
  }
  return { code: 'failed' };
}
