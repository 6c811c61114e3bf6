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

/**
 * Builds the submission to post: checks the eleven lawful-basis rules, then builds one
 * disclosure envelope per recipient. `now` and `newId` are injected; `newId()` gives the
 * submission id, made once, before the first delivery attempt. Throws a
 * {@link ValidationError} listing every broken rule: nothing unlawful is ever sent.
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
