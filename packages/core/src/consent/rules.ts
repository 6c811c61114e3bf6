import type { Definition } from '../definition/definition.schema.js';
import type { Art6Basis, Art9Condition, Purpose, Service } from '../definition/service.schema.js';
import type { IsoDate } from '../story/rules.js';
import type { Story } from '../story/story.schema.js';
import type { SubmissionChannel } from '../submission/constants.js';
import { ageBandOf } from './age-band.js';
import { decisionKey } from './decision-key.js';
import type { ConsentRecord, OverrideReason, PractitionerOverride } from './consent-record.schema.js';
import { privacyNoticeHash } from './notice-hash.js';
import { chosenServicesOf, findPurpose, needsExplicitStatement, purposeFields, serviceFields, specialFields } from './purposes.js';
import { agreementOf, consentState, lastEvent } from './state.js';

/** The numbers of the eleven lawful-basis rules (see PRODUCT.md). */
export type ConsentRuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** A broken lawful-basis rule, as data: which rule, a stable code, where, and what is wrong. */
export interface ConsentViolation {
  readonly rule: ConsentRuleNumber;
  /** Stable machine-readable code, e.g. `duty-to-refer-without-authority`. */
  readonly code: string;
  /** Where, e.g. `consents[3].events[1]` or `definition.services[0].purposes[1]`. */
  readonly path: string;
  /** Plain-English explanation for the developer or information-governance officer. */
  readonly message: string;
}

/** Everything the rules look at. */
export interface ConsentRuleInput {
  readonly definition: Definition;
  /** Ids of the services the person chose. */
  readonly chosenServices: readonly string[];
  /** One record per service and purpose. */
  readonly consents: readonly ConsentRecord[];
  /** Practitioner decisions to share without consent. */
  readonly overrides?: readonly PractitionerOverride[];
  /** The Story (parsed stage) that would be disclosed. */
  readonly story: Story;
  /** How the submission is being made; overrides need `practitioner`. */
  readonly channel?: SubmissionChannel;
  /** Today, to check each record's age band against the date of birth. */
  readonly today?: IsoDate;
}

/** One named, documented lawful-basis rule. */
export interface ConsentRule {
  readonly rule: ConsentRuleNumber;
  /** The check's name (also its function name). */
  readonly name: string;
  /** The rule, in one sentence. */
  readonly summary: string;
  readonly check: (input: ConsentRuleInput) => ConsentViolation[];
}

/** A record with where it is and what it is for. `purpose` is absent for an unknown one. */
interface RecordContext {
  readonly record: ConsentRecord;
  readonly path: string;
  readonly service: Service | undefined;
  readonly purpose: Purpose | undefined;
}

function records(input: ConsentRuleInput): RecordContext[] {
  return input.consents.map((record, i) => ({
    record,
    path: `consents[${i}]`,
    service: input.definition.services.find((service) => service.id === record.serviceId),
    purpose: findPurpose(input.definition, record.serviceId, record.purposeId),
  }));
}

/** Each chosen service's purposes, with their path in the definition. */
function chosenPurposes(input: ConsentRuleInput): { service: Service; purpose: Purpose; path: string }[] {
  return chosenServicesOf(input.definition, input.chosenServices).flatMap((service) => {
    const si = input.definition.services.indexOf(service);
    return service.purposes.map((purpose, pi) => ({ service, purpose, path: `definition.services[${si}].purposes[${pi}]` }));
  });
}

const violation =
  (rule: ConsentRuleNumber) =>
  (code: string, path: string, message: string): ConsentViolation => ({ rule, code, path, message });

// Art 9(2)(b), (g), (h), (i) and (j) only apply with a DPA 2018 Schedule 1 condition.
const NEEDS_SCHEDULE_1: ReadonlySet<Art9Condition['condition']> = new Set(['b', 'g', 'h', 'i', 'j']);

const sameCondition = (a: Art9Condition | undefined, b: Art9Condition | undefined): boolean =>
  a?.condition === b?.condition && a?.schedule1Paragraph === b?.schedule1Paragraph;

