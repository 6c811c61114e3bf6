/**
 * Version of the published JSON Schemas and types. The major is part of every `$id`
 * (`…/schemas/v1/…`): a breaking change to a published shape gets a new major and new ids.
 */
export const SCHEMA_VERSION = '1.0.0';

/** Where the schemas are published; each file's `$id` is this plus its file name. */
export const SCHEMA_BASE_URL = `https://onestory.dev/schemas/v${SCHEMA_VERSION.split('.')[0]}/`;

/** The `$id` of a published schema file, e.g. `schemaId('story')`. */
export function schemaId(fileStem: string): string {
  return `${SCHEMA_BASE_URL}${fileStem}.schema.json`;
}
