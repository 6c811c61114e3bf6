import type { Definition } from '../definition/definition.schema.js';
import type { Art9Condition } from '../definition/service.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { issueOf, type Issue } from '../issue/issue.js';
import type { Answers, FieldPath } from '../story/fields.js';
import type { AgeBand, ConsentRecord, OverrideReason, Practitioner, PractitionerOverride } from './consent-record.schema.js';
import { give, recordCapacityAssessment, recordParentalConsent, recordPractitionerOverride, refuse } from './decisions.js';
import { decisionKey } from './decision-key.js';
import type { Filler } from './filler.js';
import { chosenServicesOf, findPurpose, serviceFields, specialFields } from './purposes.js';

export { consentScreensOf, fillerOf, type Filler } from './filler.js';

// Who agrees, and how, decided as soon as the consent step starts: who is filling in the
// form (the person, their parent, a professional), how old the person is, and what a
// professional recorded. Each path ends in records the lawful-basis rules accept, or says
// at once what is needed; nobody finds out after "Accept and send" (issue 20).

/** How a professional says the person agreed, or why they did not. */
export const AGREEMENT_ROUTES = ['in-person', 'phone', 'written', 'not-asked', 'lacks-capacity'] as const;
export type AgreementRoute = (typeof AGREEMENT_ROUTES)[number];

/** What a professional records about the person's agreement. */
export interface ProfessionalAgreement {
  readonly route?: AgreementRoute;
  /** Why the person was not asked (route `not-asked`). */
  readonly notAskedReason?: string;
}

/** A decision to share without consent, as the professional describes it (rule 7). */
export interface WithoutConsentDetails {
  readonly reason?: OverrideReason;
  readonly personTold?: boolean;
  readonly notToldReason?: string;
}

/** A best-interests decision for a person who lacks capacity to decide (rule 9). */
export interface BestInterestsDetails {
  readonly rationale?: string;
}

/** How the consent step goes for this person. */
export type ConsentPath =
  /** The person, 16 or over, on their own: they decide, online. */
  | { readonly kind: 'person' }
  /** A child under 16 on their own: they decide what they may; the rest waits for the service or a parent. */
  | { readonly kind: 'young-person'; readonly band: 'under-13' | '13-15' }
  /** A parent filling it in for their child under 16: the parent decides. */
  | { readonly kind: 'parent' }
  /** A professional relays the person's own decision, made with them in person, by phone or in writing. */
  | { readonly kind: 'relayed'; readonly method: 'in-person' | 'phone' | 'written' }
  /** A professional shares without consent (practitioner mode only, rule 7). */
  | { readonly kind: 'without-consent' }
  /** A professional records that the person lacks capacity, and a best-interests decision (rule 9). */
  | { readonly kind: 'best-interests' }
  /** Nothing can be sent yet; `need` says what is needed, in a catalogue message. */
  | { readonly kind: 'blocked'; readonly need: MessageKey }
  /** A professional has not yet said how the person agreed. */
  | { readonly kind: 'undecided' };

/** Everything the path depends on. */
export interface ConsentPathInput {
  readonly filler: Filler;
  readonly ageBand: AgeBand;
  /** True when sharing without consent is allowed: the definition's practitioner mode, on the practitioner channel. */
  readonly practitionerMode: boolean;
  readonly professional?: ProfessionalAgreement;
}

/** The practitioner named by a professional's answers, when both name and role were given. */
export function practitionerOf(answers: Answers): Practitioner | undefined {
  const all = answers as Readonly<Record<string, unknown>>;
  const name = typeof all['referrer.name'] === 'string' ? all['referrer.name'].trim() : '';
  const role = typeof all['referrer.role'] === 'string' ? all['referrer.role'].trim() : '';
  return name && role ? { name: name.slice(0, 100), role: role.slice(0, 100) } : undefined;
}

/** How the consent step goes: decided from who is filling in, the person's age and what a professional said. */
export function consentPathOf(input: ConsentPathInput): ConsentPath {
  const child = input.ageBand === 'under-13' || input.ageBand === '13-15' ? input.ageBand : undefined;
  switch (input.filler) {
    case 'self':
      return child ? { kind: 'young-person', band: child } : { kind: 'person' };
    case 'parent':
      // From 16 a young person decides for themselves: the parent cannot agree for them.
      return child || input.ageBand === 'unknown' ? { kind: 'parent' } : { kind: 'blocked', need: 'who.parent.tooOld' };
    case 'professional': {
      const route = input.professional?.route;
      if (route === undefined) return { kind: 'undecided' };
      if (route === 'lacks-capacity') {
        return child || input.ageBand === '16-17' ? { kind: 'blocked', need: 'who.capacity.adultsOnly' } : { kind: 'best-interests' };
      }
      if (route === 'not-asked') return input.practitionerMode ? { kind: 'without-consent' } : { kind: 'blocked', need: 'who.notAsked.askFirst' };
      return { kind: 'relayed', method: route };
    }
  }
}