function art9Problems(
  v: ReturnType<typeof violation>,
  condition: Art9Condition | undefined,
  usesSpecial: boolean,
  path: string,
  what: string,
): ConsentViolation[] {
  if (usesSpecial && !condition) {
    return [v('missing-art9-condition', `${path}.specialCategory`, `${what} uses special category data but names no Art 9 condition.`)];
  }
  if (condition && NEEDS_SCHEDULE_1.has(condition.condition) && !condition.schedule1Paragraph) {
    return [
      v('missing-schedule1-paragraph', `${path}.specialCategory.schedule1Paragraph`,
        `Art 9(2)(${condition.condition}) needs a DPA 2018 Schedule 1 paragraph (e.g. 18 for safeguarding).`),
    ];
  }
  return [];
}

/**
 * Rule 1: every purpose has exactly one UK GDPR Art 6 basis; one that touches special
 * category data also has an Art 9 condition, and conditions (b), (g), (h), (i), (j) name a
 * DPA 2018 Schedule 1 paragraph. Records and overrides carry the same basis and condition.
 */
export function everyPurposeHasALawfulBasis(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(1);
  const out: ConsentViolation[] = [];
  for (const { purpose, path } of chosenPurposes(input)) {
    const usesSpecial = specialFields(purposeFields(purpose), input.definition).length > 0;
    out.push(...art9Problems(v, purpose.specialCategory, usesSpecial, path, `Purpose "${purpose.id}"`));
  }
  for (const { record, path, purpose } of records(input)) {
    if (!purpose) continue;
    // A consent basis recorded for a non-consent purpose is rule 3's concern.
    if (record.basis !== purpose.basis && record.basis !== 'consent') {
      out.push(v('basis-mismatch', `${path}.basis`, `The record says "${record.basis}" but purpose "${purpose.id}" rests on "${purpose.basis}".`));
    }
    if (!sameCondition(record.specialCategory, purpose.specialCategory)) {
      out.push(v('art9-mismatch', `${path}.specialCategory`, `The record's Art 9 condition differs from purpose "${purpose.id}"'s.`));
    }
  }
  (input.overrides ?? []).forEach((override, i) => {
    const usesSpecial = override.disclosed.some((entry) => specialFields(entry.fields, input.definition).length > 0);
    out.push(...art9Problems(v, override.specialCategory, usesSpecial, `overrides[${i}]`, 'This override'));
  });
  return out;
}

/**
 * Rule 2: a public body doing its statutory job relies on public task or legal obligation,
 * not consent; consent is the basis only where saying no costs the person nothing. So a
 * public body's core referral never rests on consent, and an optional purpose is never
 * what a referral depends on (see `buildDisclosures`: refusing one removes only its data).
 */
export function refusingOptionalCostsNothing(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(2);
  return chosenPurposes(input)
    .filter(({ service, purpose }) =>
      purpose.core && purpose.basis === 'consent' && (service.organisation.type === 'public-body' || service.organisation.type === 'nhs'))
    .map(({ service, purpose, path }) =>
      v('public-body-core-consent', `${path}.basis`,
        `"${service.id}" is a public body: its core purpose "${purpose.id}" should rest on public task or legal obligation, so that saying no to optional extras costs nothing.`));
}

/**
 * Rule 3: the GDPR basis and the common-law agreement to share are separate fields. The
 * person agreeing never turns a purpose's basis into consent, and an agreement is recorded
 * in its own right, with time and actor, matching the latest decision.
 */
export function agreementIsSeparateFromBasis(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(3);
  const out: ConsentViolation[] = [];
  for (const { record, path, purpose } of records(input)) {
    if (purpose && record.basis === 'consent' && purpose.basis !== 'consent') {
      out.push(v('agreement-recorded-as-basis', `${path}.basis`,
        `Purpose "${purpose.id}" rests on "${purpose.basis}": the person's agreement belongs in agreementToShare, not in the GDPR basis.`));
    }
    const state = consentState(record);
    const agreement = record.agreementToShare;
    if (state === 'given' && (agreement.status !== 'agreed' || agreement.at === undefined || agreement.actor === undefined)) {
      out.push(v('agreement-not-recorded', `${path}.agreementToShare`, 'The person agreed, but the agreement to share is not recorded with its time and actor.'));
    } else if (state !== 'given' && agreement.status === 'agreed') {
      out.push(v('agreement-without-decision', `${path}.agreementToShare`, `The agreement to share says "agreed" but the latest decision is "${state}".`));
    }
  }
  return out;
}

