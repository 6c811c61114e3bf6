import type { CoreDocs, DocNode } from './doc-comments.js';
import { isJsonObject as isSchema, type JsonSchema } from './json-schema.js';

/** Writes the TSDoc of `doc` into `schema` as `description`s, walking both in step. */
function annotateNode(schema: JsonSchema, doc: DocNode): void {
  // A `$ref` points into `$defs`, which are annotated once, by name.
  if (typeof schema['$ref'] === 'string') return;
  const properties = schema['properties'];
  if (isSchema(properties)) {
    for (const [key, entry] of doc.properties) {
      const property = properties[key];
      if (!isSchema(property)) continue;
      if (entry.doc !== undefined) property['description'] = entry.doc;
      annotateNode(property, entry.node);
    }
  }
  const items = schema['items'];
  if (doc.items && isSchema(items)) annotateNode(items, doc.items);
  const additional = schema['additionalProperties'];
  if (doc.values && isSchema(additional)) annotateNode(additional, doc.values);
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) {
    // A union's variants keep their order; a nullable wrapper is the same node or null.
    anyOf.forEach((variant, i) => {
      const variantDoc = doc.variants ? doc.variants[i] : doc;
      if (variantDoc && isSchema(variant)) annotateNode(variant, variantDoc);
    });
  }
}

/**
 * Adds descriptions (from core's TSDoc) to a generated JSON Schema: the root is core's
 * `rootConst`, and each `$defs` entry `X` is core's `XSchema`. Editors show these as
 * hover text and completion details; json-schema-to-typescript turns them into TSDoc.
 */
export function annotateWithDocs(schema: JsonSchema, rootConst: string, docs: CoreDocs): void {
  const rootDescription = docs.descriptionOf(rootConst);
  if (rootDescription !== undefined) schema['description'] = rootDescription;
  const rootDoc = docs.nodeOf(rootConst);
  if (rootDoc) annotateNode(schema, rootDoc);
  const defs = schema['$defs'];
  if (!isSchema(defs)) return;
  for (const [name, def] of Object.entries(defs)) {
    if (!isSchema(def)) continue;
    const constName = `${name}Schema`;
    const description = docs.descriptionOf(constName);
    if (description !== undefined && def['description'] === undefined) def['description'] = description;
    const node = docs.nodeOf(constName);
    if (node) annotateNode(def, node);
  }
}
