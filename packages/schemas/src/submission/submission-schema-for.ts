import { FIELD_PATHS, OneStoryError, type Definition, type FieldPath, type Service } from '@onestory/core';
import { declaredFieldsOf, fieldOrderOf } from '@onestory/core/definition';
import { localize } from '@onestory/core/i18n';
import { isDeclaredFieldPath } from '@onestory/core/story';
import { isJsonObject, type JsonSchema } from '../json-schema/json-schema.js';
import { declaredFieldSchema } from './declared-field-schema.js';

/** `housing-support` → `HousingSupport`: a name for a TypeScript type. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * Every field a service can receive (all purposes, required and optional): Story fields in
 * Story order, then, given the definition, the fields it declares, in declaration order.
 */
export function serviceFields(service: Service, definition?: Definition): FieldPath[] {
  const used = new Set<FieldPath>(service.purposes.flatMap((p) => [...p.requires, ...(p.optional ?? [])]));
  return (definition ? fieldOrderOf(definition) : FIELD_PATHS).filter((path) => used.has(path));
}

/** `rentArrears` → `DeclaredRentArrears`: the `$defs` name (and TypeScript type) of a declared field. */
const declaredDefName = (id: string) => `Declared${pascalCase(id)}`;

/**
 * The `declared` part of a service's Story: exactly the declared fields the service can
 * receive, each with its own schema (in `$defs`, shared between services).
 */
function declaredPart(fields: readonly FieldPath[], definition: Definition): JsonSchema | undefined {
  const declared = declaredFieldsOf(definition);
  const ids = fields.filter((path) => declared.has(path as `declared.${string}`)).map((path) => declared.get(path as `declared.${string}`)!.id);
  if (ids.length === 0) return undefined;
  return {
    description: 'Answers to the fields the definition declares for its services, each in its declared type.',
    type: 'object',
    properties: Object.fromEntries(ids.map((id) => [id, { $ref: `#/$defs/${declaredDefName(id)}` }])),
    additionalProperties: false,
  };
}

const clone = <T>(value: T): T => structuredClone(value);

function objectAt(schema: JsonSchema, key: string): JsonSchema {
  const value = schema[key];
  if (!isJsonObject(value)) throw new OneStoryError(`The submission JSON Schema has no object at "${key}"`);
  return value;
}

function resolveRef(node: JsonSchema, defs: JsonSchema): JsonSchema {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const target = defs[ref.replace('#/$defs/', '')];
  if (!isJsonObject(target)) throw new OneStoryError(`The submission JSON Schema has no definition for ${ref}`);
  return target;
}

/**
 * The part of an object schema that holds only `allowed` field paths below `prefix`: a
 * field that is allowed whole keeps its schema (and `$ref`); a parent keeps only the
 * properties some allowed path runs through.
 */