/**
 * Rule 4: where the basis is consent, the record holds the notice version, and each
 * decision its time, method and who made it (a person, never the system); events are in
 * time order; and every method that can give consent can also withdraw it.
 */
export function consentIsRecordedAndWithdrawable(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(4);
  const out: ConsentViolation[] = [];
  for (const { record, path } of records(input)) {
    if (record.basis !== 'consent') continue;
    record.events.forEach((event, e) => {
      const at = `${path}.events[${e}]`;
      if (e > 0 && Date.parse(event.at) < Date.parse(record.events[e - 1]!.at)) {
        out.push(v('events-out-of-order', at, 'Events must be in the order they happened.'));
      }
      if ((event.type === 'given' || event.type === 'withdrawn') && event.actor === 'system') {
        out.push(v('decision-by-system', `${at}.actor`, `Consent is ${event.type} by a person, never by the system.`));
      }
      if (event.type === 'given' && !record.withdrawalMethod.methods.includes(event.method)) {
        out.push(v('withdrawal-harder-than-giving', `${path}.withdrawalMethod.methods`,
          `Consent was given by "${event.method}", so it must be possible to withdraw it the same way.`));
      }
    });
  }
  return out;
}

/**
 * Rule 5: explicit consent for special category data is a separate statement naming that
 * data, agreed to on its own when consent is given.
 */
export function specialDataNeedsExplicitStatement(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(5);
  const out: ConsentViolation[] = [];
  for (const { record, path, purpose } of records(input)) {
    if (!purpose || !needsExplicitStatement(purpose, input.definition)) continue;
    const statement = record.explicitSpecialCategoryStatement;
    if (!statement) {
      out.push(v('explicit-statement-missing', `${path}.explicitSpecialCategoryStatement`,
        `Purpose "${purpose.id}" uses special category data on consent: it needs a separate explicit statement naming that data.`));
      continue;
    }
    const unnamed = specialFields(record.fields, input.definition).filter((field) => !statement.fields.includes(field));
    if (unnamed.length > 0) {
      out.push(v('explicit-statement-incomplete', `${path}.explicitSpecialCategoryStatement.fields`, `The statement does not name: ${unnamed.join(', ')}.`));
    }
    if (consentState(record) === 'given' && statement.agreedAt === undefined) {
      out.push(v('explicit-statement-not-agreed', `${path}.explicitSpecialCategoryStatement.agreedAt`,
        'Consent was given without agreeing to the separate special category statement.'));
    }
  }
  return out;
}

/**
 * Rule 6: agreement is per receiving service and purpose, never one blanket tick: one
 * record for each purpose of each chosen service, none for anything else, each naming
 * exactly its one recipient and no field beyond its purpose.
 */
export function agreementIsPerServiceAndPurpose(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(6);
  const out: ConsentViolation[] = [];
  const chosen = new Set(input.chosenServices);
  const seen = new Set<string>();
  for (const { record, path, purpose } of records(input)) {
    const key = decisionKey(record.serviceId, record.purposeId);
    if (!purpose || !chosen.has(record.serviceId)) {
      out.push(v('unknown-purpose', path, `No chosen service "${record.serviceId}" with purpose "${record.purposeId}".`));
      continue;
    }
    if (seen.has(key)) out.push(v('duplicate-record', path, `A second record for "${record.serviceId}" / "${record.purposeId}": one per service and purpose.`));
    seen.add(key);
    if (record.recipients.length !== 1 || record.recipients[0]!.serviceId !== record.serviceId) {
      out.push(v('blanket-recipients', `${path}.recipients`, `A record names exactly one recipient: "${record.serviceId}".`));
    }
    const allowed = new Set(purposeFields(purpose));
    const beyond = record.fields.filter((field) => !allowed.has(field));
    if (beyond.length > 0) out.push(v('fields-beyond-purpose', `${path}.fields`, `Purpose "${purpose.id}" does not use: ${beyond.join(', ')}.`));
  }
  for (const { service, purpose, path } of chosenPurposes(input)) {
    if (!seen.has(decisionKey(service.id, purpose.id))) {
      out.push(v('purpose-without-record', path, `No consent record for "${service.id}" / "${purpose.id}": each purpose is asked separately.`));
    }
  }
  return out;
}

