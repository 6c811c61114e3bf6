import type { Submission } from '@onestory/core';

/** A submission as the test endpoint stored it. */
export interface StoredRecord {
  readonly reference: string;
  readonly submissionId: string;
  readonly receivedAt: string;
  readonly submission: Submission;
}

/**
 * The real HTTP endpoint on 127.0.0.1 that web-test-runner.config.mjs starts for the
 * whole browser run (see scripts/lib/wtr-endpoint.mjs).
 */
export interface TestEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:40123` (a different origin from the test page). */
  readonly url: string;
  /** Every submission the endpoint has stored so far, oldest first. */
  submissions(): Promise<StoredRecord[]>;
  /** A second endpoint whose clock {@link TestEndpoint.advanceClock} moves. */
  readonly clockUrl: string;
  /** Moves the second endpoint's clock on by `ms`. */
  advanceClock(ms: number): Promise<void>;
  /** Every withdrawal notice it has stored, oldest first. */
  withdrawals(): Promise<{ readonly reference: string; readonly notice: { readonly recordId: string } }[]>;
}

export async function testEndpoint(): Promise<TestEndpoint> {
  const { endpointUrl, clockEndpointUrl } = await getJson<{ endpointUrl: string; clockEndpointUrl: string }>('/__env.json');
  return {
    url: endpointUrl,
    clockUrl: clockEndpointUrl,
    advanceClock: async (ms) => void (await getJson(`/__endpoint/clock?advanceMs=${ms}`)),
    submissions: async () => (await getJson<{ submissions: StoredRecord[] }>('/__endpoint/submissions')).submissions,
    withdrawals: async () => (await getJson<{ withdrawals: [] }>('/__endpoint/withdrawals')).withdrawals,
  };
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
