import { css } from 'lit';

/**
 * GOV.UK look by default; every colour, font and space is a `--onestory-*` custom
 * property so a partner can theme it without reaching into the shadow root.
 */
export const intakeStyles = css`
  :host {
    --_text: var(--onestory-text-colour, #0b0c0c);
    --_secondary: var(--onestory-secondary-text-colour, #484949);
    --_link: var(--onestory-link-colour, #1d70b8);
    --_error: var(--onestory-error-colour, #d4351c);
    --_focus: var(--onestory-focus-colour, #ffdd00);
    --_focus-text: var(--onestory-focus-text-colour, #0b0c0c);
    --_border: var(--onestory-border-colour, #b1b4b6);
    --_button: var(--onestory-button-colour, #00703c);
    --_button-shadow: var(--onestory-button-shadow-colour, #002d18);
    --_secondary-button: var(--onestory-secondary-button-colour, #f3f2f1);
    --_panel: var(--onestory-panel-colour, #00703c);
    --_warning: var(--onestory-warning-colour, #d4351c);
    --_space: var(--onestory-space, 20px);
    display: block;
    color: var(--_text);
    font-family: var(--onestory-font-family, arial, sans-serif);
    font-size: var(--onestory-font-size, 1.1875rem);
    line-height: 1.32;
    max-width: var(--onestory-max-width, 40em);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Elements only: a universal ::before/::after rule would make every element compute
     pseudo-element styles, and none is drawn here. */
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    margin: 0 0 var(--_space);
    font-weight: 700;
    line-height: 1.15;
  }
  h1 {
    font-size: var(--onestory-heading-l, 2rem);
  }
  h2 {
    font-size: var(--onestory-heading-m, 1.5rem);
  }
  h3 {
    font-size: var(--onestory-heading-s, 1.1875rem);
  }
  p,
  ul,
  dl {
    margin: 0 0 var(--_space);
  }
  h1:focus,
  h2:focus,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .caption {
    display: block;
    color: var(--_secondary);
    font-size: 1rem;
    margin-bottom: 5px;
  }
  .hint {
    color: var(--_secondary);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* Links and link-like buttons */
  a,
  .link {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    min-height: 24px;
    min-width: 24px;
    /* A button centres its label: a link that wraps at 320 px must read as a link. */
    text-align: start;
  }
  /* "Carry on from a code" and "View a receipt": a row of links, not a bulleted list. */
  .entry-links {
    list-style: none;
    padding: 0;
    margin: 1.5rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  a:focus-visible,
  .link:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  /* Bar above the form: language switch */
  .toolbar {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }

  /* Buttons */
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 15px var(--_space);
    margin-bottom: var(--_space);
  }
  .button {
    font: inherit;
    font-size: 1.1875rem;
    line-height: 1.2;
    display: inline-block;
    min-height: 44px;
    padding: 8px 10px 7px;
    border: 2px solid transparent;
    border-radius: 0;
    color: #fff;
    background-color: var(--_button);
    box-shadow: 0 2px 0 var(--_button-shadow);
    text-align: center;
    cursor: pointer;
  }
  .button.secondary {
    color: var(--_text);
    background-color: var(--_secondary-button);
    box-shadow: 0 2px 0 #929191;
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      inset 0 0 0 1px var(--_focus),
      0 2px 0 var(--_focus-text);
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  /* Error summary */
  .error-summary {
    border: 5px solid var(--_error);
    padding: 15px;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .error-summary h2 {
    font-size: var(--onestory-heading-m, 1.5rem);
    margin-bottom: 15px;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary li + li {
    margin-top: 5px;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary a:focus-visible {
    color: var(--_focus-text);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin-bottom: 15px;
  }

  /* Questions */
  .question {
    margin-bottom: calc(var(--_space) * 1.5);
  }

  /* What a choice reveals (a safe address), GOV.UK's conditional reveal */
  .conditional {
    margin-block-start: var(--_space);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--onestory-border-colour, #b1b4b6);
  }

  /* Choice lists rendered by the intake itself (services, consent) */
  fieldset {
    min-width: 0;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
  }
  fieldset.invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 15px;
  }
  legend {
    font-weight: 700;
    margin-bottom: 10px;
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    margin-bottom: 10px;
  }
  .choice input {
    flex: none;
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .choice label {
    padding-top: 8px;
    cursor: pointer;
  }
  .choice .hint {
    display: block;
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  /* Summary list (check your answers) */
  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .summary-list > div {
    border-bottom: 1px solid var(--_border);
    padding: 10px 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: 5px;
  }
  .summary-list dt {
    font-weight: 700;
  }
  .summary-list dd {
    margin: 0;
  }
  @media (min-width: 40.0625em) {
    .summary-list > div {
      grid-template-columns: 30% 1fr auto;
      gap: var(--_space);
    }
  }

  /* Confirmation panel */
  .panel {
    color: #fff;
    background: var(--_panel);
    border: 5px solid transparent;
    padding: 25px;
    text-align: center;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .panel h1 {
    margin-bottom: 15px;
  }
  .panel h1:focus {
    outline-color: var(--_focus);
  }
  .panel .reference {
    display: block;
    font-size: 1.5rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  /* Warnings: emergency contacts, not sent yet */
  .warning {
    border-inline-start: 10px solid var(--_warning);
    padding: 15px;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .warning h2 {
    margin-bottom: 10px;
  }

  .service {
    border-top: 1px solid var(--_border);
    padding-top: 15px;
  }

  /* Receipt on the confirmation page */
  .inset {
    border-left: 10px solid var(--_border);
    padding: 15px;
    margin-bottom: var(--_space);
  }
  .receipt-code {
    display: block;
    font-family: var(--onestory-code-font-family, ui-monospace, 'Courier New', monospace);
    font-size: 1.5rem;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .button.warning-button {
    color: #fff;
    background-color: var(--_warning);
    box-shadow: 0 2px 0 #55150b;
  }
  .withdrawn {
    font-weight: 700;
  }

  /* Printing (or "save as PDF") the confirmation: the receipt in black on white, no controls. */
  @media print {
    :host {
      color: #000;
      max-width: none;
    }
    .toolbar,
    .no-print,
    .back,
    onestory-quick-exit {
      display: none !important;
    }
    .panel {
      color: #000;
      background: none;
      border-color: #000;
    }
    .receipt-item {
      break-inside: avoid;
    }
    a {
      color: #000;
    }
  }
`;
