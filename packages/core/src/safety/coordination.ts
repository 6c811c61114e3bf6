/**
 * One page, one exit. A page may hold several quick-exit elements (two intakes, say) and
 * its own exit control; a Shift×3 must still exit once. The rule, per document:
 * - only the first connected OneStory quick-exit listens to the keyboard;
 * - if the page uses GOV.UK Frontend's "Exit this page" (`.govuk-exit-this-page`), that
 *   component already listens for Shift×3, so OneStory does not listen at all;
 * - if the page marks its own exit control with `data-onestory-exit`, OneStory keeps
 *   listening but exits by clicking that control, so the host's exit is the one that runs.
 * Whatever control fires, OneStory wipes its stores on it (see WIPE_ONLY_PLAN).
 */

/** The host page's own exit control, if it has one. */
export type HostExitControl = 'govuk-frontend' | 'marked' | 'none';

/**
 * What a quick-exit element does with Shift presses: `listen` (exit itself),
 * `click-host-control` (listen, and exit through the host's control) or `off`.
 */
export type KeyboardRole = 'listen' | 'click-host-control' | 'off';

/** Selector of GOV.UK Frontend's "Exit this page" component. */
export const GOVUK_EXIT_SELECTOR = '.govuk-exit-this-page';
/** Attribute a host page puts on its own exit control (a link or button). */
export const HOST_EXIT_ATTRIBUTE = 'data-onestory-exit';

/**
 * Decides the keyboard role of one quick-exit element.
 * @param hostControl the host page's own exit control, if any
 * @param holdsKeyboard whether this element is the document's first connected quick exit
 */
export function keyboardRole(hostControl: HostExitControl, holdsKeyboard: boolean): KeyboardRole {
  if (!holdsKeyboard || hostControl === 'govuk-frontend') return 'off';
  return hostControl === 'marked' ? 'click-host-control' : 'listen';
}
