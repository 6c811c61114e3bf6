export * from './household-field.component.js';
export * from './household.value.js';