/** Whether the per-purpose question is asked on this path, and if not, why not. */
export type PurposeQuestion = { readonly asked: true } | { readonly asked: false; readonly why: MessageKey };

/** Whether one record's question is put to whoever is deciding. */
export function purposeQuestionOf(path: ConsentPath, record: ConsentRecord): PurposeQuestion {
  if (path.kind === 'young-person' && path.band === 'under-13' && record.basis === 'consent') {
    return { asked: false, why: 'who.child.needsParent' };
  }
  if (path.kind === 'without-consent') return { asked: false, why: 'who.withoutConsent.notAsked' };
  if (path.kind === 'best-interests') return { asked: false, why: 'who.capacity.notAsked' };
  return { asked: true };
}

/** A note shown with a record's question, when the path changes what agreeing means. */
export function purposeNoteOf(path: ConsentPath, record: ConsentRecord): MessageKey | undefined {
  if (path.kind === 'young-person' && record.basis !== 'consent') return 'who.child.competenceByService';
  return undefined;
}

/**
 * A problem with what has been said on the consent step's own screens, in core's one
 * {@link Issue} shape: `path` is the answer (`['route']`, `['notAskedReason']`, `['reason']`,
 * `['personTold']`, `['notToldReason']`, `['rationale']`, `['practitioner']`; on the address
 * screen `['address', serviceId]`, or `['address', serviceId, 'safe']` for the safe address),
 * `code` the catalogue key of its message. Words are made only where it is shown.
 */
export type WhoAgreesIssue = Issue<MessageKey>;

const blank = (text: string | undefined): boolean => !text || text.trim().length === 0;

/** What is missing on the professional's "their agreement" screen. */
export function professionalAgreementIssues(path: ConsentPath, agreement: ProfessionalAgreement): WhoAgreesIssue[] {
  if (path.kind === 'undecided') return [issueOf(['route'], 'who.route.required')];
  if (path.kind === 'blocked') return [issueOf(['route'], path.need)];
  if (agreement.route === 'not-asked' && blank(agreement.notAskedReason)) return [issueOf(['notAskedReason'], 'who.notAsked.reasonRequired')];
  return [];
}

/** What is missing on the "sharing without consent" screen. */
export function withoutConsentIssues(details: WithoutConsentDetails, practitioner: Practitioner | undefined): WhoAgreesIssue[] {
  const issues: WhoAgreesIssue[] = [];
  if (!practitioner) issues.push(issueOf(['practitioner'], 'who.practitioner.required'));
  if (!details.reason) issues.push(issueOf(['reason'], 'who.withoutConsent.reasonRequired'));
  if (details.personTold === undefined) issues.push(issueOf(['personTold'], 'who.withoutConsent.toldRequired'));
  else if (!details.personTold && blank(details.notToldReason)) issues.push(issueOf(['notToldReason'], 'who.withoutConsent.notToldReasonRequired'));
  return issues;
}

/** What is missing on the "best-interests decision" screen. */
export function bestInterestsIssues(details: BestInterestsDetails, practitioner: Practitioner | undefined): WhoAgreesIssue[] {
  const issues: WhoAgreesIssue[] = [];
  if (!practitioner) issues.push(issueOf(['practitioner'], 'who.practitioner.required'));
  if (blank(details.rationale)) issues.push(issueOf(['rationale'], 'who.capacity.rationaleRequired'));
  return issues;
}

// The basis and Art 9 condition a practitioner relies on for each reason to share without
// consent: safeguarding is a public task with DPA 2018 Sch 1 para 18; vital interests are
// their own basis and condition; crime prevention is para 10.
const WITHOUT_CONSENT: Readonly<Record<OverrideReason, { basis: PractitionerOverride['basis']; condition: Art9Condition }>> = {
  'child-at-risk': { basis: 'public-task', condition: { condition: 'g', schedule1Paragraph: '18' } },
  'adult-at-risk': { basis: 'public-task', condition: { condition: 'g', schedule1Paragraph: '18' } },
  'vital-interests': { basis: 'vital-interests', condition: { condition: 'c' } },
  'crime-prevention': { basis: 'public-task', condition: { condition: 'g', schedule1Paragraph: '10' } },
};

/** Each person's decision on one record, with when it was made. */
export type Decisions = ReadonlyMap<string, { readonly choice: 'given' | 'refused'; readonly at: Date }>;

export { decisionKey } from './decision-key.js';

