import { OneStoryTextarea } from './textarea.component.js';

export { OneStoryTextarea };

if (!customElements.get('onestory-textarea')) customElements.define('onestory-textarea', OneStoryTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-textarea': OneStoryTextarea;
  }
}
