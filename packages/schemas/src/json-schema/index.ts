export type { JsonSchema } from './json-schema.js';
export { PUBLISHED_SCHEMAS, type PublishedSchema } from './published.js';
export { KNOWN_JSON_SCHEMA_DIFFERENCES, refinementKeywords } from './refinements.js';
export { toPublishedJsonSchema, variantsDiffer, type SchemaIo } from './to-json-schema.js';
export { readCoreDocs, plainDoc, type CoreDocs, type DocNode } from './doc-comments.js';
