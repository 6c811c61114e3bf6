import * as z from 'zod/mini';
import { SUBMISSION_SCHEMA_VERSION } from './constants.js';

/**
 * Sent when the person withdraws a consent after submitting. It goes to the same endpoint
 * as the submission; `kind` tells the two apart. It carries no personal data: the receiver
 * finds what to stop using by `recordId`.
 */
export const WithdrawalNoticeSchema = z.strictObject({
  /** Marks this payload as a withdrawal. */
  kind: z.literal('withdrawal'),
  /** Format version. */
  schemaVersion: z.literal(SUBMISSION_SCHEMA_VERSION),
  /** The submission the consent was sent with, when known. */
  submissionId: z.optional(z.uuid()),
  /** The consent record withdrawn. */
  recordId: z.uuid(),
  /** The service that must stop using the data. */
  serviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The purpose withdrawn. */
  purposeId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When the person withdrew. */
  withdrawnAt: z.iso.datetime(),
});
/** A withdrawal notice (see {@link WithdrawalNoticeSchema}). */
export type WithdrawalNotice = z.infer<typeof WithdrawalNoticeSchema>;
