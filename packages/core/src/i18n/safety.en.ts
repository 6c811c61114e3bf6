/**
 * English strings for quick exit. GOV.UK "Exit this page" wording; the overlay says only
 * "Loading" so that someone glancing at the screen learns nothing.
 */
export const safetyEn = {
  'quickExit.button': 'Exit this page',
  'quickExit.skipLink': 'Exit this page',
  'quickExit.shortcutHint': 'Or press Shift 3 times',
  'quickExit.shiftCount': 'Shift pressed {count} of {total} times',
  'quickExit.expired': 'Exit this page expired',
  'quickExit.loading': 'Loading',
} as const;
