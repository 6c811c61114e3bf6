import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCoreDocs } from './json-schema/doc-comments.js';
import { PUBLISHED_SCHEMAS } from './json-schema/published.js';
import { toPublishedJsonSchema, variantStem, variantsDiffer, type SchemaIo } from './json-schema/to-json-schema.js';
import { toTypeScript } from './typescript/to-typescript.js';

/** A generated file: its path inside packages/schemas, and its exact content. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** Folders whose every file is generated (anything else in them is stale). */
export const GENERATED_DIRS = ['json', 'types'] as const;

/** Serialises JSON the one way generated files use: two-space indent, final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const typesBanner = (source: string) =>
  `/**\n * Generated from ${source} by @onestory/schemas (json-schema-to-typescript). Do not edit:\n * run \`npm run generate -w @onestory/schemas\`.\n */`;

// Type-only modules still need a runtime file for the package exports map.
const TYPES_STUB = '// Type-only module: the declarations are in the .d.ts file beside this one.\nexport {};\n';

/**
 * Generates every published file in memory: the JSON Schemas (output variant, plus an
 * input variant where it differs) and their TypeScript declarations. `coreSourceDir` is
 * packages/core/src, whose TSDoc becomes the schemas' descriptions.
 */
export async function generateFiles(options: { readonly coreSourceDir: string }): Promise<GeneratedFile[]> {
  const docs = await readCoreDocs(options.coreSourceDir);
  const files: GeneratedFile[] = [];
  for (const entry of PUBLISHED_SCHEMAS) {
    const output = toPublishedJsonSchema(entry, 'output', docs);
    const input = toPublishedJsonSchema(entry, 'input', docs, `${entry.stem}.input`);
    const differs = variantsDiffer(input, output);
    const variants: [SchemaIo, typeof output][] = differs ? [['output', output], ['input', input]] : [['output', output]];
    for (const [io, schema] of variants) {
      const stem = variantStem(entry, io, differs);
      files.push({ path: `json/${stem}.schema.json`, content: formatJson(schema) });
      files.push({ path: `types/${stem}.d.ts`, content: await toTypeScript(schema, typesBanner(`json/${stem}.schema.json`)) });
      files.push({ path: `types/${stem}.js`, content: TYPES_STUB });
    }
  }
  return files;
}

/** A difference between generated files and the files on disk. */
export interface Drift {
  readonly path: string;
  /** `missing`: not on disk; `changed`: content differs; `stale`: on disk but no longer generated. */
  readonly kind: 'missing' | 'changed' | 'stale';
}

/** Compares generated files with the ones under `packageDir`; empty when they match exactly. */
export function findDrift(files: readonly GeneratedFile[], packageDir: string): Drift[] {
  const drift: Drift[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const onDisk = join(packageDir, file.path);
    if (!existsSync(onDisk)) drift.push({ path: file.path, kind: 'missing' });
    else if (readFileSync(onDisk, 'utf8') !== file.content) drift.push({ path: file.path, kind: 'changed' });
  }
  for (const dir of GENERATED_DIRS) {
    const full = join(packageDir, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      if (!expected.has(`${dir}/${name}`)) drift.push({ path: `${dir}/${name}`, kind: 'stale' });
    }
  }
  return drift;
}
