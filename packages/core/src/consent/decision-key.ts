// The key of one consent decision, on its own: the session keeps its choices by it from the
// first page on, long before the rest of the consent step's code is needed.

const SEPARATOR = '\u0000';

/** The key of a decision (who-agrees' `Decisions`): one per service and purpose. */
export const decisionKey = (serviceId: string, purposeId: string): string => `${serviceId}${SEPARATOR}${purposeId}`;

/** The service and purpose a {@link decisionKey} was made from. */
export function decisionOfKey(key: string): { readonly serviceId: string; readonly purposeId: string } {
  const [serviceId = '', purposeId = ''] = key.split(SEPARATOR);
  return { serviceId, purposeId };
}
