import type { Definition, Locale } from '@onestory/core';
import { html, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';

/** The numbers to call: the definition's, else the UK emergency number. */
export function emergencyContacts(
  definition: Definition,
  locale: Locale,
  fallbackLabel: string,
): { label: string; phone: string }[] {
  const contacts = definition.settings?.emergencyContacts;
  return contacts && contacts.length > 0
    ? contacts.map((contact) => ({ label: contact.label[locale], phone: contact.phone }))
    : [{ label: fallbackLabel, phone: '999' }];
}

/** Emergency contacts, shown at the top the moment someone says they are in immediate danger. */
export function renderEmergency(ctx: StepContext, definition: Definition): TemplateResult {
  const contacts = emergencyContacts(definition, ctx.locale, ctx.t('ui.emergency.default'));
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