/** Everything the consent records are finished from. */
export interface FinishConsentInput {
  readonly definition: Definition;
  readonly chosenServices: readonly string[];
  /** The requested records (one per chosen service and purpose), notice already shown. */
  readonly records: readonly ConsentRecord[];
  readonly path: ConsentPath;
  /** The decisions on the records that were asked. */
  readonly decisions: Decisions;
  /** The answers so far (parsed stage): what a decision to share without consent may disclose. */
  readonly answers: Answers;
  /** The professional filling in, when one is. */
  readonly practitioner?: Practitioner;
  /** What the professional said about the person's agreement (why they were not asked). */
  readonly professional?: ProfessionalAgreement;
  readonly withoutConsent?: WithoutConsentDetails;
  readonly bestInterests?: BestInterestsDetails;
  /** When the decisions on the extra screens were made. */
  readonly now: Date;
  readonly newId: () => string;
}

/** The finished consent records and any decisions to share without consent. */
export interface FinishedConsent {
  readonly consents: ConsentRecord[];
  readonly overrides: PractitionerOverride[];
}

const answered = (answers: Answers, field: FieldPath): boolean => {
  const value = (answers as Readonly<Record<string, unknown>>)[field];
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0 && field !== 'household.members');
};

/**
 * Finishes the consent records along `path`, saying exactly what happened: who decided
 * (the person, their parent, or nobody, with a practitioner's decision instead), how
 * (online, in person, by phone, in writing), who recorded it, and for a child whether the
 * service will assess competence. Records whose question was not asked stay `requested`.
 * Throws when the path cannot finish (`blocked`, `undecided`): check the issues first.
 */
export function finishConsent(input: FinishConsentInput): FinishedConsent {
  const { path, practitioner, now } = input;
  if (path.kind === 'blocked' || path.kind === 'undecided') throw new Error(`The consent step cannot finish on path "${path.kind}".`);
  if (path.kind === 'without-consent') return { consents: [...input.records], overrides: [withoutConsentOverride(input)] };
  if (path.kind === 'best-interests') {
    const consents = input.records.map((record) => {
      const purpose = findPurpose(input.definition, record.serviceId, record.purposeId);
      // A consent-based purpose has no basis to fall back on: it is not shared.
      if (!purpose || purpose.basis === 'consent') return record;
      return recordCapacityAssessment(record, {
        now,
        hasCapacity: false,
        assessedBy: practitioner!,
        bestInterests: { decidedBy: practitioner!, rationale: input.bestInterests!.rationale!.trim(), share: true, basis: purpose.basis },
      });
    });
    return { consents, overrides: [] };
  }
  const consents = input.records.map((record) => {
    if (!purposeQuestionOf(path, record).asked) return record;
    const decision = input.decisions.get(decisionKey(record.serviceId, record.purposeId));
    if (!decision) return record;
    const actor = path.kind === 'parent' ? 'parent' : 'subject';
    const method = path.kind === 'relayed' ? path.method : 'online';
    const recordedBy = path.kind === 'relayed' ? practitioner : undefined;
    const options = { now: decision.at, actor, method, ...(recordedBy && { recordedBy }) } as const;
    if (decision.choice === 'refused') return refuse(record, options);
    let decided = give(record, { ...options, explicitSpecialCategory: true });
    if (path.kind === 'parent') decided = recordParentalConsent(decided, { now: decision.at, relationship: 'parent' });
    if (path.kind === 'young-person' && record.basis !== 'consent') {
      decided = { ...decided, child: { ...decided.child, competenceToBeAssessed: { by: 'receiving-service', at: decision.at.toISOString() } } };
    }
    return decided;
  });
  return { consents, overrides: [] };
}

function withoutConsentOverride(input: FinishConsentInput): PractitionerOverride {
  const details = input.withoutConsent!;
  const reason = details.reason!;
  const { basis, condition } = WITHOUT_CONSENT[reason];
  // What each chosen service needs, of what has been said: never more (rule 7).
  const disclosed = chosenServicesOf(input.definition, input.chosenServices)
    .map((service) => ({ serviceId: service.id, fields: serviceFields(service, input.definition).filter((field) => answered(input.answers, field)) }))
    .filter((entry) => entry.fields.length > 0);
  const special = disclosed.some((entry) => specialFields(entry.fields, input.definition).length > 0);
  return recordPractitionerOverride(
    input.definition,
    {
      decidedBy: input.practitioner!,
      reason,
      basis,
      ...(special && { specialCategory: condition }),
      rationale: input.professional?.notAskedReason?.trim() ?? reason,
      disclosed,
      personTold: details.personTold === true,
      ...(details.personTold === false && { notToldReason: details.notToldReason!.trim() }),
    },
    { now: input.now, newId: input.newId },
  );
}
