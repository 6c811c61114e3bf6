import type { Definition } from '../definition/definition.schema.js';
import type { Service } from '../definition/service.schema.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { Answers } from '../story/fields.js';
import { ageOn, isIsoDate, isUkPostcode, normalisePostcode, type IsoDate } from '../story/rules.js';
import type { FieldOption } from '../answers/options.js';
import type { ServiceEligibility } from './types.js';

/** Options of {@link serviceEligibility}. */
export interface EligibilityOptions {
  /** Today's date, injected: ages are counted to it. */
  readonly today: IsoDate;
  readonly locale: Locale;
}

/**
 * The longest of `prefixes` that covers the postcode, or null. Matching is on the outward
 * code and respects its parts: a letters-only prefix is a postcode *area* (`CF` covers
 * `CF10` but `B` does not cover `BS1`); a prefix with digits is a *district* and covers
 * that district and its sub-districts (`EC1` covers `EC1A`, but `CF1` does not cover `CF10`).
 */
export function matchPostcodePrefix(postcode: string, prefixes: readonly string[]): string | null {
  const outward = normalisePostcode(postcode).split(' ')[0] ?? '';
  const area = /^[A-Z]+/.exec(outward)?.[0] ?? '';
  let best: string | null = null;
  for (const raw of prefixes) {
    const prefix = raw.toUpperCase();
    const covers = /\d/.test(prefix)
      ? outward === prefix || (outward.length === prefix.length + 1 && outward.startsWith(prefix) && /[A-Z]$/.test(outward))
      : area === prefix;
    if (covers && (best === null || prefix.length > best.length)) best = prefix;
  }
  return best;
}

/** How the age range reads: "16 to 25", "16 or over", "25 or under". */
function ageRangeText(service: Service, locale: Locale): string {
  const { minAge, maxAge } = service.eligibility ?? {};
  if (minAge !== undefined && maxAge !== undefined) return translate(locale, 'eligibility.range.between', { min: minAge, max: maxAge });
  if (minAge !== undefined) return translate(locale, 'eligibility.range.over', { min: minAge });
  return translate(locale, 'eligibility.range.under', { max: maxAge ?? 0 });
}

function ageReason(service: Service, age: number): { key: MessageKey; params: Record<string, number> } | null {
  const { minAge, maxAge } = service.eligibility ?? {};
  const tooYoung = minAge !== undefined && age < minAge;
  const tooOld = maxAge !== undefined && age > maxAge;
  if (!tooYoung && !tooOld) return null;
  if (minAge !== undefined && maxAge !== undefined) return { key: 'eligibility.ageRange', params: { min: minAge, max: maxAge } };
  return tooYoung ? { key: 'eligibility.minAge', params: { min: minAge! } } : { key: 'eligibility.maxAge', params: { max: maxAge! } };
}

/** The need domains the person selected, as a set. */
function selectedDomains(answers: Answers): ReadonlySet<string> {
  const domains = answers['needs.domains'];
  return new Set(Array.isArray(domains) ? domains : []);
}

/**
 * The ids of services suggested by the needs a person describes: those with a domain in
 * `needs.domains` (a need in the housing domain offers housing support), in definition order.
 */
export function suggestServices(definition: Definition, answers: Answers): string[] {
  const domains = selectedDomains(answers);
  return definition.services.filter((s) => s.domains.some((d) => domains.has(d))).map((s) => s.id);
}

/**
 * Whether each service in the definition is open to this person, and why not, in
 * definition order. Age comes from `person.dateOfBirth` (whole years on `today`), area
 * from the postcode of `contact.address` (see {@link matchPostcodePrefix}). When the
 * answer a check needs is missing (or not valid yet) the service stays eligible, the check
 * is listed in `unchecked`, and `notes` say so: ineligible services are explained, never
 * silently dropped, and nobody is turned away on a guess.
 */
export function serviceEligibility(definition: Definition, answers: Answers, { today, locale }: EligibilityOptions): ServiceEligibility[] {
  const dateOfBirth = answers['person.dateOfBirth'];
  const age = typeof dateOfBirth === 'string' && isIsoDate(dateOfBirth) && dateOfBirth < today ? ageOn(dateOfBirth, today) : null;
  const rawPostcode = answers['contact.address']?.postcode;
  const postcode = typeof rawPostcode === 'string' && isUkPostcode(normalisePostcode(rawPostcode)) ? normalisePostcode(rawPostcode) : null;
  const domains = selectedDomains(answers);

  return definition.services.map((service) => {
    const reasons: string[] = [];
    const notes: string[] = [];
    const unchecked: ('age' | 'area')[] = [];
    const rules = service.eligibility;
    if (rules && (rules.minAge !== undefined || rules.maxAge !== undefined)) {
      if (age === null) {
        unchecked.push('age');
        notes.push(translate(locale, 'eligibility.ageUnknown', { range: ageRangeText(service, locale) }));
      } else {
        const reason = ageReason(service, age);
        if (reason) reasons.push(translate(locale, reason.key, reason.params));
      }
    }
    if (rules?.postcodePrefixes && rules.postcodePrefixes.length > 0) {
      if (postcode === null) {
        unchecked.push('area');
        notes.push(translate(locale, 'eligibility.areaUnknown'));
      } else if (matchPostcodePrefix(postcode, rules.postcodePrefixes) === null) {
        reasons.push(translate(locale, 'eligibility.area'));
      }
    }
    const signpost = reasons.length > 0 ? rules?.signpost?.[locale] : undefined;
    return {
      serviceId: service.id,
      eligible: reasons.length === 0,
      reasons,
      unchecked,
      notes,
      suggested: service.domains.some((d) => domains.has(d)),
      ...(signpost && { signpost }),
    };
  });
}

/** Options of {@link serviceOptions}. */
export interface ServiceOptionsInput {
  readonly definition: Definition;
  /** From {@link serviceEligibility}, for the same answers. */
  readonly eligibility: readonly ServiceEligibility[];
  /** The services chosen so far. */
  readonly chosen: readonly string[];
  readonly locale: Locale;
}

/**
 * The services step's answers: one option per service, in definition order, its hint one
 * fact per line (what it does; who runs it; whether it fits what the person described;
 * and, when it is not open to them, that it cannot be chosen, why, and where to go
 * instead; checks not made yet). A service the person cannot use is disabled, unless it
 * was chosen before that was known: then it stays, so it can be unticked.
 */
export function serviceOptions({ definition, eligibility, chosen, locale }: ServiceOptionsInput): FieldOption[] {
  const verdicts = new Map(eligibility.map((e) => [e.serviceId, e]));
  return definition.services.map((service) => {
    const verdict = verdicts.get(service.id);
    const ineligible = verdict !== undefined && !verdict.eligible;
    const lines = [
      service.description[locale],
      translate(locale, 'ui.services.organisation', { organisation: service.organisation.name[locale] }),
      verdict?.suggested && !ineligible ? translate(locale, 'ui.services.suggested') : '',
      ineligible ? translate(locale, 'ui.services.notEligible') : '',
      ...(ineligible ? verdict.reasons : []),
      ineligible ? (verdict.signpost ?? translate(locale, 'ui.services.signpost')) : '',
      ...(verdict?.notes ?? []),
    ];
    return {
      value: service.id,
      label: service.name[locale],
      hint: lines.filter(Boolean).join('\n'),
      ...(ineligible && !chosen.includes(service.id) && { disabled: true }),
    };
  });
}
