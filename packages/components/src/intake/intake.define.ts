// zod's JIT off before anything parses: this element may be the only one a page imports.
import '../cdn/jitless.js';
// The provider first: an intake that upgrades before its provider would miss the
// provider's answer to its context request.
import '../provider/provider.define.js';
import '../fields/fields.define.js';
import '../quick-exit/quick-exit.define.js';
import { OneStoryIntakeElement } from './intake.component.js';

if (!customElements.get('onestory-intake')) customElements.define('onestory-intake', OneStoryIntakeElement);

declare global {
  interface HTMLElementTagNameMap {
    'onestory-intake': OneStoryIntakeElement;
  }
}
