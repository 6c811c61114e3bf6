import { type Definition } from '@onestory/core';
import { voicedKey } from '@onestory/core/engine';
import { localize } from '@onestory/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { renderReceipt } from './receipt.view.js';
import type { StepContext } from './step-context.js';

/** While the submission is on its way. */
export function renderSending(ctx: StepContext): TemplateResult {
  return html`${ctx.heading(ctx.t('ui.sending.title'))}
    <p>${ctx.t('ui.sending.body')}</p>`;
}

/** The confirmation page: the reference number in a panel, its heading focused. */
export function renderSent(ctx: StepContext, definition: Definition, reference: string): TemplateResult {
  const { t, view } = ctx;
  const receipt = view.receipt;
  return html`<div class="panel" part="panel">
      ${ctx.heading(t('ui.sent.title'))}
      <p>${t('ui.sent.reference')}<br /><strong class="reference">${reference}</strong></p>
    </div>
    <h2>${t('ui.sent.next')}</h2>
    <p>${t(voicedKey('ui.sent.nextBody', view.voice))}</p>
    ${receipt ? renderReceipt(ctx, definition, receipt, view.receiptCode) : nothing}`;
}

/**
 * The honest "not sent yet" page: the story is safe and will be retried (and retried by
 * itself when the connection returns); or, when the endpoint refused it for good, a plain
 * statement that nothing was sent and whom to contact instead.
 */
export function renderNotSent(
  ctx: StepContext,
  definition: Definition,
  reason: 'queued' | 'failed',
): TemplateResult {
  const { actions, persisted, locale, t } = ctx;
  if (reason === 'failed') {
    return html`<div class="warning" part="not-sent">
      ${ctx.heading(t('ui.failed.title'))}
      <p>${t('ui.failed.body', { contact: localize(definition.privacyNotice.controller.contact, locale) })}</p>
    </div>`;
  }
  return html`<div class="warning" part="not-sent">
      ${ctx.heading(t('ui.notSent.title'))}
      <p>${t(persisted ? 'ui.notSent.bodyPersisted' : 'ui.notSent.body')}</p>
    </div>
    <div class="button-group">
      <button type="button" class="button" @click=${() => ctx.act(() => actions.retry())}>${t('ui.notSent.retry')}</button>
    </div>`;
}
