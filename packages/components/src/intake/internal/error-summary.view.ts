import { html, nothing, type TemplateResult } from 'lit';

/** One error in the summary: the message, and the id of the element to focus. */
export interface SummaryError {
  readonly target: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per error that moves focus
 * to the field in question. It is an alert and is focused after a failed continue, so
 * screen readers announce it at once.
 */
export function renderErrorSummary(
  title: string,
  errors: readonly SummaryError[],
  focusTarget: (id: string) => void,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, id: string) => {
    // Fragment links cannot cross a shadow root, and must not change the host page's URL.
    event.preventDefault();
    focusTarget(id);
  };
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${errors.map(
        (error) =>
          html`<li><a href="#${error.target}" @click=${(event: Event) => follow(event, error.target)}>${error.message}</a></li>`,
      )}
    </ul>
  </div>`;
}
