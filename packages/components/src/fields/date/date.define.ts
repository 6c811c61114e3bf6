import { OneStoryDateField } from './date.component.js';

export { OneStoryDateField };

if (!customElements.get('onestory-date-field')) customElements.define('onestory-date-field', OneStoryDateField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-date-field': OneStoryDateField;
  }
}
