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
`;
