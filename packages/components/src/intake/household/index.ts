export * from './household-field.component.js';
