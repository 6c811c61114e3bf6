export * from './definition-controller.js';
export * from './intake-flow.controller.js';
export * from './forget-on-exit.controller.js';
