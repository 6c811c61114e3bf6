// What the intake needs only after its first page: the consent screens, "check your
// answers", sending and the receipt, opening a resume code or a receipt, and core's
// consent, submission and delivery code behind them. The CDN build loads this as a part of
// its own while the person reads the first page (later-steps.load.ts); nothing the first
// page shows may come from here. It brings the English messages of those steps too, joined
// to the catalogue as it loads (an npm build has them already: joining again changes nothing).
import { completeEnglish, loadCatalogue } from '@onestory/core/i18n';
import { enLater } from '@onestory/core/i18n/en-later';

completeEnglish(enLater);

export { loadCatalogue };
export {
  ConsentRecordSchema,
  EndpointRequestError,
  buildDisclosures,
  buildReceipt,
  buildSubmission,
  checkAnswers,
  consentState,
  createDraftStore,
  createEndpointDraftStorage,
  createIndexedDbOutbox,
  createSubmissionClient,
  markNoticeShown,
  openReceipt,
  previewDisclosures,
  requestConsents,
  sendWithdrawal,
  withdraw,
} from '@onestory/core';
export {
  ageBandOf,
  bestInterestsIssues,
  consentPathOf,
  decisionKey,
  fillerOf,
  finishConsent,
  practitionerOf,
  professionalAgreementIssues,
  purposeQuestionOf,
  readConsentStepDraft,
  withoutConsentIssues,
} from '@onestory/core/consent';
export { checkDefinitionRest } from '@onestory/core/definition';
export {
  DEFAULT_DRAFT_LIFETIME_MS,
  generateReceiptCode,
  generateResumeCode,
  normaliseResumeCode,
  parseReceiptCode,
  receiptVerifierHash,
  serviceEndpointsOf,
} from '@onestory/core/delivery';
export { resumeFlow } from '@onestory/core/engine';
export { afterQuestions, failedWithdrawal } from '@onestory/core/session';
export { renderCheckAnswers } from './check-answers.view.js';
export { consentFieldId, renderPrivacyAndConsent } from './consent.view.js';
export { renderNotSent, renderSending, renderSent } from './outcome.view.js';
export { renderAddressDecision } from './address-decision.view.js';
export { renderAgreement, renderBestInterests, renderWithoutConsent, whoFieldId } from './who-agrees.view.js';
export { renderCodeForm } from '../save-resume/code-form.view.js';
export { renderReopenedReceipt } from '../save-resume/reopened-receipt.view.js';
