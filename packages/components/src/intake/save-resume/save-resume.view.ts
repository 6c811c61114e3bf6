import { type Definition } from '@onestory/core';
import { localize, readableTime } from '@onestory/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from '../internal/step-context.js';
import type { ResumeProblem, SaveResumeController } from './save-resume.controller.js';

/** "Save and come back later", under a step's Continue button. */
export function renderSaveButton(ctx: StepContext, saves: SaveResumeController, open: () => void): TemplateResult | typeof nothing {
  if (!saves.enabled || !ctx.view.draft) return nothing;
  const saving = saves.status.kind === 'busy' && saves.status.doing === 'saving';
  return html`<p class="save-later no-print">
    <button type="button" class="link" data-action="save" ?disabled=${saving} @click=${open}>
      ${ctx.t(saving ? 'ui.save.saving' : 'ui.save.button')}
    </button>
  </p>`;
}

/**
 * What the person last did with their saved answers, at the top of the step: welcome
 * back (saved when, deleted when), deleted, or what went wrong and what to do.
 */
export function renderSaveNotice(ctx: StepContext, definition: Definition, saves: SaveResumeController): TemplateResult | typeof nothing {
  const { t, locale } = ctx;
  const status = saves.status;
  const times = saves.times;
  if (status.kind === 'restored' && times) {
    return html`<div class="inset save-notice" role="status">
      <p>${t('ui.save.restored', { saved: readableTime(times.savedAt, locale), expires: readableTime(times.expiresAt, locale) })}</p>
      ${renderDeleteButton(ctx, saves)}
    </div>`;
  }
  if (status.kind === 'deleted') return html`<div class="inset save-notice" role="status"><p>${t('ui.save.deleted')}</p></div>`;
  if (status.kind === 'error' && status.doing !== 'opening') {
    return html`<p class="error-message save-notice" role="alert">${problemText(ctx, definition, saves, status.doing === 'deleting' ? 'delete-failed' : status.code, status.minutes)}</p>`;
  }
  return nothing;
}

/**
 * The saved page: the resume code to write down, when it was saved and when it will be
 * deleted, then "Continue where you left off" and "Delete my saved answers".
 */
export function renderSaved(ctx: StepContext, definition: Definition, saves: SaveResumeController, done: () => void): TemplateResult {
  const { t, locale } = ctx;
  const status = saves.status;
  const times = saves.times;
  if (status.kind === 'busy') return html`${ctx.heading(t('ui.save.saving'))}`;
  if (status.kind === 'error' || !saves.code || !times) {
    return html`${ctx.heading(t('ui.save.button'))}
      ${status.kind === 'error' || status.kind === 'deleted' ? renderSaveNotice(ctx, definition, saves) : nothing}
      <div class="button-group">
        ${status.kind === 'error' && status.doing === 'saving'
          ? html`<button type="button" class="button" data-action="save-again" @click=${() => void saves.save()}>${t('ui.save.button')}</button>`
          : nothing}
        <button type="button" class="button secondary" data-action="continue-later" @click=${done}>${t('ui.save.continue')}</button>
      </div>`;
  }
  return html`<div class="panel saved" part="panel">${ctx.heading(t('ui.save.title'))}</div>
    <div class="inset">
      <p class="receipt-code-label" id="resume-code-label">${t('ui.save.codeLabel')}</p>
      <p><strong class="receipt-code resume-code" aria-labelledby="resume-code-label">${saves.code}</strong></p>
      <p class="hint">${t('ui.save.codeHint')}</p>
    </div>
    <p class="saved-at">${t('ui.save.savedAt', { date: readableTime(times.savedAt, locale) })}</p>
    <p class="expires-at"><strong>${t('ui.save.expires', { date: readableTime(times.expiresAt, locale) })}</strong></p>
    <p>${t('ui.save.again')}</p>
    <div class="button-group">
      <button type="button" class="button" data-action="continue-later" @click=${done}>${t('ui.save.continue')}</button>
    </div>
    ${renderDeleteButton(ctx, saves, done)}`;
}

function renderDeleteButton(ctx: StepContext, saves: SaveResumeController, after?: () => void): TemplateResult {
  const deleting = saves.status.kind === 'busy' && saves.status.doing === 'deleting';
  const remove = async () => {
    await saves.deleteSaved();
    if (saves.status.kind === 'deleted') after?.();
  };
  return html`<div class="button-group no-print">
    <button type="button" class="button warning-button" data-action="delete-saved" ?disabled=${deleting} @click=${() => void remove()}>
      ${ctx.t('ui.save.delete')}
    </button>
  </div>`;
}

/** A problem with saved answers in the person's words. */
export function problemText(
  ctx: StepContext,
  definition: Definition,
  saves: SaveResumeController,
  code: ResumeProblem | 'delete-failed',
  minutes?: number,
): string {
  const { t } = ctx;
  switch (code) {
    case 'invalid':
      return t('ui.resume.invalid');
    case 'not-found':
      return t('ui.resume.notFound', { days: saves.lifetimeDays });
    case 'unreadable':
      return t('ui.resume.unreadable', { contact: localize(definition.privacyNotice.controller.contact, ctx.locale) });
    case 'other-form':
      return t('ui.resume.otherForm');
    case 'too-many':
      return t('ui.code.tooMany', { minutes: minutes ?? 15 });
    case 'delete-failed':
      return t('ui.save.deleteFailed', { date: saves.times ? readableTime(saves.times.expiresAt, ctx.locale) : '' });
    case 'failed':
      return t(saves.status.kind === 'error' && saves.status.doing === 'opening' ? 'ui.resume.failed' : 'ui.save.failed');
  }
}

/** Where the first step offers to carry on from a resume code, or to open a receipt. */
export function renderEntryLinks(ctx: StepContext, saves: SaveResumeController, open: (view: 'resume' | 'receipt') => void): TemplateResult {
  return html`<ul class="entry-links no-print">
    ${saves.enabled
      ? html`<li><button type="button" class="link" data-action="resume" @click=${() => open('resume')}>${ctx.t('ui.resume.link')}</button></li>`
      : nothing}
    <li><button type="button" class="link" data-action="reopen-receipt" @click=${() => open('receipt')}>${ctx.t('ui.reopen.link')}</button></li>
  </ul>`;
}
