import { css } from 'lit';

/** GOV.UK date input: three labelled boxes side by side, wrapping on narrow screens. */
export const dateStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
  }
  .date-input__item {
    margin: 0;
  }
  .date-input__label {
    margin-bottom: var(--_space);
  }
`;
