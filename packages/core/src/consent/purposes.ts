import { fieldInfoOf, fieldOrderOf } from '../definition/declared-fields.js';
import type { Definition } from '../definition/definition.schema.js';
import type { Purpose, Service } from '../definition/service.schema.js';
import type { DataCategory, FieldPath } from '../story/fields.js';

/** The fields a purpose uses: its required fields, then its optional ones, each once. */
export function purposeFields(purpose: Purpose): FieldPath[] {
  return [...new Set([...purpose.requires, ...(purpose.optional ?? [])])];
}

/** Every field any purpose of a service uses, in Story order, then the definition's declared fields. */
export function serviceFields(service: Service, definition: Definition): FieldPath[] {
  const used = new Set(service.purposes.flatMap(purposeFields));
  return fieldOrderOf(definition).filter((path) => used.has(path));
}

/** The special category fields among `fields` (Story fields and the definition's declared ones). */
export function specialFields(fields: readonly FieldPath[], definition: Definition): FieldPath[] {
  return fields.filter((path) => fieldInfoOf(definition, path).special);
}

/** The kinds of data among `fields`, each once, in first-seen order. */
export function dataCategoriesOf(fields: readonly FieldPath[], definition: Definition): DataCategory[] {
  return [...new Set(fields.map((path) => fieldInfoOf(definition, path).category))];
}

/**
 * True when agreeing to the purpose must include a separate, explicit statement about
 * special category data (rule 5): it uses such data and rests on consent, either as its
 * Art 6 basis or as its Art 9 condition (a).
 */
export function needsExplicitStatement(purpose: Purpose, definition: Definition): boolean {
  return (
    specialFields(purposeFields(purpose), definition).length > 0 &&
    (purpose.basis === 'consent' || purpose.specialCategory?.condition === 'a')
  );
}

/** The service with `id`, if the definition offers it. */
export function findService(definition: Definition, id: string): Service | undefined {
  return definition.services.find((service) => service.id === id);
}

/** The purpose `purposeId` of service `serviceId`, if both exist. */
export function findPurpose(definition: Definition, serviceId: string, purposeId: string): Purpose | undefined {
  return findService(definition, serviceId)?.purposes.find((purpose) => purpose.id === purposeId);
}

/** The chosen services, in definition order, ignoring ids the definition does not offer. */
export function chosenServicesOf(definition: Definition, chosen: readonly string[]): Service[] {
  const wanted = new Set(chosen);
  return definition.services.filter((service) => wanted.has(service.id));
}
