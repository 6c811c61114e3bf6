import { type Definition } from '@onestory/core';
import { emergencyContacts } from '@onestory/core/safety';
import { html, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';

/** Emergency contacts, shown at the top the moment someone says they are in immediate danger. */
export function renderEmergency(ctx: StepContext, definition: Definition): TemplateResult {
  const contacts = emergencyContacts(definition, ctx.locale);
  return html`<section class="warning" aria-labelledby="emergency-title" part="emergency">
    <h2 id="emergency-title">${ctx.t('ui.emergency.title')}</h2>
    <p>${ctx.t('ui.emergency.body')}</p>
    <ul>
      ${contacts.map(
        (contact) =>
          html`<li>
            <a href="tel:${contact.phone.replace(/\s+/g, '')}"
              >${ctx.t('ui.emergency.call', { label: contact.label, phone: contact.phone })}</a
            >
          </li>`,
      )}
    </ul>
  </section>`;
}
