// The CDN build's files: the entry a partner's `<script>` names and, beside it, the parts
// it loads on demand (rollup.config.mjs). Hosting or measuring the build means all of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = fileURLToPath(new URL('../../packages/components/dist/cdn/', import.meta.url));
export const CDN_ENTRY_NAME = 'onestory.min.js';

/** The build's script files (entry first), each with their source maps when `maps`. */
export function cdnFileNames({ maps = false } = {}) {
  const pattern = maps ? /^onestory.*\.js(\.map)?$/ : /^onestory.*\.js$/;
  const names = readdirSync(CDN_DIR).filter((name) => pattern.test(name));
  return names.sort((a, b) => Number(b.startsWith(CDN_ENTRY_NAME)) - Number(a.startsWith(CDN_ENTRY_NAME)) || a.localeCompare(b));
}

/** `/<name>` → absolute path, for every script and map of the build. */
export function cdnFiles() {
  return Object.fromEntries(cdnFileNames({ maps: true }).map((name) => [`/${name}`, join(CDN_DIR, name)]));
}
