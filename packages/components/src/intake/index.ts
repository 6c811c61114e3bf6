export * from './intake.component.js';
export * from './intake-config.js';
