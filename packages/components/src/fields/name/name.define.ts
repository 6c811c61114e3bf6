import { OneStoryNameField } from './name.component.js';

export { OneStoryNameField };

if (!customElements.get('onestory-name-field')) customElements.define('onestory-name-field', OneStoryNameField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-name-field': OneStoryNameField;
  }
}
