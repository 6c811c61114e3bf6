export * from './localized.schema.js';
export * from './condition.schema.js';
export * from './service.schema.js';
export * from './definition.schema.js';
export * from './check-definition.js';
export * from './title.js';
export * from './translations.js';
