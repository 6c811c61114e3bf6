import { OneStoryCheckboxes } from './checkboxes.component.js';

export { OneStoryCheckboxes };

if (!customElements.get('onestory-checkboxes')) customElements.define('onestory-checkboxes', OneStoryCheckboxes);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-checkboxes': OneStoryCheckboxes;
  }
}
