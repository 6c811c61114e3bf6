import { css } from 'lit';

/**
 * GOV.UK radios and checkboxes: the real input is a transparent 44×44px target over a
 * drawn 40px circle or box, so the target is large (WCAG 2.5.8) and the look is GOV.UK's
 * in every browser. The conditional reveal indents follow-up questions under an answer.
 */
export const choiceStyles = css`
  .choices {
    display: block;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 4);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    position: relative;
    margin-bottom: calc(var(--_space) * 2);
  }
  .choice:last-child {
    margin-bottom: 0;
  }
  /* Side by side, each answer is as wide as its words: the stacked layout's label width
     (a share of the row) would squeeze short labels to one letter a line. */
  .choices--inline .choice {
    flex-wrap: nowrap;
    max-width: 100%;
    margin-bottom: 0;
  }
  .choices--inline .choice__label {
    flex: 0 1 auto;
    min-width: 0;
    max-width: none;
  }
  .choice__input {
    z-index: 1;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choice__label {
    align-self: center;
    max-width: calc(100% - 74px);
    margin-bottom: 0;
    padding: 7px calc(var(--_space) * 3);
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: break-word;
  }
  .choice__label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 2px;
    inset-inline-start: 2px;
    width: 40px;
    height: 40px;
    border: var(--_border-width-form-element) solid currentcolor;
    background: transparent;
  }
  .choice__hint {
    display: block;
    width: 100%;
    margin: 0;
    padding-block: 0;
    padding-inline: 59px calc(var(--_space) * 3);
    color: var(--_secondary-text);
    /* One fact per line (FieldOption.hint). */
    white-space: pre-line;
  }
  .choice__input:disabled,
  .choice__input:disabled + .choice__label {
    cursor: not-allowed;
  }
  /* The hint of an option that cannot be chosen says why: it stays fully readable. */
  .choice__input:disabled + .choice__label {
    opacity: 0.5;
  }

  /* Radios: a circle, filled with a dot when checked. */
  .radio .choice__label::before {
    border-radius: 50%;
  }
  .radio .choice__label::after {
    content: '';
    position: absolute;
    top: 12px;
    inset-inline-start: 12px;
    width: 0;
    height: 0;
    border: 10px solid currentcolor;
    border-radius: 50%;
    opacity: 0;
    background: currentcolor;
  }
  .radio .choice__input:focus + .choice__label::before {
    border-width: 4px;
    outline: var(--_focus-width) solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 4px var(--_focus);
  }

  /* Checkboxes: a square with a tick when checked. */
  .checkbox .choice__label::after {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 13px;
    inset-inline-start: 10px;
    width: 23px;
    height: 12px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .checkbox .choice__input:focus + .choice__label::before {
    border-width: 4px;
    outline: var(--_focus-width) solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px var(--_focus);
  }

  .choice__input:checked + .choice__label::after {
    opacity: 1;
  }

  /* A follow-up question revealed under the answer that needs it. */
  .conditional {
    margin-block: 0 calc(var(--_space) * 3);
    margin-inline: 18px 0;
    padding-block: 0;
    padding-inline: 33px 0;
    border-inline-start: 4px solid var(--_border);
  }
  .conditional > :last-child {
    margin-bottom: 0;
  }
`;
