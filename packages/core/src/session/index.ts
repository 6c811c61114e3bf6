export * from './types.js';
export * from './session.js';
export * from './view.js';
export { sessionPlan } from './plan.js';
export * from './withdrawal.js';
export * from './messages.js';
export * from './after-questions.js';
