// The key of one consent decision, on its own: the session keeps its choices by it from the
// first page on, long before the rest of the consent step's code is needed.

/** The key of a decision (who-agrees' `Decisions`): one per service and purpose. */
export const decisionKey = (serviceId: string, purposeId: string): string => `${serviceId}\u0000${purposeId}`;
