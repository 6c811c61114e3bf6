import type { Definition } from '../definition/definition.schema.js';
import { envelopeToBundle } from '../fhir/bundle.js';
import { fetchFailureStatus, nextAttemptAt, type QueueSenderOptions } from './retry-backoff.js';
import type { ForwardJob } from './store/receiver-store.js';

/** Media type of FHIR's JSON format. */
export const FHIR_JSON = 'application/fhir+json';

/** Where a service takes its envelopes as FHIR R4 transaction Bundles. */
export interface FhirForwardTarget {
  /** The FHIR server's base URL (`https://fhir.trust.example/R4`): each Bundle is POSTed to it. */
  readonly baseUrl: string;
  /** The definitions submissions are made with: a Bundle's Questionnaire comes from the one the submission names. */
  readonly definitions: readonly Definition[];
  /** Sent as the `Authorization` header (`Bearer …`), if the server needs one; never logged or stored. */
  readonly authorization?: string;
  /** Base of OneStory's canonical URLs and code systems in the Bundle. Default `https://onestory.dev/fhir`. */
  readonly fhirBase?: string;
}

/** Options of {@link createFhirForwarder}; one attempt may take 30 s unless `timeoutMs` says otherwise. */
export type FhirForwarderOptions = QueueSenderOptions<FhirForwardTarget>;

/**
 * Forwards envelopes from the durable queue to each service's FHIR server, as the
 * transaction Bundle `envelopeToBundle` makes, retried with capped full-jitter backoff
 * until the server answers 2xx with a `transaction-response` Bundle.
 *
 * The queue row is written in the transaction that stores the submission, so nothing
 * stored is left unforwarded by a crash; a send that the server committed but whose
 * answer was lost is sent again, and makes no second copy there: the Bundle's ids are
 * derived from the submission and service, and every create is conditional on its
 * identifier (`ifNoneExist`). The Bundle is built when sent, from the envelope as the
 * service may see it then: a purpose withdrawn or purged before is not sent.
 *
 * `sendDue()` sends one batch and resolves to how many were delivered; the server calls
 * it on a timer.
 */
export function createFhirForwarder(options: FhirForwarderOptions): { sendDue(): Promise<number> } {
  const { store, targets, now, random = Math.random, baseDelayMs = 1000, maxDelayMs = 3_600_000, timeoutMs = 30_000 } = options;

  async function send(job: ForwardJob): Promise<boolean> {
    const target = targets.get(job.serviceId);
    const stored = target && (await store.submission(job.submissionId));
    const envelope = stored?.submission.disclosures.find((d) => d.serviceId === job.serviceId);
    if (!target || !stored || !envelope) {
      // No longer configured; or purged, or every purpose withdrawn: nothing the service may have is left.
      await store.forwardDelivered(job, new Date(now()), target ? 'nothing-to-send' : 'no-target');
      return false;
    }
    let status: string;
    const definition = target.definitions.find((d) => d.id === stored.submission.definition.id);
    if (!definition) {
      // Kept and retried: configuring the definition lets it through.
      status = 'no-definition';
    } else {
      const bundle = envelopeToBundle(stored.submission, envelope, definition, target.fhirBase ? { fhirBase: target.fhirBase } : {});
      try {
        const response = await fetch(target.baseUrl, {
          method: 'POST',
          headers: {
            'content-type': FHIR_JSON,
            accept: FHIR_JSON,
            'user-agent': 'OneStory-FHIR-Forward',
            ...(target.authorization ? { authorization: target.authorization } : {}),
          },
          body: JSON.stringify(bundle),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        const answer = (await response.json().catch(() => undefined)) as { resourceType?: unknown; type?: unknown } | undefined;
        if (response.ok && answer?.resourceType === 'Bundle' && answer.type === 'transaction-response') {
          await store.forwardDelivered(job, new Date(now()), String(response.status));
          return true;
        }
        // A 2xx that is not a transaction-response (a proxy's page, say) is not a delivery.
        status = response.ok ? `${response.status}-not-a-transaction-response` : String(response.status);
      } catch (error) {
        status = fetchFailureStatus(error);
      }
    }
    await store.forwardFailed(job, nextAttemptAt(now(), job.attempts, { baseDelayMs, maxDelayMs, random }), status);
    return false;
  }

  return {
    async sendDue() {
      const jobs = await store.claimForwards(new Date(now()), 10, timeoutMs * 3);
      const results = await Promise.all(jobs.map(send));
      return results.filter(Boolean).length;
    },
  };
}
