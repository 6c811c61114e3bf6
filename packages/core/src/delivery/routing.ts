import type { Submission } from '../submission/submission.schema.js';

/** One POST of a delivery: which endpoint gets which services' part of the submission. */
export interface DeliveryPart {
  /** Where it is posted. */
  readonly endpoint: string;
  /** Services whose disclosures it carries. */
  readonly serviceIds: readonly string[];
  /** The submission as that endpoint receives it. */
  readonly submission: Submission;
}

/**
 * Splits a submission between endpoints. A service with its own endpoint (the envelope's
 * `endpoint`, or `serviceEndpoints[serviceId]`, which wins) gets a submission holding only
 * its own disclosure, consent records and practitioner decisions — never another service's.
 * Everything else goes to `defaultEndpoint` in one submission (sent even when it has no
 * disclosures, if no other endpoint gets anything, so nothing is silently dropped).
 * Every part keeps the same `submissionId`, which is each endpoint's idempotency key.
 */
export function routeSubmission(
  submission: Submission,
  defaultEndpoint: string,
  serviceEndpoints: Readonly<Record<string, string>>,
): DeliveryPart[] {
  const byEndpoint = new Map<string, string[]>();
  for (const disclosure of submission.disclosures) {
    const endpoint = serviceEndpoints[disclosure.serviceId] ?? disclosure.endpoint ?? defaultEndpoint;
    const services = byEndpoint.get(endpoint) ?? [];
    if (!services.includes(disclosure.serviceId)) services.push(disclosure.serviceId);
    byEndpoint.set(endpoint, services);
  }
  if (byEndpoint.size === 0 || (byEndpoint.size === 1 && byEndpoint.has(defaultEndpoint))) {
    return [{ endpoint: defaultEndpoint, serviceIds: byEndpoint.get(defaultEndpoint) ?? [], submission }];
  }
  return [...byEndpoint].map(([endpoint, serviceIds]) => ({
    endpoint,
    serviceIds,
    submission: restrictToServices(submission, new Set(serviceIds)),
  }));
}

/** The submission as seen by the given services only. */
export function restrictToServices(submission: Submission, services: ReadonlySet<string>): Submission {
  return {
    ...submission,
    consents: submission.consents.filter((record) => services.has(record.serviceId)),
    overrides: submission.overrides.flatMap((override) => {
      const disclosed = override.disclosed.filter((item) => services.has(item.serviceId));
      return disclosed.length === 0 ? [] : [{ ...override, disclosed }];
    }),
    disclosures: submission.disclosures.filter((disclosure) => services.has(disclosure.serviceId)),
  };
}

/**
 * Service id → endpoint for every service of a definition that has its own, ready for the
 * client's `serviceEndpoints` option. Takes any `{ services: [{ id, endpoint? }] }`.
 */
export function serviceEndpointsOf(definition: {
  readonly services: readonly { readonly id: string; readonly endpoint?: string | undefined }[];
}): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const service of definition.services) if (service.endpoint) endpoints[service.id] = service.endpoint;
  return endpoints;
}
