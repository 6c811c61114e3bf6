import { titleShown, type Definition, type FieldOption } from '@onestory/core';
import { html, type TemplateResult } from 'lit';
import { initialValue } from './initial-value.directive.js';
import type { StepContext } from './step-context.js';

/** Id of the services question, for error summary links. */
export const SERVICES_FIELD_ID = 'services';

/**
 * The services step: one checkbox per service, each saying who runs it, whether it fits
 * what the person described, and — when it is not open to them — why. Nothing is hidden:
 * a service the person cannot use is explained, not dropped.
 */
export function renderServices(ctx: StepContext, definition: Definition, error: string): TemplateResult {
  const { flow, locale, t } = ctx;
  const eligibility = new Map(flow.eligibility.map((e) => [e.serviceId, e]));
  const options: FieldOption[] = definition.services.map((service) => {
    const verdict = eligibility.get(service.id);
    const notes = [
      service.description[locale],
      t('ui.services.organisation', { organisation: service.organisation.name[locale] }),
      verdict?.suggested ? t('ui.services.suggested') : '',
      verdict && !verdict.eligible ? t('ui.services.notEligible', { reasons: verdict.reasons.join(' ') }) : '',
      ...(verdict?.notes ?? []),
    ].filter(Boolean);
    return { value: service.id, label: service.name[locale], hint: notes.join(' ') };
  });
  const choose = (event: Event) => {
    const value = (event.currentTarget as HTMLElement & { value?: readonly string[] }).value;
    flow.chooseServices(value ?? []);
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
      ${initialValue(flow.state?.chosenServices ?? [])}
      @change=${choose}
      @input=${choose}
    ></onestory-checkboxes>`;
}
