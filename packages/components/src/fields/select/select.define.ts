import { OneStorySelect } from './select.component.js';

export { OneStorySelect };

if (!customElements.get('onestory-select')) customElements.define('onestory-select', OneStorySelect);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-select': OneStorySelect;
  }
}
