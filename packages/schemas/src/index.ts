export * from './version.js';
export * from './json-schema/index.js';
export * from './generate.js';
