// Writes packages/components/custom-elements.json from the components' JSDoc (@summary,
// @event, @csspart, @cssproperty, @slot…) with @custom-elements-manifest/analyzer. The
// manifest is what Storybook's autodocs (and editors' tooling) read: `rollup -c` (the
// build) always regenerates it; Storybook regenerates it when a source is newer.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const COMPONENTS_DIR = join(root, 'packages/components');
export const MANIFEST_FILE = join(COMPONENTS_DIR, 'custom-elements.json');
const CONFIG_FILE = fileURLToPath(new URL('./cem.config.mjs', import.meta.url));

/** True when the manifest is missing or older than a source file of the components. */
export function manifestIsStale() {
  if (!existsSync(MANIFEST_FILE)) return true;
  const written = statSync(MANIFEST_FILE).mtimeMs;
  const sources = readdirSync(join(COMPONENTS_DIR, 'src'), { recursive: true, encoding: 'utf8' });
  return sources.some((file) => file.endsWith('.ts') && statSync(join(COMPONENTS_DIR, 'src', file)).mtimeMs > written);
}

/** Analyses the components and writes the manifest; resolves to its path. */
export async function writeManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({ argv: ['analyze', '--config', CONFIG_FILE], cwd: COMPONENTS_DIR, noWrite: true });
  const elements = manifest?.modules?.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement) ?? [];
  if (elements.length === 0) throw new Error('custom-elements manifest: the analyzer found no custom elements.');
  // The analyzer lists modules in file-system order, which differs between machines: sort,
  // so a rebuild does not churn the committed file.
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return MANIFEST_FILE;
}
