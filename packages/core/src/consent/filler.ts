// Who is filling in the form, on its own: the first page needs it (how many consent screens
// the journey has, for its progress) long before the rest of the consent step's code.
import type { Answers, FieldPath } from '../story/fields.js';

/** Who is filling in the form (the Story's `referrer.type`; `self` when not asked). */
export type Filler = 'self' | 'parent' | 'professional';

/** Who is filling in the form, from the answers. */
export function fillerOf(answers: Answers): Filler {
  const type = (answers as Readonly<Record<string, unknown>>)['referrer.type'];
  return type === 'parent' || type === 'professional' ? type : 'self';
}

/**
 * How many screens the consent step has: a professional first says how the person agreed,
 * then the decisions (or sharing without consent, or a best-interests decision) follow on
 * a second screen; anyone else decides on one. Decided by who is filling in. A last screen
 * decides the address with the person (see `servicesNeedingAddressDecision`): `needed` now,
 * or `possible` with the services chosen, when the household and the address decide it.
 * (The engine's `journeyProgress` counts them.)
 */
export function consentScreensOf(
  answers: Answers,
  address: 'none' | 'possible' | 'needed' = 'none',
): { readonly count: number; readonly decidedBy: readonly FieldPath[] } {
  const count = (fillerOf(answers) === 'professional' ? 2 : 1) + (address === 'needed' ? 1 : 0);
  return { count, decidedBy: address === 'none' ? ['referrer.type'] : ['referrer.type', 'household.members', 'contact.address'] };
}
