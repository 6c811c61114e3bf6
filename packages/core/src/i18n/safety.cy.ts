import type { safetyEn } from './safety.en.js';

/**
 * Welsh strings for quick exit, following GOV.WALES "Gadael y dudalen hon". Typed against
 * English, so a missing key is a compile error; to be reviewed by a Welsh-language officer.
 */
export const safetyCy: Readonly<Record<keyof typeof safetyEn, string>> = {
  'quickExit.button': 'Gadael y dudalen hon',
  'quickExit.skipLink': 'Gadael y dudalen hon',
  'quickExit.shortcutHint': 'Neu pwyswch Shift 3 gwaith',
  'quickExit.shiftCount': 'Wedi pwyso Shift {count} o {total} gwaith',
  'quickExit.expired': 'Mae’r opsiwn i adael y dudalen hon wedi dod i ben',
  'quickExit.loading': 'Yn llwytho',
};
