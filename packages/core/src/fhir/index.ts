export * from './resources.js';
export * from './uris.js';
export { FhirExportError } from './errors.js';
export { nameBasedUuid } from './ids.js';
export { definitionToQuestionnaire, pageLinkId, type QuestionnaireOptions, type QuestionnaireExport, type InexpressibleCondition } from './questionnaire.js';
export {
  storyToQuestionnaireResponse,
  questionnaireResponseToStory,
  type ResponseOptions,
  type ResponseRead,
  type ResponseReadIssue,
} from './questionnaire-response.js';
export { envelopeToBundle, type BundleOptions } from './bundle.js';
export { lawfulBasisText } from './consent.js';
