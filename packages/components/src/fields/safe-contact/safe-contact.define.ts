import { OneStorySafeContactField } from './safe-contact.component.js';

export { OneStorySafeContactField };

if (!customElements.get('onestory-safe-contact-field')) customElements.define('onestory-safe-contact-field', OneStorySafeContactField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-safe-contact-field': OneStorySafeContactField;
  }
}
