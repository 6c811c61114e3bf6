export * from './shift-detector.js';
export * from './exit-destination.js';
export * from './exit-plan.js';
export * from './coordination.js';
export * from './emergency-contacts.js';
