// Reading what a person typed into Story values: pure functions from a field's raw input
// (the boxes' text, the chosen options) to its parsed value or the first problem, as
// catalogue keys. The field elements render and delegate to these; so can any other UI.
export type { FieldProblem, Interpretation, ValidityFlag } from './interpretation.js';
export { problemsOf } from './interpretation.js';
export * from './options.js';
export * from './choice.js';
export * from './text.js';
export * from './number.js';
export * from './money.js';
export * from './phone.js';
export * from './email.js';
export * from './date.js';
export * from './name.js';
export * from './address.js';
export * from './safe-contact.js';
export * from './checklist.js';
export * from './household.js';
