import { ContextProvider } from '@lit/context';
import { answersFromStory, type Answers, type FieldPath, type Story } from '@onestory/core';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ForgetOnExitController } from '../controllers/forget-on-exit.controller.js';
import { sharedStoryContext, type SharedStory } from './shared-story.js';

/**
 * @summary Shares one Story between every `<onestory-intake>` inside it, so a person
 * who answers a question in one widget is not asked it again in another.
 *
 * The shared Story lives in memory only: it is never stored or sent anywhere by the
 * provider itself, and it is forgotten the moment a quick exit fires (`onestory-exit`).
 * Each intake sends only what its own services need and the person agreed to.
 *
 * @slot - The intakes (and anything else) that share the Story.
 */
export class OneStoryProviderElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * A Story the host already knows (from a partner system, say), used as the starting
   * point. Setting it replaces what the intakes shared so far.
   */
  @property({ attribute: false }) accessor story: Story | undefined = undefined;

  #answers: Answers = {};
  readonly #provider = new ContextProvider(this, { context: sharedStoryContext, initialValue: this.#snapshot() });

  constructor() {
    super();
    new ForgetOnExitController(this, () => {
      this.story = undefined;
      this.#set({});
    });
  }

  /** What the intakes under this provider have collected so far (parsed stage). */
  get answers(): Answers {
    return this.#answers;
  }

  /** Forgets the shared Story (for instance after the last intake has sent it). */
  clear(): void {
    this.#set({});
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('story')) this.#set(this.story ? answersFromStory(this.story) : {});
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #share(answers: Answers): void {
    const next: Record<string, unknown> = { ...this.#answers };
    for (const [path, value] of Object.entries(answers) as [FieldPath, unknown][]) {
      if (value === undefined) delete next[path];
      else next[path] = value;
    }
    this.#set(next as Answers);
  }

  #set(answers: Answers): void {
    this.#answers = Object.freeze({ ...answers });
    this.#provider.setValue(this.#snapshot());
  }

  #snapshot(): SharedStory {
    return Object.freeze({ answers: this.#answers, share: (answers: Answers) => this.#share(answers) });
  }
}
