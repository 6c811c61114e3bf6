import { OneStoryMoneyField } from './money.component.js';

export { OneStoryMoneyField };

if (!customElements.get('onestory-money-field')) customElements.define('onestory-money-field', OneStoryMoneyField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-money-field': OneStoryMoneyField;
  }
}
