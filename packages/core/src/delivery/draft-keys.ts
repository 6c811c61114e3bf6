import { subtleCrypto, toBuffer } from './encryption.js';

/** What a resume code unlocks: where its draft is filed, and the key that opens it. */
export interface DraftKeys {
  /**
   * Where the draft is filed (64 hex digits). Derived from the code through the same
   * slow PBKDF2 as the key, so a copy of the store that lists these ids offers no
   * shortcut: testing one guessed code still costs a full PBKDF2.
   */
  readonly lookupId: string;
  /** The AES-GCM key (non-extractable). */
  readonly key: CryptoKey;
}

// Fixed salts: a code must find its draft on any device, before anything is fetched.
// The 80 random bits of the code, not the salt, are what a guesser has to search.
const PBKDF2_SALT = new TextEncoder().encode('onestory/draft/v2/pbkdf2');
const HKDF_SALT = new TextEncoder().encode('onestory/draft/v2/hkdf');
const LOOKUP_INFO = new TextEncoder().encode('lookup-id');
const KEY_INFO = new TextEncoder().encode('aes-gcm-256-key');

/**
 * Derives a draft's lookup id and key from its (normalised) resume code: PBKDF2-SHA-256
 * with `iterations` rounds to one 256-bit secret, then HKDF-SHA-256 splits it into two
 * independent values. The endpoint learns the lookup id (to file the ciphertext) but can
 * compute nothing about the key from it; knowing the key says nothing about the id.
 */
export async function deriveDraftKeys(code: string, iterations: number): Promise<DraftKeys> {
  const subtle = subtleCrypto();
  const password = await subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
  const secret = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: toBuffer(PBKDF2_SALT), iterations }, password, 256);
  const master = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hkdf = (info: Uint8Array) => ({ name: 'HKDF', hash: 'SHA-256', salt: toBuffer(HKDF_SALT), info: toBuffer(info) });
  const idBits = await subtle.deriveBits(hkdf(LOOKUP_INFO), master, 256);
  const key = await subtle.deriveKey(hkdf(KEY_INFO), master, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return { lookupId: toHex(new Uint8Array(idBits)), key };
}

/** Bytes as lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
