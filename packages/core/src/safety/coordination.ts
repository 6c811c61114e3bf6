/**
 * One page, one exit. A page may hold several quick-exit elements (two intakes, say) and
 * its own exit control; a Shift×3 or a click must still leave exactly once, and OneStory's
 * stores must be wiped whichever control leaves. The rule, per document:
 * - only the first connected OneStory quick exit listens to the keyboard (one listener);
 * - if the page has its own exit control — GOV.UK Frontend's "Exit this page"
 *   (`.govuk-exit-this-page`) or any link or button marked `data-onestory-exit` — that
 *   control is the one that leaves: on Shift×3 OneStory wipes, then clicks it (holding
 *   back the key press so GOV.UK Frontend's own listener does not also fire), and a click
 *   on it is held until OneStory has wiped, then let through;
 * - beside GOV.UK Frontend, OneStory shows no Shift count of its own (GOV.UK's shows one).
 */

/** The host page's own exit control, if it has one. */
export type HostExitControl = 'govuk-frontend' | 'marked' | 'none';

/**
 * What a quick-exit element does with Shift presses: `listen` (and exit itself),
 * `click-host-control` (listen, wipe, then leave through the host's control) or `off`.
 */
export type KeyboardRole = 'listen' | 'click-host-control' | 'off';

/** Selector of GOV.UK Frontend's "Exit this page" component. */
export const GOVUK_EXIT_SELECTOR = '.govuk-exit-this-page';
/** Selector of the control inside GOV.UK Frontend's component that leaves. */
export const GOVUK_EXIT_BUTTON_SELECTOR = '.govuk-exit-this-page__button';
/** Attribute a host page puts on its own exit control (a link or button). */
export const HOST_EXIT_ATTRIBUTE = 'data-onestory-exit';

/**
 * Decides the keyboard role of one quick-exit element.
 * @param hostControl the host page's own exit control, if any
 * @param holdsKeyboard whether this element is the document's first connected quick exit
 */
export function keyboardRole(hostControl: HostExitControl, holdsKeyboard: boolean): KeyboardRole {
  if (!holdsKeyboard) return 'off';
  return hostControl === 'none' ? 'listen' : 'click-host-control';
}

/** Whether OneStory shows its own Shift count (not beside GOV.UK Frontend's, which has one). */
export function showsShiftCount(hostControl: HostExitControl): boolean {
  return hostControl !== 'govuk-frontend';
}
