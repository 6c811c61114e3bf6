import { OneStoryEmailField } from './email.component.js';

export { OneStoryEmailField };

if (!customElements.get('onestory-email-field')) customElements.define('onestory-email-field', OneStoryEmailField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-email-field': OneStoryEmailField;
  }
}
