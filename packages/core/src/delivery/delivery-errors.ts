import { OneStoryError } from '../errors.js';
import type { ProblemDetails } from './problem.js';

/**
 * An endpoint refused a submission for good (a 4xx other than 408, 409 and 429): sending
 * it again would be refused again. Names the endpoint, the status and every issue the
 * endpoint listed, so the integrator can see what to fix. Never carries answers.
 */
export class SubmissionRejectedError extends OneStoryError {
  override name = 'SubmissionRejectedError';
  /** The submission the endpoint refused. */
  readonly submissionId: string;
  /** The URL that refused it. */
  readonly endpoint: string;
  /** The HTTP status. */
  readonly status: number;
  /** The endpoint's problem body, read leniently. */
  readonly problem: ProblemDetails;

  constructor(submissionId: string, endpoint: string, problem: ProblemDetails) {
    const issues = problem.issues ?? [];
    super(
      `${endpoint} refused submission ${submissionId} with ${problem.status} (${problem.title})` +
        (problem.detail ? `: ${problem.detail}` : '') +
        issues.map((issue) => `\n  - ${issue.path || '(root)'}: ${issue.message}`).join(''),
    );
    this.submissionId = submissionId;
    this.endpoint = endpoint;
    this.status = problem.status;
    this.problem = problem;
  }
}

/**
 * Storing or reading the device's OneStory data failed (IndexedDB refused, quota full,
 * a record that no longer decrypts). The original error is the `cause`.
 */
export class DeliveryStorageError extends OneStoryError {
  override name = 'DeliveryStorageError';
}
