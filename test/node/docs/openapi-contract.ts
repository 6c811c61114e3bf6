// Reads the endpoint contract (packages/schemas/openapi/onestory.openapi.json) and checks
// real HTTP exchanges against it with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import { repoRoot } from '../../support/paths.js';

// ajv and ajv-formats are CommonJS.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Class;
const addFormats = require('ajv-formats') as FormatsPlugin;

/** Where the contract lives. */
export const OPENAPI_FILE = join(repoRoot, 'packages/schemas/openapi/onestory.openapi.json');
/** The published JSON Schemas its bodies reference. */
export const JSON_SCHEMA_DIR = join(repoRoot, 'packages/schemas/json');

// The component schemas are registered under this id so ajv can resolve `#/components/schemas/X`.
const COMPONENTS_ID = 'https://onestory.dev/openapi/components.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One HTTP answer, as the client saw it. */
export interface ObservedResponse {
  readonly method: string;
  /** The path template in the contract, e.g. `/submissions`. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body's text ('' when there was none). */
  readonly body: string;
}

/** A `$ref` found in the document, and the JSON pointer of the object holding it. */
export interface FoundRef {
  readonly at: string;
  readonly ref: string;
}

export interface Contract {
  readonly document: JsonObject;
  /** Everything wrong with `response` by the contract; empty when it conforms. */
  checkResponse(response: ObservedResponse): string[];
  /** Everything wrong with a JSON request body by the contract; empty when it conforms. */
  checkRequestBody(method: string, path: string, body: unknown): string[];
  /** Validates `value` against a schema taken from the document (refs rewritten). */
  validate(schema: Json, value: unknown): string[];
}

export function readJsonFile(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Every `$ref` in `node`, depth first, with where it is. */
export function findRefs(node: Json, at = ''): FoundRef[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => findRefs(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const own = typeof node['$ref'] === 'string' ? [{ at, ref: node['$ref'] }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => findRefs(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

/** The value at a JSON pointer (`/a/b~1c`), or undefined. */
export function atPointer(root: Json, pointer: string): Json | undefined {
  let node: Json | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(key)] : node[key];
  }
  return node;
}

/** The published JSON Schemas, by file name. */
export function publishedSchemas(): Map<string, JsonObject> {
  const files = readdirSync(JSON_SCHEMA_DIR).filter((name) => name.endsWith('.schema.json'));
  return new Map(files.map((name) => [name, readJsonFile(join(JSON_SCHEMA_DIR, name))]));
}

const formatErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);

/**
 * Loads the contract. Schema refs are rewritten for ajv: `#/components/schemas/X` to the
 * registered components, and relative files (`../json/submission.schema.json`) to the
 * `$id` of that published schema — so a ref to a file that is not published fails here.
 */
export function loadContract(document: JsonObject = readJsonFile(OPENAPI_FILE), documentFile = OPENAPI_FILE): Contract {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  addFormats(ajv);
  const idsByFile = new Map<string, string>();
  for (const [name, schema] of publishedSchemas()) {
    ajv.addSchema(schema as AnySchema);
    idsByFile.set(join(JSON_SCHEMA_DIR, name), String(schema['$id']));
  }

  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out[key] = rewriteRef(value);
      else out[key] = rewrite(value);
    }
    return out;
  };
  const rewriteRef = (ref: string): string => {
    if (ref.startsWith('#/components/schemas/')) return `${COMPONENTS_ID}#/$defs/${ref.slice('#/components/schemas/'.length)}`;
    if (ref.startsWith('#')) throw new Error(`A schema refers to ${ref}: schemas may only refer to component schemas or published files`);
    const id = idsByFile.get(resolve(dirname(documentFile), ref.split('#')[0]!));
    if (!id) throw new Error(`${ref} is not one of the published JSON Schemas in ${JSON_SCHEMA_DIR}`);
    return ref.includes('#') ? `${id}#${ref.split('#')[1]}` : id;
  };

  const components = (atPointer(document, '/components/schemas') ?? {}) as JsonObject;
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rewrite(components) } as AnySchema);

  const compiled = new WeakMap<object, ValidateFunction>();
  const validate = (schema: Json, value: unknown): string[] => {
    const key = schema as object;
    let check = compiled.get(key);
    if (!check) {
      check = ajv.compile(rewrite(schema) as AnySchema);
      compiled.set(key, check);
    }
    return check(value) ? [] : formatErrors(check.errors);
  };

  // Response, header and parameter objects may themselves be `$ref`s into components.
  const deref = (node: Json | undefined): JsonObject | undefined => {
    let current = node;
    for (let hops = 0; hops < 10 && current && typeof current === 'object' && !Array.isArray(current); hops++) {
      const ref = current['$ref'];
      if (typeof ref !== 'string') return current;
      current = atPointer(document, ref.slice(1));
    }
    return undefined;
  };

  const operation = (method: string, path: string) => deref(atPointer(document, `/paths/${path.replace(/\//g, '~1')}/${method.toLowerCase()}`));

  return {
    document,
    validate,
    checkRequestBody(method, path, body) {
      const op = operation(method, path);
      const schema = atPointer(op ?? {}, '/requestBody/content/application~1json/schema');
      if (schema === undefined) return [`${method} ${path} has no application/json request body in the contract`];
      return validate(schema, body).map((line) => `request body ${line}`);
    },
    checkResponse({ method, path, status, headers, body }) {
      const where = `${method} ${path} → ${status}`;
      const op = operation(method, path);
      if (!op) return [`${method} ${path} is not in the contract`];
      const responses = (op['responses'] ?? {}) as JsonObject;
      const response = deref(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default']);
      if (!response) return [`${where}: the contract has no such response`];
      const problems: string[] = [];

      for (const [name, spec] of Object.entries((response['headers'] ?? {}) as JsonObject)) {
        const header = deref(spec);
        if (!header) {
          problems.push(`${where}: header ${name} has an unresolvable definition`);
          continue;
        }
        const value = headers.get(name);
        if (value === null) {
          if (header['required'] === true) problems.push(`${where}: required header ${name} is missing`);
          continue;
        }
        problems.push(...validate(header['schema'] ?? true, value).map((line) => `${where}: header ${name} ${line}`));
      }

      const content = response['content'] as JsonObject | undefined;
      if (!content) {
        if (body !== '') problems.push(`${where}: the contract says no body, but one was sent`);
        return problems;
      }
      const mediaType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const media = deref(content[mediaType]);
      if (!media) {
        problems.push(`${where}: content type "${mediaType}" is not one of ${Object.keys(content).join(', ')}`);
        return problems;
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        problems.push(`${where}: the body is not JSON`);
        return problems;
      }
      problems.push(...validate(media['schema'] ?? true, json).map((line) => `${where}: body ${line}`));
      return problems;
    },
  };
}
