import { html, nothing, type TemplateResult } from 'lit';

/** One error in the summary: the message, and the id of the element to focus (and the control inside it). */
export interface SummaryError {
  readonly target: string;
  readonly message: string;
  /** The control inside the target field element the error is about. */
  readonly control?: string | undefined;
}

/** The errors with repeats left out: a summary never shows the same link twice. */
export function distinctErrors(errors: readonly SummaryError[]): SummaryError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.target}\u0000${error.control ?? ''}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per error that moves focus
 * to the field in question. It is an alert and is focused after a failed continue, so
 * screen readers announce it at once.
 */
export function renderErrorSummary(
  title: string,
  errors: readonly SummaryError[],
  focusTarget: (id: string, control?: string) => void,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, error: SummaryError) => {
    // Fragment links cannot cross a shadow root, and must not change the host page's URL.
    event.preventDefault();
    focusTarget(error.target, error.control);
  };
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${distinctErrors(errors).map(
        (error) => html`<li><a href="#${error.target}" @click=${(event: Event) => follow(event, error)}>${error.message}</a></li>`,
      )}
    </ul>
  </div>`;
}
