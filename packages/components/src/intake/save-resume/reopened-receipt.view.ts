import { type Definition } from '@onestory/core';
import { readableTime } from '@onestory/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { renderReceipt } from '../internal/receipt.view.js';
import type { StepContext } from '../internal/step-context.js';
import type { ReopenedReceiptController } from './reopened-receipt.controller.js';

/**
 * A receipt reopened from its code: when it was sent and its reference, then per service
 * what it received, why, on which basis, for how long, whom to contact, what the service
 * has done with it (received, seen, accepted, declined and why), and Withdraw.
 */
export function renderReopenedReceipt(ctx: StepContext, definition: Definition, reopened: ReopenedReceiptController, close: () => void): TemplateResult | typeof nothing {
  const { t, locale } = ctx;
  const stored = reopened.stored;
  const receipt = reopened.receipt(definition, locale);
  if (!stored || !receipt) return nothing;
  return html`${ctx.heading(t('ui.receipt.title'))}
    <p class="reopened-sent">${t('ui.reopen.sent', { date: readableTime(stored.receivedAt, locale), reference: stored.reference })}</p>
    ${renderReceipt(ctx, definition, receipt, reopened.code, { actions: reopened, statuses: stored.services })}
    <div class="button-group no-print">
      <button type="button" class="button secondary" data-action="close-receipt" @click=${close}>${t('ui.reopen.done')}</button>
    </div>`;
}
