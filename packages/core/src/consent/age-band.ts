import { ageOn, type IsoDate } from '../story/rules.js';
import type { AgeBand } from './consent-record.schema.js';

/**
 * The age band that decides who may agree (rule 8): under 13 (an online service needs a
 * parent, UK GDPR Art 8), 13 to 15 (a competence assessment or a parent), 16 and 17, or
 * adult. `unknown` when no date of birth was given.
 */
export function ageBandOf(dateOfBirth: IsoDate | undefined, today: IsoDate): AgeBand {
  if (dateOfBirth === undefined) return 'unknown';
  const age = ageOn(dateOfBirth, today);
  if (age < 13) return 'under-13';
  if (age < 16) return '13-15';
  if (age < 18) return '16-17';
  return 'adult';
}
