import { DECLARED_FIELD_PATH_PATTERN } from '@onestory/core/story';
import { isJsonObject, type JsonSchema } from '../json-schema/json-schema.js';

/**
 * A copy of `value` in which every `$ref` stands alone. json-schema-to-typescript makes a
 * new, numbered type (`Phone1`, `Phone2`…) for a `$ref` with sibling keywords such as a
 * property's `description`; alone, each `$defs` entry becomes exactly one named type.
 */
function bareRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bareRefs);
  if (!isJsonObject(value)) return value;
  if (typeof value['$ref'] === 'string') return { $ref: value['$ref'] };
  const copy = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, bareRefs(child)]));
  // A declared field path is `declared.<id>`: TypeScript can say so, as core's type does.
  if (copy['type'] === 'string' && copy['pattern'] === DECLARED_PATH_PATTERN) copy['tsType'] = '`declared.${string}`';
  return copy;
}

const DECLARED_PATH_PATTERN = DECLARED_FIELD_PATH_PATTERN.source;

/**
 * TypeScript declarations for a JSON Schema, through json-schema-to-typescript. Output is
 * deterministic (same schema, same text), so generated files can be committed and checked.
 */
export async function toTypeScript(schema: JsonSchema, banner: string): Promise<string> {
  const { compile } = await import('json-schema-to-typescript');
  const title = typeof schema['title'] === 'string' ? schema['title'] : 'Schema';
  return compile(bareRefs(schema) as Parameters<typeof compile>[0], title, {
    bannerComment: banner,
    additionalProperties: false,
    // `T[]`, not tuples of every allowed length: bounds stay in the JSON Schema and in TSDoc.
    ignoreMinAndMaxItems: true,
    // Every reference is inside the document: never fetch anything.
    $refOptions: { resolve: { external: false } },
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}
