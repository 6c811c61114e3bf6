import * as z from 'zod/mini';
import { ConsentRecordSchema, PractitionerOverrideSchema } from '../consent/consent-record.schema.js';
import { DisclosureEnvelopeSchema } from '../consent/disclosure.schema.js';
import { IdSchema } from '../definition/condition.schema.js';
import { LanguageTagSchema } from '../definition/localized.schema.js';
import { SUBMISSION_CHANNELS, SUBMISSION_LIMITS, SUBMISSION_SCHEMA_VERSION } from './constants.js';
import { WithdrawalNoticeSchema } from './withdrawal-notice.schema.js';

export { WithdrawalNoticeSchema, type WithdrawalNotice } from './withdrawal-notice.schema.js';
export { SUBMISSION_SCHEMA_VERSION, SUBMISSION_CHANNELS, SUBMISSION_LIMITS, type SubmissionChannel } from './constants.js';

/** What a submission carries so its receipt code works later (see `generateReceiptCode`). */
export const ReceiptRegistrationSchema = z.strictObject({
  /** The code's first six symbols, which say where to look. */
  selector: z.string().check(z.regex(/^[2-9A-HJ-NP-Z]{6}$/, 'Use the six-symbol selector of a receipt code')),
  /** SHA-256 (64 lower-case hex digits) of the code's secret part. */
  verifierHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Use 64 lower-case hex digits')),
});
/** A receipt registration (see {@link ReceiptRegistrationSchema}). */
export type ReceiptRegistration = z.infer<typeof ReceiptRegistrationSchema>;

/**
 * A finished Story as posted to an endpoint: the consent records, any practitioner
 * decisions, and one disclosure envelope per recipient. Nothing else leaves the browser.
 * Synchronous checks only, and every array bounded, so a receiving server can
 * `safeParse` it quickly.
 */
export const SubmissionSchema = z.strictObject({
  /** Format version. */
  schemaVersion: z.literal(SUBMISSION_SCHEMA_VERSION),
  /** UUID made before the first attempt; doubles as the idempotency key. */
  submissionId: z.uuid(),
  /** When the submission was made. */
  createdAt: z.iso.datetime(),
  /** The language the person used. */
  locale: LanguageTagSchema,
  /** How it was made. */
  channel: z.enum(SUBMISSION_CHANNELS),
  /** The intake definition it was made with. */
  definition: z.strictObject({
    id: IdSchema,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  }),
  /** One consent record per chosen service and purpose. */
  consents: z.array(ConsentRecordSchema).check(z.maxLength(SUBMISSION_LIMITS.consents)),
  /** Recorded decisions to share without consent (practitioner mode). */
  overrides: z.array(PractitionerOverrideSchema).check(z.maxLength(20)),
  /** One envelope per recipient service. */
  disclosures: z.array(DisclosureEnvelopeSchema).check(z.maxLength(SUBMISSION_LIMITS.disclosures)),
  /**
   * Lets the person reopen their receipt, and withdraw, with the receipt code only they
   * hold: its selector and the SHA-256 of its secret part (never the code itself).
   */
  receipt: z.optional(ReceiptRegistrationSchema),
});
/** A submission (see {@link SubmissionSchema}). */
export type Submission = z.infer<typeof SubmissionSchema>;

/** Anything an endpoint accepts: a submission, or a later withdrawal notice (`kind: 'withdrawal'`). */
export const EndpointPayloadSchema = z.union([SubmissionSchema, WithdrawalNoticeSchema]);
/** A submission or a withdrawal notice. */
export type EndpointPayload = z.infer<typeof EndpointPayloadSchema>;
