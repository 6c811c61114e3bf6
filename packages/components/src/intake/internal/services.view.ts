import { type Definition } from '@onestory/core';
import { titleShown } from '@onestory/core/definition';
import { serviceOptions } from '@onestory/core/engine';
import { displayFor } from '@onestory/core/i18n';
import { html, type TemplateResult } from 'lit';
import { initialValue } from './initial-value.directive.js';
import type { StepContext } from './step-context.js';

/** Id of the services question, for error summary links. */
export const SERVICES_FIELD_ID = 'services';

/**
 * The services step: one checkbox per service (core's `serviceOptions`), each saying who
 * runs it, whether it fits what the person described, and — when it is not open to them —
 * that it cannot be chosen, why and where to go instead. Nothing is hidden: a service the
 * person cannot use is explained and disabled, not dropped.
 */
export function renderServices(ctx: StepContext, definition: Definition, error: string): TemplateResult {
  const { view, actions, locale, t } = ctx;
  const chosen = view.flow.chosenServices;
  // A service's description or signpost may hold a phone number: shown as the language needs.
  const shown = displayFor(locale);
  const options = serviceOptions({ definition, eligibility: view.eligibility, chosen, locale }).map((option) => ({
    ...option,
    label: shown(option.label),
    ...(option.hint !== undefined && { hint: shown(option.hint) }),
  }));
  const choose = (event: Event) => {
    const value = (event.currentTarget as HTMLElement & { value?: readonly string[] }).value;
    actions.chooseServices(value ?? []);
  };
  return html`${ctx.heading(t('ui.services.heading'), titleShown(definition, locale))}
    <onestory-checkboxes
      id=${SERVICES_FIELD_ID}
      name="services"
      .label=${t('ui.services.title')}
      .hint=${t('ui.services.hint')}
      .error=${error}
      .locale=${locale}
      .options=${options}
      ${initialValue(chosen)}
      @change=${choose}
      @input=${choose}
    ></onestory-checkboxes>`;
}
