import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ReceiverStore, ServiceTokenInfo } from './store/receiver-store.js';

/** Prefix of service tokens, so that a leaked one is recognisable (and scanners can find it). */
export const TOKEN_PREFIX = 'ost_';

/** SHA-256 (hex) of a token: all the store ever keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token: the prefix and 32 random bytes, base64url. */
export function newToken(random: (size: number) => Uint8Array = randomBytes): string {
  return `${TOKEN_PREFIX}${Buffer.from(random(32)).toString('base64url')}`;
}

/**
 * Issues a token for a service and returns it with its id. The token is shown this once:
 * the store keeps only its hash. Revoke it with `store.revokeToken(tokenId, at)`.
 */
export async function issueServiceToken(
  store: ReceiverStore,
  serviceId: string,
  { label = 'token', at = new Date(), random = randomBytes }: { label?: string; at?: Date; random?: (size: number) => Uint8Array } = {},
): Promise<ServiceTokenInfo & { readonly token: string }> {
  const token = newToken(random);
  return { ...(await store.issueToken(serviceId, label, at, hashToken(token))), token };
}

/** How a request's credentials were judged. */
export type Authentication =
  | { readonly ok: true; readonly serviceId: string; readonly tokenId: string }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'invalid' };

/**
 * Checks an `Authorization: Bearer <token>` header. The token is hashed and looked up by
 * its hash (so the database never compares secrets), then the stored hash is compared
 * with the presented one in constant time. Unknown and revoked tokens alike are `invalid`.
 */
export async function authenticate(store: ReceiverStore, header: string | string[] | undefined): Promise<Authentication> {
  if (header === undefined) return { ok: false, reason: 'missing' };
  const match = typeof header === 'string' ? /^Bearer +([\x21-\x7e]{1,200})$/i.exec(header) : null;
  if (!match) return { ok: false, reason: 'malformed' };
  const presented = Buffer.from(hashToken(match[1]!), 'hex');
  const found = await store.serviceForTokenHash(presented.toString('hex'));
  if (!found) return { ok: false, reason: 'invalid' };
  const stored = Buffer.from(found.tokenHash, 'hex');
  if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) return { ok: false, reason: 'invalid' };
  return { ok: true, serviceId: found.serviceId, tokenId: found.tokenId };
}
