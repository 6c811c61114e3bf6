import { OneStoryError } from '../errors.js';

/** A FHIR export was asked for something the input cannot give (an unknown service, an envelope from another definition). */
export class FhirExportError extends OneStoryError {
  override name = 'FhirExportError';
}
