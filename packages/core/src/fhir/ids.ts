import { sha256Bytes } from '../consent/sha256.js';

const encoder = new TextEncoder();

/**
 * A name-based UUID (RFC 9562 version 8, from SHA-256 of `name`): the same submission
 * always gives the same resource ids, so a Bundle built twice is the same Bundle and a
 * server that already has it can tell.
 */
export function nameBasedUuid(name: string): string {
  const bytes = sha256Bytes(encoder.encode(name)).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