function narrowObject(node: JsonSchema, defs: JsonSchema, allowed: readonly string[], prefix: string): JsonSchema {
  const target = resolveRef(node, defs);
  const properties = objectAt(target, 'properties');
  const kept: JsonSchema = {};
  for (const [key, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (allowed.includes(path)) kept[key] = clone(child);
    else if (allowed.some((a) => a.startsWith(`${path}.`)) && isJsonObject(child)) {
      kept[key] = narrowObject(child, defs, allowed, path);
    }
  }
  const required = Array.isArray(target['required']) ? target['required'].filter((k) => typeof k === 'string' && k in kept) : [];
  return {
    ...(typeof target['description'] === 'string' ? { description: target['description'] } : {}),
    type: 'object',
    properties: kept,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** Names of the `$defs` a schema reaches through `$ref`s, starting from its root. */
function reachableDefs(schema: JsonSchema): Set<string> {
  const defs = isJsonObject(schema['$defs']) ? schema['$defs'] : {};
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const name = ref.slice('#/$defs/'.length);
      if (!seen.has(name)) {
        seen.add(name);
        visit(defs[name]);
      }
    }
    for (const [key, child] of Object.entries(value)) if (key !== '$defs') visit(child);
  };
  visit(schema);
  return seen;
}

function envelopeFor(definition: Definition, service: Service, envelopeBase: JsonSchema, defs: JsonSchema, names: { story: string; purpose: string; field: string }): { disclosure: JsonSchema; purpose: JsonSchema } {
  const disclosure = clone(envelopeBase);
  const props = objectAt(disclosure, 'properties');
  const describedAs = (from: JsonSchema, key: string) => {
    const description = objectAt(from, key)['description'];
    return typeof description === 'string' ? { description } : {};
  };
  const fields = serviceFields(service, definition);
  const fieldEnum = { $ref: `#/$defs/${names.field}` };
  props['serviceId'] = { ...describedAs(props, 'serviceId'), const: service.id };
  props['orukId'] = { ...describedAs(props, 'orukId'), const: service.orukId };
  const purposes = objectAt(props, 'purposes');
  const purpose = clone(resolveRef(objectAt(purposes, 'items'), defs));
  const purposeProps = objectAt(purpose, 'properties');
  purposeProps['purposeId'] = { ...describedAs(purposeProps, 'purposeId'), enum: service.purposes.map((p) => p.id) };
  purpose['title'] = names.purpose;
  purposes['items'] = { $ref: `#/$defs/${names.purpose}` };
  objectAt(props, 'fields')['items'] = fieldEnum;
  objectAt(objectAt(objectAt(props, 'withheld'), 'items'), 'properties')['field'] = fieldEnum;
  props['story'] = { ...describedAs(props, 'story'), $ref: `#/$defs/${names.story}` };
  disclosure['title'] = `${pascalCase(service.id)}Disclosure`;
  disclosure['description'] = `What the service "${service.id}" (${localize(service.name, 'en')}) receives: at most these ${fields.length} fields, and only those the person agreed to or another lawful basis allows.`;
  return { disclosure, purpose };
}

/**
 * The JSON Schema of the submission a definition produces: the generic submission schema
 * (`baseSubmission`, as published in json/submission.schema.json) narrowed so that each
 * disclosure envelope names its service and holds only the Story fields that service can
 * receive. A receiving service validates against it, and gets typed handlers from it.
 */
export function submissionSchemaFor(definition: Definition, baseSubmission: JsonSchema): JsonSchema {
  const schema = clone(baseSubmission);
  const defs = objectAt(schema, '$defs');
  const properties = objectAt(schema, 'properties');
  const baseDefs = clone(defs);
  const prefix = pascalCase(definition.id);

  const definitionProps = objectAt(objectAt(properties, 'definition'), 'properties');
  definitionProps['id'] = { const: definition.id };
  definitionProps['version'] = { const: definition.version };

  const envelopeBase = resolveRef(objectAt(objectAt(properties, 'disclosures'), 'items'), baseDefs);
  const disclosed = resolveRef(objectAt(objectAt(envelopeBase, 'properties'), 'story'), baseDefs);
  const variants: JsonSchema[] = [];
  for (const field of declaredFieldsOf(definition).values()) defs[declaredDefName(field.id)] = declaredFieldSchema(field, declaredDefName(field.id));
  for (const service of definition.services) {
    const name = pascalCase(service.id);
    const storyName = `${name}Story`;
    const fields = serviceFields(service, definition);
    const story = narrowObject(disclosed, baseDefs, fields.filter((f) => !isDeclaredFieldPath(f)), '');
    const declared = declaredPart(fields, definition);
    if (declared) objectAt(story, 'properties')['declared'] = declared;
    defs[storyName] = { ...story, title: storyName };
    const { disclosure, purpose } = envelopeFor(definition, service, envelopeBase, baseDefs, {
      story: storyName,
      purpose: `${name}Purpose`,
      field: `${name}Field`,
    });
    defs[`${name}Field`] = {
      title: `${name}Field`,
      description: `A field the service "${service.id}" can receive.`,
      type: 'string',
      enum: fields,
    };
    defs[`${name}Disclosure`] = disclosure;
    defs[`${name}Purpose`] = purpose;
    variants.push({ $ref: `#/$defs/${name}Disclosure` });
  }
  objectAt(properties, 'disclosures')['items'] = { anyOf: variants };

  // Consent records name one of this definition's services.
  const consent = clone(resolveRef(objectAt(objectAt(properties, 'consents'), 'items'), baseDefs));
  objectAt(consent, 'properties')['serviceId'] = { enum: definition.services.map((s) => s.id) };
  consent['title'] = `${prefix}ConsentRecord`;
  defs[`${prefix}ConsentRecord`] = consent;
  objectAt(properties, 'consents')['items'] = { $ref: `#/$defs/${prefix}ConsentRecord` };

  const reachable = reachableDefs(schema);
  for (const name of Object.keys(defs)) if (!reachable.has(name)) delete defs[name];
  return {
    ...schema,
    $id: `urn:onestory:submission:${definition.id}:${definition.version}`,
    title: `${prefix}Submission`,
    $comment: `Generated by \`onestory types\` from the intake definition "${definition.id}" ${definition.version}.`,
    description: `A submission made with the intake definition "${definition.id}" version ${definition.version}: one disclosure envelope per service, each holding only the fields that service can receive.`,
  };
}
