import { OneStoryChecklist } from './checklist.component.js';

export { OneStoryChecklist };

if (!customElements.get('onestory-checklist')) customElements.define('onestory-checklist', OneStoryChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-checklist': OneStoryChecklist;
  }
}
