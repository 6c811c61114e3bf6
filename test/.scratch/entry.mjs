export { createSubmissionClient, createIndexedDbOutbox, createDraftStore, generateResumeCode, wipeAll } from '../../packages/core/dist/delivery/index.js';
