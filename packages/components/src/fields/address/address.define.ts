import { OneStoryAddressField } from './address.component.js';

export { OneStoryAddressField };

if (!customElements.get('onestory-address-field')) customElements.define('onestory-address-field', OneStoryAddressField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-address-field': OneStoryAddressField;
  }
}
