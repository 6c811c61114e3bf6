import { OneStoryProviderElement } from './provider.component.js';

// Registered before any intake (intake.define.ts imports this file first): an intake that
// upgrades before its provider would miss the provider's answer to its context request.
if (!customElements.get('onestory-provider')) customElements.define('onestory-provider', OneStoryProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-provider': OneStoryProviderElement;
  }
}
