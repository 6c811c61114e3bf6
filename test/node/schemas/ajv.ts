// ajv and ajv-formats are CommonJS: load them with require, typed by their named exports.
import { createRequire } from 'node:module';
import type { AnySchema, ValidateFunction } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Class;
const addFormats = require('ajv-formats') as FormatsPlugin;

/** A strict JSON Schema 2020-12 validator with the standard formats, as a receiving backend would use. */
export function compileJsonSchema(schema: AnySchema): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
