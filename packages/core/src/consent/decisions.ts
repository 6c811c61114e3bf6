import type { Definition } from '../definition/definition.schema.js';
import type { Purpose, Service } from '../definition/service.schema.js';
import { ConfigError, ValidationError } from '../errors.js';
import { localize, type Locale } from '../i18n/locale.js';
import { languagesOf } from '../definition/translations.js';
import { translate } from '../i18n/translate.js';
import type { FieldPath } from '../story/fields.js';
import { SUBMISSION_SCHEMA_VERSION } from '../submission/constants.js';
import type { WithdrawalNotice } from '../submission/withdrawal-notice.schema.js';
import type {
  AgeBand,
  ConsentActor,
  ConsentMethod,
  ConsentRecord,
  Practitioner,
  PractitionerOverride,
} from './consent-record.schema.js';
import { fieldList } from './labels.js';
import { privacyNoticeHash } from './notice-hash.js';
import { dataCategoriesOf, needsExplicitStatement, purposeFields, specialFields } from './purposes.js';
import { consentState } from './state.js';

/** What every request needs: the time (injected) and a UUID generator (injected). */
export interface RequestOptions {
  /** The current time. */
  readonly now: Date;
  /** Returns a fresh UUID (e.g. `() => crypto.randomUUID()`). */
  readonly newId: () => string;
  /** The language the person reads the notice and statements in. */
  readonly locale: Locale;
  /** Pseudonymous id of the person (UUID); a fresh one when absent. */
  readonly subject?: string;
  /** The person's age band (see `ageBandOf`); `unknown` when absent. */
  readonly ageBand?: AgeBand;
}

/** Who made a decision, when, and how. Giving and withdrawing take exactly this. */
export interface DecisionOptions {
  /** When. */
  readonly now: Date;
  /** Who. */
  readonly actor: ConsentActor;
  /** How; `online` when absent. */
  readonly method?: ConsentMethod;
  /** The professional who recorded a decision the person made with them (not online). */
  readonly recordedBy?: Practitioner;
}

/** Giving may also confirm the separate explicit statement about special category data. */
export interface GiveOptions extends DecisionOptions {
  /** True when the person also agreed to the explicit special category statement (rule 5). */
  readonly explicitSpecialCategory?: boolean;
}

/** Withdrawing may name the submission the consent went with, for the withdrawal notice. */
export interface WithdrawOptions extends DecisionOptions {
  /** The submission the consent was sent with. */
  readonly submissionId?: string;
}

