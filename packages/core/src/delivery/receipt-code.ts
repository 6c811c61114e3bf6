import { secureRandomBytes, subtleCrypto, type RandomBytes } from './encryption.js';
import { toHex } from './draft-keys.js';
import { RESUME_CODE_ALPHABET } from './resume-code.js';

const SELECTOR_LENGTH = 6;
const VERIFIER_LENGTH = 26;
const GROUP_LENGTH = 4;
const CODE_PATTERN = new RegExp(`^[${RESUME_CODE_ALPHABET}]{${SELECTOR_LENGTH + VERIFIER_LENGTH}}$`);

/** A receipt code taken apart: where the endpoint finds it, and the secret it checks. */
export interface ReceiptCode {
  /** The code as shown: eight groups of four, e.g. `7KQM-3XHD-…`. */
  readonly code: string;
  /** The first 6 symbols (30 bits): which stored receipts to compare against. Not a secret. */
  readonly selector: string;
  /** The other 26 symbols: 130 random bits, the secret. The endpoint keeps only its hash. */
  readonly verifier: string;
}

/**
 * A new receipt code: 32 symbols from the resume-code alphabet (no 0/O, 1/I), shown as
 * eight groups of four. The first six find the receipt; the remaining 26 carry 130 random
 * bits, a secret too large to guess, which the endpoint stores only as a SHA-256 hash.
 */
export function generateReceiptCode(randomBytes: RandomBytes = secureRandomBytes): ReceiptCode {
  const bytes = randomBytes(SELECTOR_LENGTH + VERIFIER_LENGTH);
  // 256 is a multiple of 32: the low five bits keep every symbol equally likely.
  return split(Array.from(bytes, (byte) => RESUME_CODE_ALPHABET[byte & 31]).join(''));
}

/** Reads a receipt code however it was typed (any case, spaces or dashes), or `undefined`. */
export function parseReceiptCode(input: string): ReceiptCode | undefined {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  return CODE_PATTERN.test(compact) ? split(compact) : undefined;
}

/** What the endpoint stores for a receipt code: SHA-256 (hex) of its verifier, domain-separated. */
export async function receiptVerifierHash(verifier: string): Promise<string> {
  const digest = await subtleCrypto().digest('SHA-256', new TextEncoder().encode(`onestory/receipt/v1:${verifier}`));
  return toHex(new Uint8Array(digest));
}

function split(compact: string): ReceiptCode {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP_LENGTH) groups.push(compact.slice(i, i + GROUP_LENGTH));
  return { code: groups.join('-'), selector: compact.slice(0, SELECTOR_LENGTH), verifier: compact.slice(SELECTOR_LENGTH) };
}
