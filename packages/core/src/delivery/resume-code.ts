import { secureRandomBytes, type RandomBytes } from './encryption.js';

/**
 * The 32 symbols of a resume code: digits and capital letters without 0/O and 1/I, which
 * people misread when copying a code from a screen or reading it over the phone.
 */
export const RESUME_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const GROUPS = 4;
const GROUP_LENGTH = 4;
const CODE_PATTERN = new RegExp(`^[${RESUME_CODE_ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`);

/**
 * A new resume code such as `7KQM-3XHD-W9PA-RT4C`: four groups of four symbols, 80 random
 * bits — too many to guess even with the stored draft in hand, given PBKDF2's cost.
 */
export function generateResumeCode(randomBytes: RandomBytes = secureRandomBytes): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  // 256 is a multiple of 32, so taking the low five bits keeps every symbol equally likely.
  const symbols = Array.from(bytes, (byte) => RESUME_CODE_ALPHABET[byte & 31]).join('');
  return formatResumeCode(symbols);
}

/**
 * The canonical form of a resume code as the person typed it — any case, with or without
 * spaces and dashes — or `undefined` when it cannot be one.
 */
export function normaliseResumeCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  return CODE_PATTERN.test(compact) ? formatResumeCode(compact) : undefined;
}

function formatResumeCode(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP_LENGTH) groups.push(compact.slice(i, i + GROUP_LENGTH));
  return groups.join('-');
}
