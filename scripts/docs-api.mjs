#!/usr/bin/env node
// The API reference of @onestory/core, built from its TSDoc with TypeDoc into docs/api/
// (gitignored: build it, do not commit it). Every entry point is documented: the root
// `@onestory/core` (the public API) and each subpath (`@onestory/core/session`, `/server`,
// and the areas components and custom forms are built from).
//
//   node scripts/docs-api.mjs          (or `npm run docs`)
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = join(root, 'packages/core');
const out = join(root, 'docs/api');
// package.json's exports, as source files: './engine' → 'engine/index', './i18n/cy' → 'i18n/cy'.
const SUBPATHS = Object.keys(JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).exports)
  .filter((subpath) => subpath !== '.')
  .map((subpath) => (subpath.split('/').length > 2 ? subpath.slice(2) : `${subpath.slice(2)}/index`));

const app = await Application.bootstrap({
  name: '@onestory/core',
  entryPoints: [join(core, 'src/index.ts'), ...SUBPATHS.map((subpath) => join(core, 'src', `${subpath}.ts`))],
  tsconfig: join(core, 'tsconfig.json'),
  readme: 'none',
  excludePrivate: true,
  excludeProtected: true,
  excludeInternal: true,
  // Ours: only what the package exports is documented; anything it leaks from zod is not.
  excludeExternals: true,
  // Missing TSDoc is reported (so it can be fixed), but does not fail the build.
  validation: { notExported: false, invalidLink: true, notDocumented: false },
  treatWarningsAsErrors: false,
  githubPages: false,
  disableSources: true,
});
const project = await app.convert();
if (!project) {
  console.error('TypeDoc could not convert @onestory/core (see the errors above).');
  process.exit(1);
}
// Entry points are named after their files (`index`, `server`): name them as they are imported.
const importNames = { index: '@onestory/core', session: '@onestory/core/session', server: '@onestory/core/server' };
for (const entry of project.children ?? []) entry.name = importNames[entry.name] ?? entry.name;
rmSync(out, { recursive: true, force: true });
await app.generateDocs(project, out);
console.log(`API reference → ${relative(root, out)}/index.html`);
