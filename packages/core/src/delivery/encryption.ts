import { ConfigError } from '../errors.js';

/** Fills a new array with `length` cryptographically random bytes. Injected so tests are repeatable. */
export type RandomBytes = (length: number) => Uint8Array;

/** Random bytes from the platform's CSPRNG (`crypto.getRandomValues`). */
export const secureRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** An AES-GCM ciphertext with the 96-bit IV it was made with, as stored. */
export interface SealedBox {
  /** 12 random bytes, base64; never reused with the same key. */
  readonly iv: string;
  /** Ciphertext and 128-bit tag, base64. */
  readonly ciphertext: string;
}

/**
 * Web Crypto's `SubtleCrypto`, present in browsers on secure origins (https:, localhost)
 * and in Node 20.
 *
 * @throws ConfigError when absent: storing personal data unencrypted is never the fallback.
 */
export function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new ConfigError(
      'Web Crypto is unavailable (the page is not a secure context): serve it over https: to store anything on the device.',
    );
  }
  return subtle;
}

/** Encrypts `value` (as JSON) with AES-GCM under `key`, with a fresh random 96-bit IV. */
export async function sealJson(key: CryptoKey, value: unknown, randomBytes: RandomBytes): Promise<SealedBox> {
  const iv = randomBytes(12);
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await subtleCrypto().encrypt({ name: 'AES-GCM', iv: toBuffer(iv) }, key, plaintext);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypts a {@link sealJson} box. Rejects when the key is wrong or the box was altered. */
export async function openJson(key: CryptoKey, box: SealedBox): Promise<unknown> {
  const plaintext = await subtleCrypto().decrypt(
    { name: 'AES-GCM', iv: toBuffer(fromBase64(box.iv)) },
    key,
    toBuffer(fromBase64(box.ciphertext)),
  );
  return JSON.parse(new TextDecoder().decode(plaintext));
}

/** Bytes as standard base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Standard base64 to bytes. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A copy backed by a plain ArrayBuffer, which TypeScript's Web Crypto types insist on. */
export function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}
