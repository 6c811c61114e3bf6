import { css } from 'lit';

/**
 * GOV.UK "Exit this page" look: a red warning button, yellow focus, and a skip link that
 * appears only when focused. Colours are `--onestory-*` custom properties shared with the
 * intake, so one theme covers both.
 */
export const quickExitStyles = css`
  :host {
    --_warning: var(--onestory-warning-colour, #d4351c);
    --_warning-shadow: var(--onestory-warning-shadow-colour, #55150b);
    --_on-warning: var(--onestory-on-warning-colour, #ffffff);
    --_focus: var(--onestory-focus-colour, #ffdd00);
    --_focus-text: var(--onestory-focus-text-colour, #0b0c0c);
    --_text: var(--onestory-text-colour, #0b0c0c);
    display: block;
    /* Stays in reach while the person scrolls, like GOV.UK's component. */
    position: var(--onestory-quick-exit-position, sticky);
    top: 0;
    z-index: var(--onestory-quick-exit-z-index, 1000);
    font-family: var(--onestory-font-family, arial, sans-serif);
    font-size: var(--onestory-font-size, 1.1875rem);
    line-height: 1.32;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .quick-exit {
    display: flex;
    flex-direction: column;
    align-items: var(--onestory-quick-exit-align, flex-end);
    padding: 5px 0 7px;
  }
  .button {
    min-height: 44px;
    min-width: 44px;
    margin: 0;
    padding: 8px 10px 7px;
    border: 2px solid transparent;
    border-radius: 0;
    background: var(--_warning);
    box-shadow: 0 2px 0 var(--_warning-shadow);
    color: var(--_on-warning);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.85);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
    color: var(--_focus-text);
    filter: none;
  }
  .skip-link {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    position: static;
    width: auto;
    height: auto;
    margin: 0 0 5px;
    padding: 10px 15px;
    overflow: visible;
    clip-path: none;
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    white-space: normal;
    align-self: stretch;
  }
  .count {
    margin: 5px 0 0;
    font-size: 1rem;
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
