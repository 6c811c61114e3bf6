import { OneStoryQuickExitElement } from './quick-exit.component.js';

// Guarded: a page may load OneStory twice (CDN and npm); the first registration wins.
if (!customElements.get('onestory-quick-exit')) customElements.define('onestory-quick-exit', OneStoryQuickExitElement);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-quick-exit': OneStoryQuickExitElement;
  }
}
