import { OneStoryRadios } from './radios.component.js';

export { OneStoryRadios };

if (!customElements.get('onestory-radios')) customElements.define('onestory-radios', OneStoryRadios);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-radios': OneStoryRadios;
  }
}
