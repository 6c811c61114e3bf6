import { type Definition } from '@onestory/core';
import { titleShown } from '@onestory/core/definition';
import { displayFor, isLeftToRightValue, localize } from '@onestory/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';

/** Lines of an answer, as text with line breaks between them. */
function lines(values: readonly string[]): TemplateResult[] {
  // Numbers, postcodes and email addresses keep their order on a right-to-left page.
  const line = (value: string) => (isLeftToRightValue(value) ? html`<span dir="ltr">${value}</span>` : html`${value}`);
  return values.map((value, i) => (i === 0 ? line(value) : html`<br />${line(value)}`));
}

/**
 * "Check your answers": the chosen services and every answer, each with a change link that
 * goes to the question and comes back here; then "who will see what", exactly what each
 * service's envelope will hold (from the consent preview), and the send button.
 */
export function renderCheckAnswers(ctx: StepContext, definition: Definition): TemplateResult {
  const { view, actions, locale, t } = ctx;
  const chosen = view.flow.chosenServices;
  // Service names and the preview's sentences may hold a phone number: shown as the language needs.
  const shown = displayFor(locale);
  const serviceNames = definition.services.filter((s) => chosen.includes(s.id)).map((s) => shown(localize(s.name, locale)));
  const changeLink = (label: string, action: () => void) =>
    html`<button type="button" class="link" @click=${() => ctx.act(action)}>
      ${t('ui.change')}<span class="visually-hidden"> ${label}</span>
    </button>`;
  return html`${ctx.heading(t('ui.check.title'), titleShown(definition, locale))}
    <h2>${t('ui.check.answers')}</h2>
    <dl class="summary-list" part="summary-list">
      <div>
        <dt>${t('ui.check.services')}</dt>
        <dd>${lines(serviceNames)}</dd>
        <dd>${changeLink(t('ui.check.services'), () => actions.changeServices())}</dd>
      </div>
      ${view.checkAnswersRows.map(
        (row) =>
          html`<div>
            <dt>${shown(row.label)}</dt>
            <dd>${lines(row.value)}</dd>
            <dd>${changeLink(row.label, () => actions.change(row.change.pageId))}</dd>
          </div>`,
      )}
    </dl>
    <h2>${t('ui.check.whoSees')}</h2>
    ${view.previews.map(
      (preview) =>
        html`<div class="service">
          <h3>${shown(preview.serviceName)}</h3>
          <p>${shown(preview.heading)}</p>
          ${
            preview.items.length > 0
              ? html`<ul>
                  ${preview.items.map((item) => html`<li>${shown(item.text)}</li>`)}
                </ul>`
              : nothing
          }
          ${
            preview.withheld.length > 0
              ? html`<ul class="hint">
                  ${preview.withheld.map((item) => html`<li>${shown(item.text)}</li>`)}
                </ul>`
              : nothing
          }
        </div>`,
    )}
    <p>${t('ui.check.declaration')}</p>`;
}
