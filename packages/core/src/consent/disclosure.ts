import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis, Purpose, Service } from '../definition/service.schema.js';
import { fieldOrderOf } from '../definition/declared-fields.js';
import { answersFromStory, storyFromAnswers, type FieldPath } from '../story/fields.js';
import type { Story } from '../story/story.schema.js';
import type { ConsentRecord, PractitionerOverride } from './consent-record.schema.js';
import type { AddressDecision, DisclosedPurpose, DisclosedStory, DisclosureEnvelope, WithheldReason } from './disclosure.schema.js';
import { purposeFields, serviceFields } from './purposes.js';
import { safetyFlagsOf } from './safety-flags.js';
import { agreementOf } from './state.js';

/** The fields one purpose lets through, or the reason it lets none through. */
type PurposeOutcome =
  | { readonly allowed: true; readonly fields: readonly FieldPath[]; readonly entry: DisclosedPurpose }
  | { readonly allowed: false; readonly fields: readonly FieldPath[]; readonly reason: WithheldReason };

/** The record(s) for one service and purpose. Duplicates must all agree (rule 6 reports them). */
function purposeOutcome(service: Service, purpose: Purpose, consents: readonly ConsentRecord[]): PurposeOutcome {
  const fields = purposeFields(purpose);
  const records = consents.filter((record) => record.serviceId === service.id && record.purposeId === purpose.id);
  if (records.length === 0) return { allowed: false, fields, reason: 'no-record' };
  let basis: Art6Basis | undefined;
  for (const record of records) {
    const agreement = agreementOf(record);
    if (!agreement.agreed) return { allowed: false, fields, reason: agreement.reason };
    basis ??= agreement.basis;
  }
  const record = records[0]!;
  // The person agreed to the fields on the record; the service gets no more than those.
  const agreedFields = new Set(records.flatMap((r) => r.fields));
  const allowedFields = fields.filter((field) => agreedFields.has(field));
  const entry: DisclosedPurpose = {
    purposeId: purpose.id,
    basis: basis!,
    ...(purpose.specialCategory && { specialCategory: purpose.specialCategory }),
    consentRecordId: record.recordId,
  };
  return { allowed: true, fields: allowedFields, entry };
}

/** Marks every household member the applicant is afraid of `doNotContact`. */
function flagFearedMembers(story: Story): DisclosedStory {
  if (!story.household) return story;
  return {
    ...story,
    household: {
      members: story.household.members.map((member) =>
        member.roles.includes('feared') ? { ...member, doNotContact: true as const } : member,
      ),
    },
  };
}

function envelopeFor(
  definition: Definition,
  service: Service,
  answers: ReturnType<typeof answersFromStory>,
  consents: readonly ConsentRecord[],
  overrides: readonly PractitionerOverride[],
  fullStory: Story,
  addressDecision: AddressDecision | undefined,
): DisclosureEnvelope | undefined {
  const needed = new Set(serviceFields(service, definition));
  const covered = new Set<FieldPath>();
  const withheld = new Map<FieldPath, WithheldReason>();
  const purposes: DisclosedPurpose[] = [];

  for (const purpose of service.purposes) {
    const outcome = purposeOutcome(service, purpose, consents);
    if (outcome.allowed) {
      purposes.push(outcome.entry);
      outcome.fields.forEach((field) => covered.add(field));
      purposeFields(purpose)
        .filter((field) => !outcome.fields.includes(field))
        .forEach((field) => withheld.has(field) || withheld.set(field, 'not-in-record'));
    } else {
      outcome.fields.forEach((field) => withheld.has(field) || withheld.set(field, outcome.reason));
    }
  }

  for (const override of overrides) {
    const shared = override.disclosed
      .filter((entry) => entry.serviceId === service.id)
      .flatMap((entry) => entry.fields)
      .filter((field) => needed.has(field));
    if (shared.length === 0) continue;
    shared.forEach((field) => covered.add(field));
    for (const purpose of service.purposes) {
      if (!purposeFields(purpose).some((field) => shared.includes(field))) continue;
      purposes.push({
        purposeId: purpose.id,
        basis: override.basis,
        ...(override.specialCategory && { specialCategory: override.specialCategory }),
        overrideId: override.overrideId,
      });
    }
  }

  if (purposes.length === 0) return undefined;

  const flags = safetyFlagsOf(fullStory);
  // A service that may contact the household could reach the person the applicant fears:
  // it gets their address only as they decided (a safe address instead, or their own with
  // the risk explained); otherwise never, and the decision travels with the envelope.
  const atRisk = flags.fearedPersonPresent && service.contactsHousehold === true && covered.has('contact.address');
  const decided = atRisk ? addressDecision : undefined;
  if (atRisk && decided?.choice !== 'share-address' && decided?.choice !== 'safe-address') {
    covered.delete('contact.address');
    withheld.set('contact.address', 'feared-person');
  }
  if (decided?.choice === 'safe-address') answers = { ...answers, 'contact.address': decided.address };
  covered.forEach((field) => withheld.delete(field));

  const order = fieldOrderOf(definition);
  const fields = order.filter((field) => covered.has(field) && answers[field] !== undefined);
  return {
    serviceId: service.id,
    orukId: service.orukId,
    organisation: service.organisation,
    ...(service.endpoint !== undefined && { endpoint: service.endpoint }),
    purposes,
    fields,
    story: flagFearedMembers(storyFromAnswers(answers, fields)),
    withheld: order.filter((field) => withheld.has(field)).map((field) => ({ field, reason: withheld.get(field)! })),
    flags,
    ...(decided && { addressDecision: decided }),
  };
}

/**
 * One envelope per chosen service the person agreed to share with (or that a recorded
 * practitioner decision covers), holding only the fields that service's purposes use and
 * that an agreement or another lawful basis allows:
 * - a consent-based purpose needs a given, unwithdrawn consent; any other basis needs the
 *   common-law agreement to share; an adult lacking capacity needs a best-interests decision;
 * - practitioner overrides count only when the definition enables practitioner mode, and
 *   even then never add a field the service does not use;
 * - a service with no agreed purpose gets no envelope at all;
 * - a service that contacts the household never gets the applicant's address when someone
 *   in the household is a person they are afraid of, and that person is marked
 *   `doNotContact` wherever the household is sent;
 * - unless the person decided otherwise for that service (`addressDecisions`, by service id;
 *   see `servicesNeedingAddressDecision`): a safe address sent in place of theirs, or
 *   their own address with the risk explained; a decision to be reached only by safe ways
 *   keeps the address withheld. The decision is in the envelope as `addressDecision`.
 *
 * Takes the Story at its parsed stage and returns the disclosed stage: nothing else may
 * leave the browser.
 */
export function buildDisclosures(
  story: Story,
  definition: Definition,
  chosenServices: readonly string[],
  consents: readonly ConsentRecord[],
  overrides: readonly PractitionerOverride[] = [],
  addressDecisions: Readonly<Record<string, AddressDecision>> = {},
): DisclosureEnvelope[] {
  const answers = answersFromStory(story);
  const wanted = new Set(chosenServices);
  const applicable = definition.settings?.practitionerMode === true ? overrides : [];
  return definition.services
    .filter((service) => wanted.has(service.id))
    .map((service) => envelopeFor(definition, service, answers, consents, applicable, story, addressDecisions[service.id]))
    .filter((envelope): envelope is DisclosureEnvelope => envelope !== undefined);
}
