import type { MessageKey } from '@onestory/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary } from '../internal/error-summary.view.js';
import type { StepContext } from '../internal/step-context.js';

/** A form that asks for one code: a resume code or a receipt code. */
export interface CodeFormSetup {
  /** Id of the text field (and its error summary link). */
  readonly id: string;
  readonly title: MessageKey;
  readonly label: MessageKey;
  readonly hint: MessageKey;
  /** The error to show, already in the person's words. */
  readonly error: string | undefined;
  /** Shown while the code is being checked. */
  readonly busy: string | undefined;
  submit(code: string): void;
  cancel(): void;
}

/**
 * One code, typed or pasted in any case, with or without dashes; "Continue" checks it,
 * "Go back" returns to the form. The code is sent in a request body, never in a URL, and
 * the browser is asked not to remember it.
 */
export function renderCodeForm(ctx: StepContext, setup: CodeFormSetup, focusField: (id: string) => void): TemplateResult {
  const { t } = ctx;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = (event.currentTarget as HTMLElement).closest('form');
    const field = form?.querySelector<HTMLElement & { value?: unknown }>(`#${setup.id}`);
    setup.submit(String(field?.value ?? ''));
  };
  // Enter in the box sends the code: implicit submission does not cross the field's shadow root.
  const enter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') submit(event);
  };
  return html`<form class="code-form" novalidate @submit=${submit}>
    ${renderErrorSummary(t('ui.errorSummary.title'), setup.error ? [{ target: setup.id, message: setup.error }] : [], focusField)}
    ${ctx.heading(t(setup.title))}
    <onestory-text-field
      id=${setup.id}
      name=${setup.id}
      .label=${t(setup.label)}
      .hint=${t(setup.hint)}
      .error=${setup.error ?? ''}
      .locale=${ctx.locale}
      autocomplete="off"
      maxlength="60"
      @keydown=${enter}
    ></onestory-text-field>
    ${setup.busy ? html`<p role="status">${setup.busy}</p>` : nothing}
    <div class="button-group">
      <button type="submit" class="button" data-action="open-code" ?disabled=${setup.busy !== undefined}>${t('ui.continue')}</button>
      <button type="button" class="button secondary" data-action="cancel-code" @click=${() => setup.cancel()}>${t('ui.code.cancel')}</button>
    </div>
  </form>`;
}
