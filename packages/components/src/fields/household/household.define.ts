import { OneStoryHouseholdField } from './household.component.js';

if (!customElements.get('onestory-household-field')) customElements.define('onestory-household-field', OneStoryHouseholdField);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-household-field': OneStoryHouseholdField;
  }
}
