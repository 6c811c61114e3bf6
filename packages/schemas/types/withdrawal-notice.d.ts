/**
 * Generated from json/withdrawal-notice.schema.json by @onestory/schemas (json-schema-to-typescript). Do not edit:
 * run `npm run generate -w @onestory/schemas`.
 */

/**
 * Sent when the person withdraws a consent after submitting. It goes to the same endpoint as the submission; `kind` tells the two apart. It carries no personal data: the receiver finds what to stop using by `recordId`.
 */
export interface WithdrawalNotice {
  /**
   * Marks this payload as a withdrawal.
   */
  kind: 'withdrawal';
  /**
   * Format version.
   */
  schemaVersion: '1.0';
  /**
   * The submission the consent was sent with, when known.
   */
  submissionId?: string;
  /**
   * The consent record withdrawn.
   */
  recordId: string;
  /**
   * The service that must stop using the data.
   */
  serviceId: string;
  /**
   * The purpose withdrawn.
   */
  purposeId: string;
  /**
   * When the person withdrew.
   */
  withdrawnAt: string;
}
