export * from './locale.js';
export * from './direction.js';
export * from './catalogue.js';
export * from './catalogue-file.js';
export * from './translate.js';
export * from './readable-time.js';
