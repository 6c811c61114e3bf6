export * from './submit-event.js';
export * from './submitted-event.js';
export * from './error-event.js';
export * from './page-change-event.js';
export * from './consent-change-event.js';
