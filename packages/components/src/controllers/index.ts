export * from './definition-controller.js';
export * from './intake-flow.controller.js';
