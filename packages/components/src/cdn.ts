// Entry of the CDN bundle (rollup.config.mjs): one ES module that registers every element
// and exposes the public API. The field elements a first page seldom needs are a part of
// their own, loaded as soon as this runs (fields/more-fields.load.cdn.ts): their classes
// are not exported here; `await customElements.whenDefined('onestory-date-field')`, then
// `customElements.get(…)`, reaches one.
import './all.define.js';

export * from './intake/index.js';
export * from './provider/index.js';
export * from './events/index.js';
export * from './controllers/index.js';
export * from './quick-exit/index.js';
export * from './fields/text/text.component.js';
export * from './fields/radios/radios.component.js';
export * from './fields/checkboxes/checkboxes.component.js';
export type { FieldOption, FieldProblem, Interpretation, ValidityFlag } from '@onestory/core/answers';
export { OneStoryFieldElement, USER_INVALID_STATE } from './shared/field-element.js';
export { tokenStyles, focusUnderlineStyles } from './shared/tokens.styles.js';
