export * from './parse-submission.js';
export * from './parse-submission-for.js';
export * from './reference-server.js';
export * from './submission-store.js';
export { AppendOnlyLog, StorageWriteError, type LogRecovery } from './append-log.js';
export { PROBLEM_TYPE_BASE } from './http-problem.js';
export type { RateLimit } from './rate-limiter.js';
export { randomReference } from './reference-number.js';
