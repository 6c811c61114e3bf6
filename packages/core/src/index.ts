export * from './errors.js';
export * from './i18n/index.js';
export * from './story/index.js';
export * from './definition/index.js';
