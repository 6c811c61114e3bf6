/** The version of the submission and withdrawal-notice formats a receiving server accepts. */
export const SUBMISSION_SCHEMA_VERSION = '1.0';

/** How a submission was made: the person online, a practitioner with them, or a partner system. */
export const SUBMISSION_CHANNELS = ['web', 'practitioner', 'api'] as const;
/** One of the {@link SUBMISSION_CHANNELS}. */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];
