import { css } from 'lit';

/** The checklist: numbered items, each a nested fieldset with inline yes / no / not known radios. */
export const checklistStyles = css`
  .fieldset > .legend {
    font-weight: 700;
  }
  .checklist {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checklist__item {
    margin: 0 0 calc(var(--_space) * 6);
    padding: 0;
  }
  .checklist__item:last-child {
    margin-bottom: 0;
  }
  /* An item still to answer, once the error is shown: a thin red bar beside it. */
  .checklist__item--error {
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: calc(var(--_border-width) - 2px) solid var(--_error);
  }
  .checklist__hint {
    margin-bottom: calc(var(--_space) * 2);
  }
  .checklist__item .choices {
    margin-top: var(--_space);
  }

  .checklist__notice {
    margin: 0 0 calc(var(--_space) * 3);
  }
  /* GOV.UK's secondary button. */
  .checklist__decline {
    font: inherit;
    color: var(--_text);
    background: #f3f2f1;
    border: var(--_border-width-form-element) solid transparent;
    box-shadow: 0 2px 0 #929191;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
    min-height: 44px;
    cursor: pointer;
  }
  .checklist__decline:hover {
    background: #dbdad9;
  }
  .checklist__decline:focus-visible {
    outline: var(--_focus-width) solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .checklist__status {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .checklist__status:empty {
    margin: 0;
  }
`;
