// What the intake needs only after its first page: the consent screens, "check your
// answers", sending and the receipt, opening a resume code or a receipt, and core's
// consent, submission and delivery code behind them. The CDN build loads this as a part of
// its own while the person reads the first page (later-steps.load.ts); nothing the first
// page shows may come from here.
export {
  ConsentRecordSchema,
  DEFAULT_DRAFT_LIFETIME_MS,
  EndpointRequestError,
  ageBandOf,
  bestInterestsIssues,
  buildDisclosures,
  buildReceipt,
  buildSubmission,
  checkDefinitionRest,
  checkAnswers,
  consentPathOf,
  consentState,
  createDraftStore,
  createEndpointDraftStorage,
  createIndexedDbOutbox,
  createSubmissionClient,
  decisionKey,
  fillerOf,
  finishConsent,
  generateReceiptCode,
  generateResumeCode,
  markNoticeShown,
  normaliseResumeCode,
  openReceipt,
  parseReceiptCode,
  practitionerOf,
  previewDisclosures,
  professionalAgreementIssues,
  purposeQuestionOf,
  readConsentStepDraft,
  receiptVerifierHash,
  requestConsents,
  resumeFlow,
  sendWithdrawal,
  serviceEndpointsOf,
  withdraw,
  withoutConsentIssues,
} from '@onestory/core';
export { failedWithdrawal } from '@onestory/core/session';
export { renderCheckAnswers } from './check-answers.view.js';
export { consentFieldId, renderPrivacyAndConsent } from './consent.view.js';
export { renderNotSent, renderSending, renderSent } from './outcome.view.js';
export { renderAgreement, renderBestInterests, renderWithoutConsent, whoFieldId } from './who-agrees.view.js';
export { renderCodeForm } from '../save-resume/code-form.view.js';
export { renderReopenedReceipt } from '../save-resume/reopened-receipt.view.js';
