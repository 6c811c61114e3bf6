import { randomInt } from 'node:crypto';
import { RESUME_CODE_ALPHABET } from '../delivery/resume-code.js';

/**
 * A reference number a person can read out on the phone: `OS-` and two groups of four
 * symbols from the unambiguous alphabet (no 0/O, 1/I), such as `OS-7KQM-3XHD` — 40 random
 * bits, so they cannot be guessed or enumerated, and reveal nothing about order or time.
 */
export function randomReference(): string {
  let symbols = '';
  for (let i = 0; i < 8; i++) symbols += RESUME_CODE_ALPHABET[randomInt(RESUME_CODE_ALPHABET.length)];
  return `OS-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