// The Art 6 bases a practitioner may rely on for each reason to share without consent.
const OVERRIDE_BASES: Readonly<Record<OverrideReason, readonly Art6Basis[]>> = {
  'child-at-risk': ['public-task', 'legal-obligation', 'vital-interests'],
  'adult-at-risk': ['public-task', 'legal-obligation', 'vital-interests'],
  'vital-interests': ['vital-interests'],
  'crime-prevention': ['public-task', 'legal-obligation', 'legitimate-interests'],
};

/**
 * Rule 7: sharing without consent happens only in practitioner mode (for a child or adult
 * at risk, vital interests or crime prevention) and records who decided, why, when, what
 * went to whom, and whether the person was told (and if not, why not).
 */
export function overridesAreRecorded(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(7);
  const out: ConsentViolation[] = [];
  const practitionerMode = input.definition.settings?.practitionerMode === true;
  const chosen = chosenServicesOf(input.definition, input.chosenServices);
  (input.overrides ?? []).forEach((override, i) => {
    const path = `overrides[${i}]`;
    if (!practitionerMode) {
      out.push(v('practitioner-mode-off', path, 'Sharing without consent needs "practitionerMode": true in the definition settings.'));
    }
    if (input.channel !== undefined && input.channel !== 'practitioner') {
      out.push(v('override-outside-practitioner-channel', path, `Sharing without consent is only for the practitioner channel, not "${input.channel}".`));
    }
    if (!OVERRIDE_BASES[override.reason].includes(override.basis)) {
      out.push(v('override-basis-unsuitable', `${path}.basis`, `"${override.basis}" is not a basis for sharing without consent because of "${override.reason}".`));
    }
    if (!override.personTold && !override.notToldReason?.trim()) {
      out.push(v('not-told-without-reason', `${path}.notToldReason`, 'The person was not told: record why not.'));
    }
    override.disclosed.forEach((entry, d) => {
      const service = chosen.find((s) => s.id === entry.serviceId);
      if (!service) {
        out.push(v('override-unknown-service', `${path}.disclosed[${d}].serviceId`, `No chosen service "${entry.serviceId}".`));
        return;
      }
      const used = new Set(serviceFields(service, input.definition));
      const extra = entry.fields.filter((field) => !used.has(field));
      if (extra.length > 0) {
        out.push(v('override-field-not-needed', `${path}.disclosed[${d}].fields`, `"${service.id}" does not use: ${extra.join(', ')}.`));
      }
    });
  });
  return out;
}

/**
 * Rule 8: children. Under 13, an online consent-based service needs a parent's consent (UK
 * GDPR Art 8; from 13 the child may consent online, unless assessed as not competent);
 * under 16 otherwise, a competence (Gillick) assessment finding the child competent, a
 * parent's consent, or, for a purpose that does not rest on consent, a record that the
 * receiving service will assess competence. Each record's age band matches the date of birth.
 */
