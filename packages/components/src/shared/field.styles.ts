import { css } from 'lit';

/**
 * The GOV.UK chrome every field shares: the form group (with its red bar when in error),
 * label or legend, hint, error message, text inputs and selects, and the focus ring.
 * Sizes follow GOV.UK (inputs 40px high, 2px borders, 3px yellow focus with an inset).
 */
export const fieldStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  /* Elements only: a universal ::before/::after rule would make every element compute
     pseudo-element styles. The drawn radios and checkboxes size their own. */
  * {
    box-sizing: border-box;
  }
  .form-group {
    margin: 0 0 calc(var(--_space) * 4);
  }
  @media (min-width: 40.0625em) {
    .form-group {
      margin-bottom: calc(var(--_space) * 6);
    }
  }
  .form-group--error {
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: var(--_border-width) solid var(--_error);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .label,
  .legend {
    display: block;
    margin: 0 0 var(--_space);
    padding: 0;
    overflow-wrap: break-word;
  }
  .legend {
    max-width: 100%;
    white-space: normal;
  }
  .legend--bold {
    font-weight: 700;
  }
  .hint {
    display: block;
    margin: 0 0 calc(var(--_space) * 3);
    color: var(--_secondary-text);
    overflow-wrap: break-word;
  }
  .error-message {
    display: block;
    margin: 0 0 calc(var(--_space) * 3);
    color: var(--_error);
    font-weight: 700;
    overflow-wrap: break-word;
  }
  .input,
  .select,
  .textarea {
    display: block;
    width: 100%;
    min-height: 40px;
    margin: 0;
    padding: var(--_space);
    border: var(--_border-width-form-element) solid var(--_input-border);
    border-radius: 0;
    color: var(--_text);
    background-color: var(--_background);
    font: inherit;
    -webkit-appearance: none;
    appearance: none;
  }
  .input {
    height: 2.5rem;
  }
  .textarea {
    resize: vertical;
  }
  .select {
    width: auto;
    min-width: 11.5em;
    max-width: 100%;
    height: 2.5rem;
    -webkit-appearance: auto;
    appearance: auto;
  }
  .input:focus,
  .select:focus,
  .textarea:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--_border-width-form-element) var(--_focus-text);
  }
  .input[aria-invalid='true'],
  .select[aria-invalid='true'],
  .textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .input[aria-invalid='true']:focus,
  .select[aria-invalid='true']:focus,
  .textarea[aria-invalid='true']:focus {
    border-color: var(--_input-border);
  }
  .input:disabled,
  .select:disabled,
  .textarea:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  /* GOV.UK fixed widths, sized for the characters expected (box includes padding). */
  .width-2 {
    max-width: 5.4ex;
  }
  .width-4 {
    max-width: 9ex;
  }
  .width-10 {
    max-width: 23ex;
  }
  .width-20 {
    max-width: 41ex;
  }
  /* GOV.UK input prefix ("£"): a grey box joined to the input, read as part of the label. */
  .input-wrapper {
    display: flex;
  }
  .input-prefix {
    box-sizing: border-box;
    flex: 0 0 auto;
    min-width: 2.5rem;
    height: 2.5rem;
    padding: var(--_space);
    border: var(--_border-width-form-element) solid var(--_input-border);
    border-inline-end: 0;
    background-color: #f3f2f1;
    color: var(--_text);
    text-align: center;
    white-space: nowrap;
    cursor: default;
  }
  .item {
    margin-bottom: calc(var(--_space) * 3);
  }
  .item:last-child {
    margin-bottom: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
`;
