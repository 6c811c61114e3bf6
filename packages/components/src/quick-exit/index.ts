export * from './quick-exit.component.js';
export * from './exit-event.js';
export type { QuickExitClock, ShortcutStatus } from './internal/quick-exit-controller.js';
