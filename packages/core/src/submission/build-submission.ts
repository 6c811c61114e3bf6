import { addressDecisionProblems, type AddressDecisionProblem } from '../consent/address-decision.js';
import { buildDisclosures } from '../consent/disclosure.js';
import type { ConsentRecord, PractitionerOverride } from '../consent/consent-record.schema.js';
import type { AddressDecision } from '../consent/disclosure.schema.js';
import { checkConsentRules } from '../consent/rules.js';
import type { Definition } from '../definition/definition.schema.js';
import { ValidationError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { isoDateOf } from '../story/rules.js';
import type { Story } from '../story/story.schema.js';
import { SUBMISSION_SCHEMA_VERSION, type SubmissionChannel } from './constants.js';
import type { ReceiptRegistration, Submission } from './submission.schema.js';

/** What a submission is made from. */
export interface SubmissionInput {
  readonly definition: Definition;
  /** The Story (parsed stage), e.g. the engine plan's `story`. */
  readonly story: Story;
  readonly chosenServices: readonly string[];
  readonly consents: readonly ConsentRecord[];
  readonly overrides?: readonly PractitionerOverride[];
  /** What the person decided about their address, by service id (see `servicesNeedingAddressDecision`). */
  readonly addressDecisions?: Readonly<Record<string, AddressDecision>>;
  readonly locale: Locale;
  readonly channel: SubmissionChannel;
  /** The receipt code's registration, when the person is given one (see `generateReceiptCode`). */
  readonly receipt?: ReceiptRegistration;
}

const ADDRESS_PROBLEM_MESSAGES: Readonly<Record<AddressDecisionProblem, string>> = {
  undecided:
    'this service contacts the household and needs the address, and someone in it is feared: give the decision made with the person (a safe address, safe ways they marked, or their address with the risk explained; see servicesNeedingAddressDecision).',
  'no-safe-address': 'a safe address was chosen but not given in full: give line1, town and postcode.',
  'not-marked-safe': 'a safe way was chosen that the person did not mark safe in contact.safeContact (or has no phone or email for it).',
};

/**
 * Builds the submission to post: checks the eleven lawful-basis rules, then builds one
 * disclosure envelope per recipient. `now` and `newId` are injected; `newId()` gives the
 * submission id, made once, before the first delivery attempt. Throws a
 * {@link ValidationError} listing every broken rule: nothing unlawful is ever sent. A
 * service that contacts the household and needs the address of someone who fears a person
 * in it needs their decision in `addressDecisions` (see `servicesNeedingAddressDecision`).
 */
export function buildSubmission(input: SubmissionInput, options: { readonly now: Date; readonly newId: () => string }): Submission {
  const overrides = input.overrides ?? [];
  const violations = checkConsentRules({
    definition: input.definition,
    chosenServices: input.chosenServices,
    consents: input.consents,
    overrides,
    story: input.story,
    channel: input.channel,
    today: isoDateOf(options.now),
  });
  if (violations.length > 0) {
    throw new ValidationError(
      `The submission breaks ${violations.length} lawful-basis rule check(s):`,
      violations.map((v) => ({ path: v.path, code: `rule-${v.rule}:${v.code}`, message: v.message })),
    );
  }
  // Never withheld silently: a referral that needs the address of someone who fears a person
  // in their household goes only with their decision about it (issue 20).
  const undecided = Object.entries(addressDecisionProblems(input.definition, input.story, input.chosenServices, input.addressDecisions ?? {}));
  if (undecided.length > 0) {
    throw new ValidationError(
      `The submission needs the person's decision about their address for ${undecided.length} service(s):`,
      undecided.map(([serviceId, problem]) => ({
        path: `addressDecisions.${serviceId}`,
        code: `address-${problem}`,
        message: ADDRESS_PROBLEM_MESSAGES[problem],
      })),
    );
  }
  return {
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    submissionId: options.newId(),
    createdAt: options.now.toISOString(),
    locale: input.locale,
    channel: input.channel,
    definition: { id: input.definition.id, version: input.definition.version },
    consents: [...input.consents],
    overrides: [...overrides],
    disclosures: buildDisclosures(input.story, input.definition, input.chosenServices, input.consents, overrides, input.addressDecisions),
    ...(input.receipt && { receipt: input.receipt }),
  };
}
