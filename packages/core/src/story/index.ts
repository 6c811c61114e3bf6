export * from './rules.js';
export * from './story.schema.js';
export * from './fields.js';
export * from './normalise-answer.js';