export function childrenHaveAParentOrCompetence(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(8);
  const out: ConsentViolation[] = [];
  const dateOfBirth = input.story.person?.dateOfBirth;
  const expected = input.today !== undefined && dateOfBirth !== undefined ? ageBandOf(dateOfBirth, input.today) : undefined;
  for (const { record, path } of records(input)) {
    // `unknown` is no mismatch: the date of birth may be answered after consent was asked.
    if (expected !== undefined && record.ageBand !== 'unknown' && record.ageBand !== expected) {
      out.push(v('age-band-mismatch', `${path}.ageBand`, `The date of birth puts the person in "${expected}", but the record says "${record.ageBand}".`));
    }
    const band = expected ?? record.ageBand;
    if ((band !== 'under-13' && band !== '13-15') || consentState(record) !== 'given') continue;
    const given = lastEvent(record, 'given')!;
    const parent = record.child?.parentalConsent !== undefined || given.actor === 'parent';
    const gillick = record.child?.gillick?.competent;
    if (record.basis === 'consent' && given.method === 'online') {
      // An online consent-based service: 13 is the age of digital consent (DPA 2018 s 9),
      // unless the child was assessed and found not competent.
      if (band === 'under-13' && !parent) {
        out.push(v('under-13-online-needs-parent', `${path}.child.parentalConsent`, 'A child under 13 cannot consent online alone: record a parent\'s consent.'));
      } else if (!parent && gillick === false) {
        out.push(v('under-16-needs-competence-or-parent', `${path}.child`, 'This child was assessed as not competent to decide: record a parent\'s consent.'));
      }
    } else if (!parent && gillick !== true && !(record.basis !== 'consent' && gillick === undefined && record.child?.competenceToBeAssessed)) {
      // A purpose that does not rest on consent may go with the competence assessment left
      // to the receiving service, recorded as such.
      out.push(v('under-16-needs-competence-or-parent', `${path}.child`,
        'For a child under 16, record a competence (Gillick) assessment, a parent\'s consent, or (where the purpose does not rest on consent) that the service will assess competence.'));
    }
  }
  return out;
}

/**
 * Rule 9: an adult who lacks capacity cannot consent. A best-interests decision is
 * recorded, and it rests on a basis other than consent.
 */
export function adultsLackingCapacityHaveBestInterests(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(9);
  const out: ConsentViolation[] = [];
  for (const { record, path } of records(input)) {
    if (!record.capacity || record.capacity.hasCapacity) continue;
    if (consentState(record) === 'given') {
      out.push(v('consent-without-capacity', `${path}.events`, 'The person lacks capacity for this decision, so they cannot agree: record a best-interests decision instead.'));
    }
    const decision = record.capacity.bestInterests;
    if (!decision) out.push(v('best-interests-missing', `${path}.capacity.bestInterests`, 'Record the best-interests decision made for the person.'));
    else if (decision.basis === 'consent') out.push(v('best-interests-on-consent', `${path}.capacity.bestInterests.basis`, 'A best-interests decision needs a basis other than consent.'));
  }
  return out;
}

/**
 * Rule 10: the privacy notice (controller and contact, DPO, purposes and bases, recipients,
 * retention, rights, the right to complain to the ICO) is shown before any decision, and the
 * record names exactly that notice: its address, version and content hash.
 */
export function noticeComesFirst(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(10);
  const out: ConsentViolation[] = [];
  const notice = input.definition.privacyNotice;
  const hash = privacyNoticeHash(notice);
  for (const { record, path } of records(input)) {
    if (record.notice.contentHash !== hash) out.push(v('notice-hash-mismatch', `${path}.notice.contentHash`, 'The record names a different privacy notice text from the one in the definition.'));
    if (record.notice.version !== notice.version) out.push(v('notice-version-mismatch', `${path}.notice.version`, `The notice shown is version ${notice.version}.`));
    if (record.notice.uri !== notice.uri) out.push(v('notice-uri-mismatch', `${path}.notice.uri`, `The notice is published at ${notice.uri}.`));
    const firstDecision = record.events.find((event) => event.type !== 'requested');
    if (!firstDecision) continue;
    if (record.notice.shownAt === undefined) {
      out.push(v('notice-not-shown', `${path}.notice.shownAt`, 'A decision was recorded but the privacy notice was never shown.'));
    } else if (Date.parse(record.notice.shownAt) > Date.parse(firstDecision.at)) {
      out.push(v('notice-shown-after-decision', `${path}.notice.shownAt`, 'The privacy notice was shown after the person decided.'));
    }
  }
  return out;
}

/**
 * Rule 11: a housing duty to refer (Homelessness Reduction Act 2017) is not submitted
 * without the person's consent to the referral (its core purposes) and their choice of
 * housing authority (`needs.housing.localAuthority`).
 */
