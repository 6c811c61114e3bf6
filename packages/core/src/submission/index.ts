export * from './submission.schema.js';
export * from './build-submission.js';
