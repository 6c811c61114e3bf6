import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** The CDN build's folder: the entry and the parts it loads on demand, side by side. */
export const CDN_DIR = join(repoRoot, 'packages/components/dist/cdn');

/** The entry a partner's `<script type="module">` names. */
export const CDN_ENTRY = join(CDN_DIR, 'onestory.min.js');

/** Every file of the CDN build (`onestory*.js` and their maps), served at `/<name>`, as a partner hosts them. */
export function cdnRoutes(): Record<string, { file: string }> {
  return Object.fromEntries(
    readdirSync(CDN_DIR)
      .filter((name) => /^onestory.*\.js(\.map)?$/.test(name))
      .map((name) => [`/${name}`, { file: join(CDN_DIR, name) }]),
  );
}
