import * as core from '@onestory/core';
import * as z from 'zod/mini';
import { SCHEMA_VERSION, schemaId } from '../version.js';
import { annotateWithDocs } from './annotate.js';
import type { CoreDocs } from './doc-comments.js';
import { isJsonObject, type JsonSchema } from './json-schema.js';
import type { PublishedSchema } from './published.js';
import { refinementKeywords } from './refinements.js';

/** Which side of parsing a schema describes: what a client sends, or what parsing returns. */
export type SchemaIo = 'input' | 'output';

interface CheckDef {
  readonly check?: string;
  readonly error?: (issue: unknown) => unknown;
}

/** The catalogue keys of a zod schema's refinements (`z.refine(fn, 'postcode.invalid')`). */
function refinementMessages(schema: z.core.$ZodType): string[] {
  const checks = (schema._zod.def as { checks?: readonly { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.flatMap(({ _zod: { def } }) => {
    const message = def.check === 'custom' ? def.error?.({}) : undefined;
    return typeof message === 'string' ? [message] : [];
  });
}

// Every exported `XSchema` of core becomes `$defs/X` wherever it is used, so each shape
// has one name (and one TypeScript type) instead of being repeated inline.
function namedDefinitions(root: z.ZodMiniType): z.core.$ZodRegistry<{ id: string; title: string }> {
  const registry = z.registry<{ id: string; title: string }>();
  for (const [name, value] of Object.entries(core)) {
    if (!name.endsWith('Schema') || value === root || typeof value !== 'object' || value === null || !('_zod' in value)) continue;
    const id = name.slice(0, -'Schema'.length);
    registry.add(value as z.core.$ZodType, { id, title: id });
  }
  return registry;
}

/**
 * Rewrites `type: ["string", "number"]` as `anyOf` of single types: both are valid JSON
 * Schema, but strict validators (ajv's `strictTypes`) refuse the first.
 */
function typeListsToAnyOf(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(typeListsToAnyOf);
  if (!isJsonObject(value)) return;
  const type = value['type'];
  if (Array.isArray(type) && value['anyOf'] === undefined) {
    delete value['type'];
    value['anyOf'] = type.map((t: unknown) => ({ type: t }));
  }
  Object.values(value).forEach(typeListsToAnyOf);
}

/** The file stem of a published schema's variant: `story`, or `story.input` when input differs. */
export function variantStem(entry: PublishedSchema, io: SchemaIo, differs: boolean): string {
  return io === 'input' && differs ? `${entry.stem}.input` : entry.stem;
}

/**
 * The JSON Schema (2020-12) of one published zod schema: with its stable `$id`, its
 * version, descriptions from core's TSDoc, and the refinements a pattern can express.
 */
export function toPublishedJsonSchema(entry: PublishedSchema, io: SchemaIo, docs: CoreDocs, stem = entry.stem): JsonSchema {
  const keywords = refinementKeywords();
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    io,
    metadata: namedDefinitions(entry.schema),
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as JsonSchema;
      for (const message of refinementMessages(zodSchema)) {
        const extra = keywords.get(message);
        if (!extra) continue;
        for (const [keyword, value] of Object.entries(extra)) {
          // Two patterns on one string must both hold: the second goes under allOf.
          if (keyword === 'pattern' && typeof target['pattern'] === 'string') {
            target['allOf'] = [...(Array.isArray(target['allOf']) ? target['allOf'] : []), { pattern: value }];
          } else target[keyword] = value;
        }
      }
    },
  }) as JsonSchema;
  typeListsToAnyOf(generated);
  annotateWithDocs(generated, entry.coreName, docs);
  const { description } = generated;
  const rest: JsonSchema = { ...generated };
  delete rest['$schema'];
  delete rest['description'];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaId(stem),
    title: entry.title,
    ...(description === undefined ? {} : { description }),
    $comment: `OneStory schema version ${SCHEMA_VERSION}${io === 'input' ? ' (input: what a client sends)' : ''}. Generated from @onestory/core by @onestory/schemas; do not edit.`,
    ...rest,
  };
}

/** True when the generated input and output variants differ (e.g. a field with a default). */
export function variantsDiffer(input: JsonSchema, output: JsonSchema): boolean {
  const strip = (schema: JsonSchema) => JSON.stringify({ ...schema, $id: null, $comment: null });
  return strip(input) !== strip(output);
}
