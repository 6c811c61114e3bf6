import type { PrivacyNotice } from '../definition/definition.schema.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/**
 * The content hash recorded with every consent: SHA-256 (hex) of the canonical JSON of the
 * definition's privacy notice. It proves which wording the person was shown, even if the
 * notice at `uri` later changes without a new version number.
 */
export function privacyNoticeHash(notice: PrivacyNotice): string {
  return sha256Hex(canonicalJson(notice));
}
