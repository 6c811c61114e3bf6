/** The version of the submission and withdrawal-notice formats a receiving server accepts. */
export const SUBMISSION_SCHEMA_VERSION = '1.0';

/** How a submission was made: the person online, a practitioner with them, or a partner system. */
export const SUBMISSION_CHANNELS = ['web', 'practitioner', 'api'] as const;
/** One of the {@link SUBMISSION_CHANNELS}. */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/**
 * The Submission schema's bounds on what an intake definition decides: consent records
 * (one per purpose), disclosures (one per service), purposes per disclosure, and fields
 * per record or disclosure. `loadDefinition` checks a definition against them, so that a
 * definition that loads never leads to a submission the endpoint refuses.
 */
export const SUBMISSION_LIMITS = { consents: 200, disclosures: 50, purposesPerDisclosure: 50, fields: 500 } as const;
