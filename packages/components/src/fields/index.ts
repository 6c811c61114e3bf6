export * from './text/text.component.js';
export * from './textarea/textarea.component.js';
export * from './number/number.component.js';
export * from './money/money.component.js';
export * from './phone/phone.component.js';
export * from './email/email.component.js';
export * from './radios/radios.component.js';
export * from './checkboxes/checkboxes.component.js';
export * from './select/select.component.js';
export * from './date/date.component.js';
export * from './name/name.component.js';
export * from './address/address.component.js';
export * from './safe-contact/safe-contact.component.js';
export * from './checklist/checklist.component.js';
export * from './household/household.component.js';
// Reading raw input into values lives in @onestory/core (answers/); these types describe it.
export type { FieldOption, FieldProblem, Interpretation, ValidityFlag } from '@onestory/core/answers';
export { OneStoryFieldElement, USER_INVALID_STATE } from '../shared/field-element.js';
export { tokenStyles, focusUnderlineStyles } from '../shared/tokens.styles.js';