export function dutyToReferHasConsentAndAuthority(input: ConsentRuleInput): ConsentViolation[] {
  const v = violation(11);
  const out: ConsentViolation[] = [];
  const overrides = input.definition.settings?.practitionerMode === true ? input.overrides ?? [] : [];
  for (const service of chosenServicesOf(input.definition, input.chosenServices)) {
    if (service.dutyToRefer !== true) continue;
    const own = input.consents.filter((record) => record.serviceId === service.id);
    const sending =
      own.some((record) => agreementOf(record).agreed) ||
      overrides.some((override) => override.disclosed.some((entry) => entry.serviceId === service.id));
    if (!sending) continue;
    const si = input.definition.services.indexOf(service);
    const coreAgreed = service.purposes
      .filter((purpose) => purpose.core)
      .every((purpose) => own.some((record) => record.purposeId === purpose.id && consentState(record) === 'given' && agreementOf(record).agreed));
    if (!coreAgreed) {
      out.push(v('duty-to-refer-without-consent', `definition.services[${si}]`, `"${service.id}" is a duty-to-refer referral: it needs the person's consent to the referral itself.`));
    }
    const authority = input.story.needs?.housing?.localAuthority;
    if (authority === undefined || authority.trim() === '') {
      out.push(v('duty-to-refer-without-authority', 'story.needs.housing.localAuthority', `"${service.id}" is a duty-to-refer referral: the person must choose the housing authority.`));
    }
  }
  return out;
}

/** The eleven lawful-basis rules, in order. */
export const CONSENT_RULES: readonly ConsentRule[] = [
  { rule: 1, name: 'everyPurposeHasALawfulBasis', summary: 'One Art 6 basis per purpose; an Art 9 condition (with Schedule 1 paragraph) for special data.', check: everyPurposeHasALawfulBasis },
  { rule: 2, name: 'refusingOptionalCostsNothing', summary: 'Public bodies rely on statutory bases; refusing optional consent never blocks the core referral.', check: refusingOptionalCostsNothing },
  { rule: 3, name: 'agreementIsSeparateFromBasis', summary: 'The GDPR basis and the common-law agreement to share are separate fields.', check: agreementIsSeparateFromBasis },
  { rule: 4, name: 'consentIsRecordedAndWithdrawable', summary: 'Consent records notice, time, method and actor; withdrawing is as easy as agreeing.', check: consentIsRecordedAndWithdrawable },
  { rule: 5, name: 'specialDataNeedsExplicitStatement', summary: 'Explicit consent for special category data is a separate statement naming it.', check: specialDataNeedsExplicitStatement },
  { rule: 6, name: 'agreementIsPerServiceAndPurpose', summary: 'Agreement is per receiving service and purpose, never one blanket tick.', check: agreementIsPerServiceAndPurpose },
  { rule: 7, name: 'overridesAreRecorded', summary: 'Sharing without consent: practitioner mode only, fully recorded.', check: overridesAreRecorded },
  { rule: 8, name: 'childrenHaveAParentOrCompetence', summary: 'Under 13 online needs a parent; under 16 a competence assessment or a parent.', check: childrenHaveAParentOrCompetence },
  { rule: 9, name: 'adultsLackingCapacityHaveBestInterests', summary: 'Adults lacking capacity: a best-interests decision on another basis.', check: adultsLackingCapacityHaveBestInterests },
  { rule: 10, name: 'noticeComesFirst', summary: 'The privacy notice is shown before any consent.', check: noticeComesFirst },
  { rule: 11, name: 'dutyToReferHasConsentAndAuthority', summary: 'A duty to refer needs consent to the referral and the chosen housing authority.', check: dutyToReferHasConsentAndAuthority },
];

/**
 * The rules a definition can break on its own, before anyone answers: every purpose of
 * every service has its lawful basis and Art 9 condition (rule 1), and no public body's
 * core purpose rests on consent (rule 2). `checkDefinition` runs these, so a broken
 * definition is refused when it loads, not after a person has told their story.
 * Paths start `definition.`.
 */
export function checkDefinitionConsentRules(definition: Definition): ConsentViolation[] {
  const input: ConsentRuleInput = { definition, chosenServices: definition.services.map((service) => service.id), consents: [], story: {} };
  return [everyPurposeHasALawfulBasis, refusingOptionalCostsNothing].flatMap((check) => check(input));
}

/** Runs all eleven rules and returns every violation, in rule order. Empty means lawful. */
export function checkConsentRules(input: ConsentRuleInput): ConsentViolation[] {
  return CONSENT_RULES.flatMap((rule) => rule.check(input));
}
