export * from './shared-story.js';
export * from './provider.component.js';