/** A text made in each of the definition's languages. */
const inEach = (languages: readonly Locale[], make: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(languages.map((locale) => [locale, make(locale)]));

function newRecord(
  definition: Definition,
  noticeHash: string,
  service: Service,
  purpose: Purpose,
  subject: string,
  options: RequestOptions,
): ConsentRecord {
  const fields = purposeFields(purpose);
  const at = options.now.toISOString();
  const { organisation } = service;
  return {
    recordId: options.newId(),
    subject,
    controllers: [organisation],
    notice: {
      uri: definition.privacyNotice.uri,
      version: definition.privacyNotice.version,
      contentHash: noticeHash,
      language: options.locale,
    },
    serviceId: service.id,
    purposeId: purpose.id,
    basis: purpose.basis,
    ...(purpose.specialCategory && { specialCategory: { ...purpose.specialCategory } }),
    ...(needsExplicitStatement(purpose, definition) && {
      explicitSpecialCategoryStatement: {
        fields: specialFields(fields, definition),
        text: translate(options.locale, 'consent.explicitStatement', {
          service: service.name[options.locale],
          fields: fieldList(specialFields(fields, definition), options.locale, definition),
        }),
      },
    }),
    agreementToShare: { status: 'pending' },
    fields,
    dataCategories: dataCategoriesOf(fields, definition),
    recipients: [{ serviceId: service.id, orukId: service.orukId, organisation: organisation.name }],
    retention: { period: service.retention.period, description: service.retention.description },
    jurisdiction: 'UK',
    withdrawalMethod: {
      // Every channel that can take a decision can also take it back (rule 4).
      methods: ['online', 'in-person', 'phone', 'written'],
      description: inEach(languagesOf(definition), (locale) =>
        translate(locale, 'consent.withdrawalMethod', { organisation: localize(organisation.name, locale), contact: localize(organisation.contact, locale) }),
      ),
    },
    ageBand: options.ageBand ?? 'unknown',
    events: [{ type: 'requested', at, actor: 'system', method: 'system' }],
  };
}

/**
 * One consent record per purpose of each chosen service (rule 6: never one blanket tick),
 * each in state `requested`. Throws a {@link ConfigError} for a service id the definition
 * does not offer.
 */
export function requestConsents(definition: Definition, chosenServices: readonly string[], options: RequestOptions): ConsentRecord[] {
  const unknown = chosenServices.filter((id) => !definition.services.some((service) => service.id === id));
  if (unknown.length > 0) {
    throw new ConfigError(
      'Chosen services must be offered by the definition:',
      unknown.map((id) => ({ path: 'chosenServices', code: 'unknown-service', message: `No service has id "${id}".` })),
    );
  }
  const subject = options.subject ?? options.newId();
  const noticeHash = privacyNoticeHash(definition.privacyNotice);
  const wanted = new Set(chosenServices);
  return definition.services
    .filter((service) => wanted.has(service.id))
    .flatMap((service) => service.purposes.map((purpose) => newRecord(definition, noticeHash, service, purpose, subject, options)));
}

/** Records that the privacy notice was shown (rule 10). Keeps the first time it was shown. */
export function markNoticeShown(record: ConsentRecord, options: { readonly now: Date }): ConsentRecord {
  if (record.notice.shownAt !== undefined) return record;
  return { ...record, notice: { ...record.notice, shownAt: options.now.toISOString() } };
}

const AGREEMENT_AFTER: Readonly<Record<'given' | 'refused' | 'withdrawn', ConsentRecord['agreementToShare']['status']>> = {
  given: 'agreed',
  refused: 'declined',
  withdrawn: 'withdrawn',
};

function decide(record: ConsentRecord, type: 'given' | 'refused' | 'withdrawn', options: DecisionOptions): ConsentRecord {
  const at = options.now.toISOString();
  return {
    ...record,
    agreementToShare: { status: AGREEMENT_AFTER[type], at, actor: options.actor },
    events: [
      ...record.events,
      { type, at, actor: options.actor, method: options.method ?? 'online', ...(options.recordedBy && { recordedBy: { ...options.recordedBy } }) },
    ],
  };
}

/**
 * The person (or their parent, or a practitioner with them) agrees to this service and
 * purpose. Records the GDPR consent event and, separately, the common-law agreement to
 * share. Giving again when already given changes nothing.
 */
export function give(record: ConsentRecord, options: GiveOptions): ConsentRecord {
  const statement = record.explicitSpecialCategoryStatement;
  const confirmed =
    statement && options.explicitSpecialCategory === true
      ? { ...record, explicitSpecialCategoryStatement: { ...statement, agreedAt: options.now.toISOString() } }
      : record;
  return consentState(record) === 'given' ? confirmed : decide(confirmed, 'given', options);
}

/** The person says no to this service and purpose. Costs nothing elsewhere (rule 2). */
export function refuse(record: ConsentRecord, options: DecisionOptions): ConsentRecord {
  return consentState(record) === 'refused' ? record : decide(record, 'refused', options);
}

/**
 * The person takes back an agreement: one call, with exactly the arguments of {@link give}
 * (rule 4). Returns the updated record and a {@link WithdrawalNotice} to post to the same
 * endpoint as the submission. Throws a {@link ValidationError} when nothing was given.
 */
export function withdraw(record: ConsentRecord, options: WithdrawOptions): { record: ConsentRecord; notice: WithdrawalNotice } {
  if (consentState(record) !== 'given') {
    throw new ValidationError('Only a given consent can be withdrawn:', [
      { path: 'events', code: 'not-given', message: `Record ${record.recordId} is "${consentState(record)}", not "given".` },
    ]);
  }
  const updated = decide(record, 'withdrawn', options);
  const notice: WithdrawalNotice = {
    kind: 'withdrawal',
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    ...(options.submissionId !== undefined && { submissionId: options.submissionId }),
    recordId: record.recordId,
    serviceId: record.serviceId,
    purposeId: record.purposeId,
    withdrawnAt: options.now.toISOString(),
  };
  return { record: updated, notice };
}

/** A given consent reaches the end of its life (e.g. a time limit): recorded by the system. */
export function expire(record: ConsentRecord, options: { readonly now: Date }): ConsentRecord {
  if (consentState(record) !== 'given') return record;
  const at = options.now.toISOString();
  return {
    ...record,
    agreementToShare: { status: 'withdrawn', at, actor: 'system' },
    events: [...record.events, { type: 'expired', at, actor: 'system', method: 'system' }],
  };
}

/** Records the consent of someone with parental responsibility for a child (rule 8). */
export function recordParentalConsent(
  record: ConsentRecord,
  options: { readonly now: Date; readonly relationship: 'parent' | 'guardian' | 'other-parental-responsibility' },
): ConsentRecord {
  return { ...record, child: { ...record.child, parentalConsent: { relationship: options.relationship, at: options.now.toISOString() } } };
}

/** Records a competence (Gillick) assessment of a child under 16 (rule 8). */
export function recordCompetenceAssessment(
  record: ConsentRecord,
  options: { readonly now: Date; readonly competent: boolean; readonly assessedBy: Practitioner },
): ConsentRecord {
  return {
    ...record,
    child: { ...record.child, gillick: { competent: options.competent, assessedBy: options.assessedBy, at: options.now.toISOString() } },
  };
}

/** What a best-interests decision records (rule 9). */
export interface BestInterestsInput {
  readonly decidedBy: Practitioner;
  readonly rationale: string;
  readonly share: boolean;
  /** The basis used instead of consent. */
  readonly basis: Exclude<ConsentRecord['basis'], 'consent'>;
}

/**
 * Records a capacity assessment for this decision and, for an adult who lacks capacity, the
 * best-interests decision taken for them (rule 9).
 */
export function recordCapacityAssessment(
  record: ConsentRecord,
  options: {
    readonly now: Date;
    readonly hasCapacity: boolean;
    readonly assessedBy: Practitioner;
    readonly bestInterests?: BestInterestsInput;
  },
): ConsentRecord {
  const at = options.now.toISOString();
  return {
    ...record,
    capacity: {
      hasCapacity: options.hasCapacity,
      assessedBy: options.assessedBy,
      at,
      ...(options.bestInterests && { bestInterests: { ...options.bestInterests, at } }),
    },
  };
}

/** What a practitioner records when sharing without consent (rule 7). */
export interface OverrideInput {
  /** Who decided. */
  readonly decidedBy: Practitioner;
  /** Why, as a code. */
  readonly reason: PractitionerOverride['reason'];
  /** The lawful basis relied on instead of consent. */
  readonly basis: PractitionerOverride['basis'];
  /** The Art 9 condition, when special category data is shared. */
  readonly specialCategory?: PractitionerOverride['specialCategory'];
  /** Why, in the practitioner's words. */
  readonly rationale: string;
  /** What goes to whom. */
  readonly disclosed: readonly { readonly serviceId: string; readonly fields: readonly FieldPath[] }[];
  /** True when the person was told. */
  readonly personTold: boolean;
  /** Why the person was not told. */
  readonly notToldReason?: string;
}

/**
 * Records a decision to share without consent. Only possible when the definition enables
 * practitioner mode; otherwise throws a {@link ConfigError}. The decision is returned as
 * data: `buildDisclosures` applies it, `checkConsentRules` checks it.
 */
export function recordPractitionerOverride(
  definition: Definition,
  input: OverrideInput,
  options: { readonly now: Date; readonly newId: () => string },
): PractitionerOverride {
  if (definition.settings?.practitionerMode !== true) {
    throw new ConfigError('Sharing without consent needs practitioner mode:', [
      {
        path: 'settings.practitionerMode',
        code: 'practitioner-mode-off',
        message: 'Set "practitionerMode": true in the definition\'s settings to allow recorded sharing without consent.',
      },
    ]);
  }
  return {
    overrideId: options.newId(),
    ...input,
    ...(input.specialCategory && { specialCategory: { ...input.specialCategory } }),
    at: options.now.toISOString(),
    disclosed: input.disclosed.map((entry) => ({ serviceId: entry.serviceId, fields: [...entry.fields] })),
  };
}
