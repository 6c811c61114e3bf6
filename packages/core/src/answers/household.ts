import { HOUSEHOLD_ROLES, type HouseholdMember } from '../story/story.schema.js';
import { accept, noAnswer, reject, type Interpretation } from './interpretation.js';

/** How a household member is related to the person (the Story's values, in order). */
export const RELATIONSHIPS = ['partner', 'ex-partner', 'child', 'parent', 'sibling', 'other-family', 'friend', 'other'] as const;
/** One of {@link HOUSEHOLD_ROLES}. */
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** One person's boxes, as typed (raw input). */
export interface MemberDraft {
  readonly name: string;
  /** One of {@link RELATIONSHIPS}, or '' while none is chosen. */
  readonly relationship: string;
  /** Age as typed; '' when not given. */
  readonly age: string;
  readonly livesWith: '' | 'yes' | 'no';
  readonly roles: readonly HouseholdRole[];
  readonly school: string;
}

/** Every person's boxes, in order (raw input), or "nobody else" ticked instead. */
export interface HouseholdDraft {
  readonly members: readonly MemberDraft[];
  /** True when the person ticked "nobody else": their answer is an empty household. */
  readonly nobodyElse?: boolean;
}

/** A person with nothing filled in yet. */
export const BLANK_MEMBER: MemberDraft = Object.freeze({
  name: '',
  relationship: '',
  age: '',
  livesWith: '',
  roles: [],
  school: '',
});

const isBlank = (member: MemberDraft): boolean =>
  !member.name.trim() &&
  !member.relationship &&
  !member.age.trim() &&
  !member.livesWith &&
  member.roles.length === 0 &&
  !member.school.trim();

/** Control id of one part of one person's boxes (what a problem points focus at). */
export const controlId = (index: number, part: keyof MemberDraft): string => `m${index}-${part}`;

/**
 * Reads the household boxes (raw input) as household members (parsed stage). A person
 * with nothing filled in is left out; everyone else needs a name, how they are related,
 * and whether they live with the person. Ages are whole years from 0 to 130. "Nobody else"
 * is an answer in its own right, an empty list, whatever is left in the boxes it hides.
 */
export function interpretHousehold(raw: HouseholdDraft, required: boolean): Interpretation<HouseholdMember[]> {
  if (raw.nobodyElse === true) return accept([]);
  const members: HouseholdMember[] = [];
  for (const [index, draft] of raw.members.entries()) {
    if (isBlank(draft)) continue;
    const name = draft.name.trim();
    if (!name) return reject({ code: 'household.name', flag: 'valueMissing', controls: [controlId(index, 'name')] });
    if (name.length > 100)
      return reject({ code: 'text.tooLong', params: { max: 100 }, flag: 'tooLong', controls: [controlId(index, 'name')] });
    if (!(RELATIONSHIPS as readonly string[]).includes(draft.relationship)) {
      return reject({ code: 'household.relationship', flag: 'valueMissing', controls: [controlId(index, 'relationship')] });
    }
    const ageText = draft.age.trim();
    if (ageText && !/^\d{1,3}$/.test(ageText)) {
      return reject({ code: 'number.invalid', flag: 'badInput', controls: [controlId(index, 'age')] });
    }
    if (ageText && Number(ageText) > 130) {
      return reject({
        code: 'number.range',
        params: { min: 0, max: 130 },
        flag: 'rangeOverflow',
        controls: [controlId(index, 'age')],
      });
    }
    if (!draft.livesWith)
      return reject({ code: 'ui.household.livesWithMissing', flag: 'valueMissing', controls: [controlId(index, 'livesWith')] });
    const school = draft.roles.includes('child') ? draft.school.trim() : '';
    if (school.length > 200)
      return reject({ code: 'text.tooLong', params: { max: 200 }, flag: 'tooLong', controls: [controlId(index, 'school')] });
    members.push({
      name,
      relationship: draft.relationship as HouseholdMember['relationship'],
      ...(ageText ? { age: Number(ageText) } : {}),
      livesWith: draft.livesWith === 'yes',
      roles: HOUSEHOLD_ROLES.filter((role) => draft.roles.includes(role)),
      ...(school ? { school } : {}),
    });
  }
  if (members.length === 0) {
    return required ? reject({ code: 'required', flag: 'valueMissing', controls: [controlId(0, 'name')] }) : noAnswer();
  }
  return accept(members);
}

/**
 * The boxes that show `value`: one blank person to start from when there is no answer, and
 * "nobody else" ticked for an empty list.
 */
export function householdDraftOf(value: readonly HouseholdMember[] | undefined): HouseholdDraft {
  if (!value) return { members: [BLANK_MEMBER] };
  if (value.length === 0) return { members: [BLANK_MEMBER], nobodyElse: true };
  return {
    members: value.map((member) => ({
      name: member.name,
      relationship: member.relationship,
      age: member.age === undefined ? '' : String(member.age),
      livesWith: member.livesWith ? 'yes' : 'no',
      roles: [...member.roles],
      school: member.school ?? '',
    })),
  };
}

/** True when `state` has the shape of a {@link HouseholdDraft}. */
export function isHouseholdDraft(state: unknown): state is HouseholdDraft {
  if (typeof state !== 'object' || state === null) return false;
  const members = (state as { members?: unknown }).members;
  return (
    Array.isArray(members) &&
    ['undefined', 'boolean'].includes(typeof (state as { nobodyElse?: unknown }).nobodyElse) &&
    members.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        ['name', 'relationship', 'age', 'school'].every((k) => typeof (m as Record<string, unknown>)[k] === 'string') &&
        ['', 'yes', 'no'].includes((m as MemberDraft).livesWith) &&
        Array.isArray((m as MemberDraft).roles),
    )
  );
}

/** A host-assigned list of household members, or null when it is not a list of objects. */
export function coerceHousehold(input: unknown): HouseholdMember[] | null {
  return Array.isArray(input) && input.every((m) => typeof m === 'object' && m !== null) ? (input as HouseholdMember[]) : null;
}
