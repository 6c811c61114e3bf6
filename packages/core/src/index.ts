// The root of @onestory/core is its public API: the schemas, loading and checking a
// definition, planning and checking an intake, the consent records and their rules, building
// and delivering a submission, the outbox and drafts, and messages in the person's language.
// Everything else (the pieces components and custom forms are built from) is exported by
// area from a subpath, `@onestory/core/<area>`, so that the root stays small enough to read
// and internals such as `controlId` are not mistaken for API (issue 22). A Node test
// (test/node/api/public-api.test.ts) holds this list.

export * from './errors.js';
export * from './issue/index.js';
export * from './submission/index.js';

// ---- Languages and messages ---------------------------------------------------------------
export {
  SHIPPED_LOCALES,
  availableLocales,
  canonicalLanguageTag,
  catalogueFor,
  checkCatalogue,
  describeLanguage,
  isLanguageTag,
  loadCatalogue,
  registerCatalogue,
  textDirection,
  translate,
  unregisterCatalogue,
} from './i18n/index.js';
export type { Catalogue, CatalogueCheck, CatalogueFile, CatalogueProblem, Locale, LocalizedText, MessageKey, TextDirection } from './i18n/index.js';

// ---- The story ----------------------------------------------------------------------------
export {
  AccessSchema,
  AddressSchema,
  ChannelSafetySchema,
  ContactSchema,
  DATA_CATEGORIES,
  DeclaredAnswersSchema,
  DeclaredValueSchema,
  EmailSchema,
  FIELD_PATHS,
  HouseholdMemberSchema,
  HouseholdSchema,
  IsoDateSchema,
  NeedDomainSchema,
  NeedSchema,
  NeedsSchema,
  NhsNumberSchema,
  PersonSchema,
  PhoneSchema,
  PostcodeSchema,
  ReferrerSchema,
  RiskSchema,
  STORY_FIELDS,
  SafeContactSchema,
  StorySchema,
  answersFromStory,
  storyFromAnswers,
} from './story/index.js';
export type {
  Address,
  Answers,
  DataCategory,
  DeclaredFieldPath,
  DeclaredValue,
  FieldPath,
  HouseholdMember,
  IsoDate,
  NeedDomain,
  SafeContact,
  Story,
  StoryFieldPath,
} from './story/index.js';

// ---- The definition -----------------------------------------------------------------------
export {
  Art6BasisSchema,
  Art9ConditionSchema,
  ConditionSchema,
  DEFINITION_SCHEMA_ID,
  DeclaredFieldPathSchema,
  DeclaredFieldSchema,
  DeclaredOptionSchema,
  DefinitionSchema,
  EligibilitySchema,
  EmergencyContactSchema,
  FieldPathSchema,
  IdSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  OptionOtherSchema,
  OptionSchema,
  OrganisationSchema,
  PageSchema,
  PrivacyNoticeSchema,
  PurposeSchema,
  QuestionSchema,
  ScalarSchema,
  ServiceSchema,
  SettingsSchema,
  StoryFieldPathSchema,
  TEXT_LIMITS,
  checkDefinition,
  checkTranslations,
  languagesOf,
  loadDefinition,
  loadDefinitionInStages,
} from './definition/index.js';
export type {
  Art6Basis,
  Art9Condition,
  Condition,
  DeclaredField,
  DeclaredFieldType,
  DeclaredOption,
  Definition,
  DefinitionCheck,
  Page,
  PrivacyNotice,
  Purpose,
  Question,
  Scalar,
  Service,
  StagedDefinition,
} from './definition/index.js';

// ---- Planning and checking an intake ------------------------------------------------------
export { checkAnswers, journeyProgress, plan, serviceEligibility, suggestServices, validateAll, validatePage } from './engine/index.js';
export type { CheckAnswersRow, JourneyProgress, Plan, PlanInput, PlannedPage, PlannedQuestion, ServiceEligibility } from './engine/index.js';

// ---- Consent: records, rules, what each service is sent ----------------------------------
export {
  AddressDecisionSchema,
  BestInterestsSchema,
  CONSENT_RULES,
  CapacitySchema,
  ChildConsentSchema,
  ConsentEventSchema,
  ConsentRecordSchema,
  DisclosedHouseholdMemberSchema,
  DisclosedPurposeSchema,
  DisclosedStorySchema,
  DisclosureEnvelopeSchema,
  ExplicitStatementSchema,
  PractitionerOverrideSchema,
  PractitionerSchema,
  SafetyFlagsSchema,
  buildDisclosures,
  buildReceipt,
  checkConsentRules,
  checkDefinitionConsentRules,
  consentState,
  expire,
  give,
  markNoticeShown,
  previewDisclosures,
  privacyNoticeHash,
  recordCapacityAssessment,
  recordCompetenceAssessment,
  recordParentalConsent,
  recordPractitionerOverride,
  refuse,
  renderReceiptText,
  requestConsents,
  withdraw,
} from './consent/index.js';
export type {
  AddressDecision,
  ConsentActor,
  ConsentEvent,
  ConsentMethod,
  ConsentReceipt,
  ConsentRecord,
  ConsentRule,
  ConsentRuleNumber,
  DisclosedPurpose,
  DisclosedStory,
  DisclosureEnvelope,
  Practitioner,
  PractitionerOverride,
  SafetyFlags,
} from './consent/index.js';

// ---- Delivery: the endpoint, the outbox, drafts and receipts -----------------------------
export {
  DEFAULT_RETRY_POLICY,
  DeliveryStorageError,
  EndpointRequestError,
  PROBLEM_CONTENT_TYPE,
  SubmissionRejectedError,
  checkEndpointUrl,
  createDeviceDraftStorage,
  createDraftStore,
  createEncryptedOutbox,
  createEndpointDraftStorage,
  createIndexedDbDraftStorage,
  createIndexedDbOutbox,
  createMemoryOutbox,
  createSubmissionClient,
  openReceipt,
  routeSubmission,
  sendWithdrawal,
  wipeAll,
} from './delivery/index.js';
export type {
  Clock,
  DeliveryEvent,
  DeliveryListener,
  DeliveryReceipt,
  DeliveryResult,
  DraftStorage,
  DraftStore,
  DraftStoreOptions,
  FetchLike,
  Outbox,
  OutboxEntry,
  ProblemDetails,
  RandomBytes,
  RetryPolicy,
  Sleep,
  SubmissionClient,
  SubmissionClientOptions,
  SubmissionToSend,
} from './delivery/index.js';
