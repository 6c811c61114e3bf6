import { OneStoryTextField } from './text.component.js';

export { OneStoryTextField };

if (!customElements.get('onestory-text-field')) customElements.define('onestory-text-field', OneStoryTextField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-text-field': OneStoryTextField;
  }
}
