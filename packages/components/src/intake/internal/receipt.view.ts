import { renderReceiptText, translate, type ConsentReceipt, type Definition } from '@onestory/core';
import { receiptItemText, type ReceiptItem } from '@onestory/core/consent';
import { type ReceiptServiceStatus } from '@onestory/core/delivery';
import { displayFor, readableTime } from '@onestory/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReceiptActions } from '../save-resume/reopened-receipt.controller.js';
import type { StepContext } from './step-context.js';

/** How a receipt is shown: the one just sent (withdrawing through the flow), or one reopened with its statuses. */
export interface ReceiptSource {
  readonly actions: ReceiptActions;
  /** Each service's status, on a reopened receipt. */
  readonly statuses?: readonly ReceiptServiceStatus[];
}

/**
 * The receipt on the confirmation page: per service and purpose, what was received, why,
 * on which basis, for how long and whom to contact; a Withdraw button for each consent
 * the person gave; the receipt code; print and download.
 */
export function renderReceipt(
  ctx: StepContext,
  definition: Definition,
  receipt: ConsentReceipt,
  code: string | undefined,
  source: ReceiptSource = { actions: { withdrawalOf: (id) => ctx.view.withdrawals[id], withdraw: ctx.actions.withdraw } },
): TemplateResult {
  const { t } = ctx;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <h2 id="receipt-title">${t('ui.receipt.title')}</h2>
    <p>${t('ui.receipt.keep')}</p>
    ${code
      ? html`<div class="inset">
          <p class="receipt-code-label" id="receipt-code-label">${t('ui.receipt.code')}</p>
          <p><strong class="receipt-code" aria-labelledby="receipt-code-label">${code}</strong></p>
          <p class="hint">${t('ui.receipt.codeHint')}</p>
        </div>`
      : nothing}
    <div class="button-group no-print">
      <button type="button" class="button secondary" data-action="print" @click=${() => globalThis.print?.()}>${t('ui.receipt.print')}</button>
      <button type="button" class="button secondary" data-action="download" @click=${() => download(receipt, code, ctx, source.statuses)}>${t('ui.receipt.download')}</button>
    </div>
    ${receipt.items.map((item) => renderItem(ctx, definition, item, source))}
  </section>`;
}

function renderItem(ctx: StepContext, definition: Definition, item: ReceiptItem, source: ReceiptSource): TemplateResult {
  const { t, locale } = ctx;
  const flow = source.actions;
  const text = receiptItemText(item, locale, definition);
  // The definition's texts (a contact's phone number, say) shown as the language needs;
  // t() does the same for the catalogue's.
  const shown = displayFor(locale);
  const contact = shown(text.contact);
  const progress = flow.withdrawalOf(item.recordId);
  const buttonId = `withdraw-${item.recordId}`;
  let action: TemplateResult | typeof nothing = nothing;
  if (!text.consentBased) {
    action = html`<p class="hint">${t('ui.receipt.notConsent', { basis: text.basis, contact })}</p>`;
  } else if (item.state === 'withdrawn' || progress?.status === 'done') {
    action = html`<p class="withdrawn" role="status">${t('ui.receipt.withdrawn', { service: text.service, fields: text.fields })}</p>`;
  } else if (text.withdrawable) {
    const sending = progress?.status === 'sending';
    action = html`${progress?.status === 'failed'
        ? html`<p class="error-message" role="alert">${t(progress.refused ? 'ui.receipt.withdrawRefused' : 'ui.receipt.withdrawFailed', { contact })}</p>`
        : nothing}
      <div class="button-group no-print">
        <button
          type="button"
          class="button warning-button"
          id=${buttonId}
          data-action="withdraw"
          data-record=${item.recordId}
          ?disabled=${sending}
          @click=${() => void flow.withdraw(item.recordId)}
        >
          ${t(sending ? 'ui.receipt.withdrawing' : 'ui.receipt.withdraw')}<span class="visually-hidden">: ${text.purpose}</span>
        </button>
      </div>`;
  }
  return html`<div class="service receipt-item" data-service=${item.serviceId} data-purpose=${item.purposeId}>
    <h3>${t('ui.receipt.serviceHeading', { service: text.service, organisation: text.organisation })}</h3>
    <dl class="summary-list">
      <div><dt>${t('ui.receipt.purpose')}</dt><dd>${shown(text.purpose)}</dd></div>
      <div><dt>${t('ui.receipt.received')}</dt><dd>${item.fields.length > 0 && item.state !== 'refused' ? shown(text.fields) : t('ui.receipt.receivedNothing')}</dd></div>
      <div><dt>${t('ui.receipt.basis')}</dt><dd>${shown(text.basis)}</dd></div>
      <div><dt>${t('ui.receipt.decision')}</dt><dd>${translate(locale, `consent.state.${item.state}`)}</dd></div>
      <div><dt>${t('ui.receipt.retention')}</dt><dd>${shown(text.retention)}</dd></div>
      <div><dt>${t('ui.receipt.contact')}</dt><dd>${contact}</dd></div>
      ${source.statuses ? html`<div class="receipt-status"><dt>${t('ui.reopen.status')}</dt><dd>${statusText(ctx, source.statuses, item.serviceId)}</dd></div>` : nothing}
    </dl>
    ${action}
  </div>`;
}

/** What a service has done with what the person sent, in their words. */
function statusText(ctx: StepContext, statuses: readonly ReceiptServiceStatus[], serviceId: string): string {
  const status = statuses.find((s) => s.serviceId === serviceId);
  if (!status) return ctx.t('ui.reopen.status.none');
  return ctx.t(`ui.reopen.status.${status.status}`, { date: readableTime(status.at, ctx.locale), reason: status.reason ?? '' });
}

/** Saves the receipt as a text file, the code and (reopened) each service's status included; nothing goes over the network. */
function download(receipt: ConsentReceipt, code: string | undefined, ctx: StepContext, statuses?: readonly ReceiptServiceStatus[]): void {
  const text = renderReceiptText(receipt, ctx.locale, statuses) + (code ? `\n\n${ctx.t('ui.receipt.code')}: ${code}\n` : '\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `receipt-${receipt.submissionId ?? 'onestory'}.txt`;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
