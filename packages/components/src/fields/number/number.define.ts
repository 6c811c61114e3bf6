import { OneStoryNumberField } from './number.component.js';

export { OneStoryNumberField };

if (!customElements.get('onestory-number-field')) customElements.define('onestory-number-field', OneStoryNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-number-field': OneStoryNumberField;
  }
}
