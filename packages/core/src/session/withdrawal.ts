import { EndpointRequestError } from '../delivery/endpoint-request.js';
import type { WithdrawalProgress } from './types.js';

/**
 * How a withdrawal that could not be posted ends: refused for good when the endpoint said
 * no (a 4xx other than 429, so trying again would not help), else worth trying again.
 */
export function failedWithdrawal(error: unknown): WithdrawalProgress {
  const refused = error instanceof EndpointRequestError && error.status >= 400 && error.status < 500 && error.status !== 429;
  return { status: 'failed', refused };
}
