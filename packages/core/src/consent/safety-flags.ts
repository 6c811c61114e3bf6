import type { Story } from '../story/story.schema.js';
import type { SafetyFlags } from './disclosure.schema.js';

/** SafeLives: 14 or more "yes" answers on the DASH checklist means a MARAC referral. */
export const MARAC_THRESHOLD = 14;

/** Household members the applicant is afraid of (role `feared`). */
export function fearedMembers(story: Story): NonNullable<Story['household']>['members'] {
  return story.household?.members.filter((member) => member.roles.includes('feared')) ?? [];
}

/**
 * The safety flags every recipient gets, computed from the whole Story: they carry no
 * detail, only what a service must know before it contacts the person (who not to
 * contact, that risk is high, that someone is in danger now).
 */
export function safetyFlagsOf(story: Story): SafetyFlags {
  const dashYes = story.risk?.dash?.filter((answer) => answer === 'yes').length ?? 0;
  return {
    fearedPersonPresent: fearedMembers(story).length > 0,
    marac: dashYes >= MARAC_THRESHOLD,
    immediateDanger: story.risk?.immediateDanger === 'yes',
  };
}
