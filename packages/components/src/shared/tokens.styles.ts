import { css } from 'lit';

/**
 * Design tokens: the GOV.UK look, themable through `--onestory-*` custom properties.
 *
 * Custom properties inherit through shadow roots, so a partner may set them on any
 * ancestor (`body`, a wrapper) or on the element itself. Each token is read once here into
 * a private `--_*` property with the GOV.UK default as fallback; declaring the public name
 * on `:host` instead would hide values set on ancestors.
 *
 * | Custom property | Default (GOV.UK) | Used for |
 * | --- | --- | --- |
 * | `--onestory-font-family` | `arial, sans-serif` | all text |
 * | `--onestory-font-size` | `1rem`, `1.1875rem` from 641px | body text and inputs |
 * | `--onestory-line-height` | `1.25` | body text |
 * | `--onestory-text-colour` | `#0b0c0c` | text, borders of controls |
 * | `--onestory-secondary-text-colour` | `#505a5f` | hints |
 * | `--onestory-background-colour` | `#ffffff` | inside inputs |
 * | `--onestory-input-border-colour` | `#0b0c0c` | input borders |
 * | `--onestory-error-colour` | `#d4351c` | error messages, borders |
 * | `--onestory-focus-colour` | `#ffdd00` | focus ring |
 * | `--onestory-focus-text-colour` | `#0b0c0c` | focus underline and inset |
 * | `--onestory-border-colour` | `#b1b4b6` | conditional-reveal rule |
 * | `--onestory-border-width` | `5px` | error bar beside a field |
 * | `--onestory-border-width-form-element` | `2px` | input borders |
 * | `--onestory-focus-width` | `3px` | focus outline |
 * | `--onestory-spacing-unit` | `5px` | every margin and padding is a multiple |
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--onestory-font-family, arial, sans-serif);
    --_font-size: var(--onestory-font-size, 1rem);
    --_line-height: var(--onestory-line-height, 1.25);
    --_text: var(--onestory-text-colour, #0b0c0c);
    --_secondary-text: var(--onestory-secondary-text-colour, #505a5f);
    --_background: var(--onestory-background-colour, #ffffff);
    --_input-border: var(--onestory-input-border-colour, #0b0c0c);
    --_error: var(--onestory-error-colour, #d4351c);
    --_focus: var(--onestory-focus-colour, #ffdd00);
    --_focus-text: var(--onestory-focus-text-colour, #0b0c0c);
    --_border: var(--onestory-border-colour, #b1b4b6);
    --_border-width: var(--onestory-border-width, 5px);
    --_border-width-form-element: var(--onestory-border-width-form-element, 2px);
    --_focus-width: var(--onestory-focus-width, 3px);
    --_space: var(--onestory-spacing-unit, 5px);
  }
  @media (min-width: 40.0625em) {
    :host {
      --_font-size: var(--onestory-font-size, 1.1875rem);
    }
  }
`;

/**
 * GOV.UK's focus style for links and link-like buttons: yellow behind black text with a
 * thick black underline, visible on any background. For elements that render links.
 */
export const focusUnderlineStyles = css`
  .focus-underline:focus-visible {
    outline: var(--_focus-width) solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
`;
