import { readFileSync } from 'node:fs';
import { OneStoryError } from '@onestory/core';
import { isJsonObject, type JsonSchema } from './json-schema/json-schema.js';

/** Reads a committed JSON Schema of this package, e.g. `readPublishedSchema('submission')`. */
export function readPublishedSchema(stem: string): JsonSchema {
  const parsed: unknown = JSON.parse(readFileSync(new URL(`../json/${stem}.schema.json`, import.meta.url), 'utf8'));
  if (!isJsonObject(parsed)) throw new OneStoryError(`json/${stem}.schema.json is not a JSON Schema object`);
  return parsed;
}
