import { css } from 'lit';

/** The safe-contact questions: one nested yes/no question per channel, follow-ups indented. */
export const safeContactStyles = css`
  .fieldset > .legend {
    font-weight: 700;
  }
  .question {
    margin: 0 0 calc(var(--_space) * 6);
  }
  .question:last-child {
    margin-bottom: 0;
  }
  .question .choices {
    margin-top: calc(var(--_space) * 2);
  }
  .conditional {
    margin-top: calc(var(--_space) * 2);
  }
  .conditional .item {
    margin-bottom: calc(var(--_space) * 4);
  }
`;
