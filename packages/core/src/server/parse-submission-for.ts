import { declaredFieldsOf } from '../definition/declared-fields.js';
import { declaredValueProblem } from '../definition/declared-value.js';
import type { Definition } from '../definition/definition.schema.js';
import { translate } from '../i18n/translate.js';
import { serviceFields } from '../consent/purposes.js';
import { declaredFieldPath, isDeclaredFieldPath } from '../story/fields.js';
import type { Submission } from '../submission/submission.schema.js';
import { parseSubmission, type ParseResult, type PayloadIssue } from './parse-submission.js';

/**
 * A parser for submissions made with one definition: {@link parseSubmission}, then what
 * only the definition knows. The submission names this definition and version; each
 * envelope names one of its services and holds only fields that service's purposes list;
 * and each declared field's answer is checked against its declaration (a money amount a
 * whole number of pence within its range, a date within its range on the day the
 * submission was made, a choice one of its options). The generic schema accepts any JSON
 * value under `story.declared`: this is where they are typed.
 *
 * @example
 * const parse = parseSubmissionFor(loadDefinition(definitionJson));
 * const result = parse(await request.json());
 * if (!result.ok) return problem(400, result.issues);
 */
export function parseSubmissionFor(definition: Definition): (json: unknown) => ParseResult<Submission> {
  const declared = declaredFieldsOf(definition);
  const servicesById = new Map(definition.services.map((service) => [service.id, service]));
  const listed = new Map(definition.services.map((service) => [service.id, new Set<string>(serviceFields(service, definition))]));
  return (json) => {
    const parsed = parseSubmission(json);
    if (!parsed.ok) return parsed;
    const submission = parsed.value;
    const issues: PayloadIssue[] = [];
    const issue = (path: string, code: string, message: string) => issues.push({ path, code, message });
    if (submission.definition.id !== definition.id || submission.definition.version !== definition.version) {
      issue('definition', 'definition-mismatch', `Made with "${submission.definition.id}" ${submission.definition.version}, not "${definition.id}" ${definition.version}.`);
    }
    const madeOn = submission.createdAt.slice(0, 10);
    submission.disclosures.forEach((envelope, ei) => {
      const where = `disclosures[${ei}]`;
      const service = servicesById.get(envelope.serviceId);
      if (!service) return issue(`${where}.serviceId`, 'unknown-service', `The definition has no service "${envelope.serviceId}".`);
      const allowed = listed.get(service.id)!;
      envelope.fields.forEach((field, fi) => {
        if (!allowed.has(field)) issue(`${where}.fields[${fi}]`, 'field-not-listed', `"${service.id}" does not receive "${field}": no purpose of it lists the field.`);
      });
      for (const [id, value] of Object.entries(envelope.story.declared ?? {})) {
        const path = declaredFieldPath(id);
        const at = `${where}.story.declared.${id}`;
        const field = isDeclaredFieldPath(path) ? declared.get(path) : undefined;
        if (!field) {
          issue(at, 'undeclared-field', `The definition declares no field "${id}".`);
          continue;
        }
        if (!allowed.has(path)) issue(at, 'field-not-listed', `"${service.id}" does not receive "${path}": no purpose of it lists the field.`);
        const problem = declaredValueProblem(field, value, madeOn);
        if (problem) issue(at, problem.code, translate('en', problem.code, problem.params));
      }
    });
    return issues.length === 0 ? parsed : { ok: false, issues };
  };
}
