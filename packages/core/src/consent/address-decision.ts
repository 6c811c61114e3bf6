import type { Definition } from '../definition/definition.schema.js';
import type { Story } from '../story/story.schema.js';
import type { AddressDecision, SafeWay } from './disclosure.schema.js';
import { chosenServicesOf } from './purposes.js';
import { safetyFlagsOf } from './safety-flags.js';

// A service that contacts the household could reach, at the applicant's address, the person
// they are afraid of. Withholding the address from it must never be silent while its referral
// needs one (issue 20): the person decides, per such service, what it gets instead.

/**
 * The chosen services (ids, in definition order) that contact the household and require the
 * person's address for a purpose, while someone the person is afraid of is in the household:
 * each needs an {@link AddressDecision} before its referral can be sent.
 */
export function servicesNeedingAddressDecision(definition: Definition, story: Story, chosenServices: readonly string[]): string[] {
  // No address given, nothing to withhold.
  if (!story.contact?.address || !safetyFlagsOf(story).fearedPersonPresent) return [];
  return servicesReachingHousehold(definition, chosenServices);
}

/**
 * The chosen services (ids, in definition order) that contact the household and require the
 * person's address: each needs an address decision should someone feared live there.
 */
export function servicesReachingHousehold(definition: Definition, chosenServices: readonly string[]): string[] {
  return chosenServicesOf(definition, chosenServices)
    .filter((service) => service.contactsHousehold === true && service.purposes.some((purpose) => purpose.requires.includes('contact.address')))
    .map((service) => service.id);
}

/** The ways to reach the person without their address that they marked safe, in {@link SAFE_WAYS} order. */
export function safeWaysOf(story: Story): SafeWay[] {
  const safe = story.contact?.safeContact;
  if (!safe) return [];
  const ways: SafeWay[] = [];
  if (safe.call.safe && story.contact?.phone) ways.push('call');
  if (safe.text.safe && story.contact?.phone) ways.push('text');
  if (safe.email.safe && story.contact?.email) ways.push('email');
  if (safe.alternative) ways.push('alternative');
  return ways;
}

/**
 * A decision being made on screen: complete, or "a safe address instead" chosen before the
 * address is written in full.
 */
export type AddressChoice = AddressDecision | { readonly choice: 'safe-address'; readonly address?: undefined };

/** True when `choice` is a whole decision, that a submission can carry. */
export function isAddressDecision(choice: AddressChoice | undefined): choice is AddressDecision {
  return choice !== undefined && (choice.choice !== 'safe-address' || choice.address !== undefined);
}

/**
 * Why an address decision cannot stand: none made, a safe address chosen but not given in
 * full, or a way chosen that the person did not mark safe.
 */
export type AddressDecisionProblem = 'undecided' | 'no-safe-address' | 'not-marked-safe';

/**
 * What stops one service's referral for want of an address, or `undefined` when it can go:
 * with neither an address nor a safe way the person already marked safe, it is not sent.
 */
export function addressDecisionProblem(decision: AddressChoice | undefined, story: Story): AddressDecisionProblem | undefined {
  if (!decision) return 'undecided';
  if (decision.choice === 'safe-address') return decision.address ? undefined : 'no-safe-address';
  if (decision.choice !== 'safe-way') return undefined;
  const safe = new Set(safeWaysOf(story));
  return decision.ways.every((way) => safe.has(way)) ? undefined : 'not-marked-safe';
}

/**
 * The problem with each service's address decision, by service id: empty when every referral
 * that needs the address has one, or an agreed safe way to reach the person instead.
 */
export function addressDecisionProblems(
  definition: Definition,
  story: Story,
  chosenServices: readonly string[],
  decisions: Readonly<Record<string, AddressChoice>>,
): Readonly<Record<string, AddressDecisionProblem>> {
  const problems: Record<string, AddressDecisionProblem> = {};
  for (const serviceId of servicesNeedingAddressDecision(definition, story, chosenServices)) {
    const problem = addressDecisionProblem(decisions[serviceId], story);
    if (problem) problems[serviceId] = problem;
  }
  return problems;
}
