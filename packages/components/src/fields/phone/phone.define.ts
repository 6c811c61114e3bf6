import { OneStoryPhoneField } from './phone.component.js';

export { OneStoryPhoneField };

if (!customElements.get('onestory-phone-field')) customElements.define('onestory-phone-field', OneStoryPhoneField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-phone-field': OneStoryPhoneField;
  }
}
