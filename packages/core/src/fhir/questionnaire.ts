import { findService, serviceFields } from '../consent/purposes.js';
import type { Condition } from '../definition/condition.schema.js';
import type { Definition, Question } from '../definition/definition.schema.js';
import { indexDefinition } from '../engine/definition-index.js';
import { localize, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { FieldPath } from '../story/fields.js';
import { translateCondition, type EnableWhenScope } from './enable-when.js';
import { shapeOf, type Shape } from './field-shapes.js';
import type { Extension, Questionnaire, QuestionnaireItem } from './resources.js';
import { localizedText } from './text.js';
import { ITEM_CONTROL, ITEM_CONTROL_SYSTEM, oneStoryUris, QUESTIONNAIRE_UNIT, type OneStoryUris } from './uris.js';
import { FhirExportError } from './errors.js';

/** Options of {@link definitionToQuestionnaire}. */
export interface QuestionnaireOptions {
  /** The language of `text` elements; the other languages travel as translations. Default `en`. */
  readonly locale?: Locale;
  /** Only what this service needs (and the front-door questions everyone is asked). */
  readonly serviceId?: string;
  /** Base of OneStory's canonical URLs and code systems. Default `https://onestory.dev/fhir`. */
  readonly fhirBase?: string;
}

/** A definition condition that `enableWhen` cannot express, and why. */
export interface InexpressibleCondition {
  /** The item it belongs to: a field path, or `page:<id>` for a page. */
  readonly linkId: string;
  /** The question or page id in the definition. */
  readonly id: string;
  readonly condition: Condition;
  readonly reason: string;
}

/** A Questionnaire, and what it could not say. */
export interface QuestionnaireExport {
  readonly questionnaire: Questionnaire;
  /**
   * Conditions left out because enableWhen cannot say them: the item they guard is shown
   * unconditionally, and a form filler must apply them itself (or ignore the answer).
   */
  readonly inexpressible: readonly InexpressibleCondition[];
  /** Behaviour of the intake the Questionnaire does not carry, in plain words. */
  readonly limitations: readonly string[];
}

/** The linkId of a page's group item. Field paths contain dots and no colon, so they never collide. */
export const pageLinkId = (pageId: string): string => `page:${pageId}`;

/**
 * Turns an intake definition into an R4 Questionnaire following SDC conventions: one
 * group per page, one item per question with the linkId of its Story field (so a
 * receiver can map answers without the definition), answer options as codings, SDC item
 * controls for radios, checkboxes and selects, and `enableWhen` from conditions wherever
 * R4 can say them. With `serviceId`, only that service's questions, with `required` set
 * for what its core purposes require. Pure: the same definition gives the same resource.
 *
 * @throws {FhirExportError} when `serviceId` names no service of the definition.
 */
export function definitionToQuestionnaire(definition: Definition, options: QuestionnaireOptions = {}): QuestionnaireExport {
  const locale = options.locale ?? 'en';
  const uris = oneStoryUris(options.fhirBase);
  const service = options.serviceId === undefined ? undefined : findService(definition, options.serviceId);
  if (options.serviceId !== undefined && !service) {
    throw new FhirExportError(`serviceId: the definition "${definition.id}" has no service "${options.serviceId}"`);
  }
  const listedByAny = new Set(definition.services.flatMap((s) => serviceFields(s, definition)));
  const wanted = service ? new Set(serviceFields(service, definition)) : undefined;
  const required = new Set(service?.purposes.filter((p) => p.core).flatMap((p) => p.requires) ?? []);
  const questionById = new Map(definition.questions.map((q) => [q.id, q]));
  const included = (q: Question) => !wanted || wanted.has(q.field) || !listedByAny.has(q.field);

  // Pages in the order the intake asks them (pages deciding eligibility come first).
  const pages = indexDefinition(definition).pages.map((indexed) => indexed.page);
  // Every field the Questionnaire asks, so a condition on a later one is named as such.
  const asked = new Set<FieldPath>();
  for (const page of pages) for (const id of page.questions) { const q = questionById.get(id); if (q && included(q)) asked.add(q.field); }

  const written = new Map<FieldPath, Shape>();
  const inexpressible: InexpressibleCondition[] = [];
  const scope: EnableWhenScope = {
    earlierItem: (field) => written.get(field),
    askedAnywhere: (field) => asked.has(field),
    codeSystem: (field) => uris.fieldCodes(field),
    named: definition.conditions ?? {},
    ...(service && { serviceId: service.id }),
  };
  const guard = (linkId: string, id: string, condition: Condition | undefined): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> => {
    if (!condition) return {};
    const translated = translateCondition(condition, scope);
    if (translated.kind === 'always') return {};
    if (translated.kind === 'inexpressible') {
      inexpressible.push({ linkId, id, condition, reason: translated.reason });
      return {};
    }
    return {
      enableWhen: translated.enableWhen,
      ...(translated.enableWhen.length > 1 && { enableBehavior: translated.behavior }),
    };
  };

  const items: QuestionnaireItem[] = [];
  const done = new Set<FieldPath>();
  for (const page of pages) {
    const pageGuard = guard(pageLinkId(page.id), page.id, page.when);
    const children: QuestionnaireItem[] = [];
    for (const id of page.questions) {
      const question = questionById.get(id);
      if (!question || !included(question) || done.has(question.field)) continue;
      done.add(question.field);
      const shape = shapeOf(question.field, question, definition);
      const questionGuard = guard(question.field, question.id, question.when);
      children.push({
        ...questionItem(question, shape, { locale, uris }),
        ...(required.has(question.field) && { required: true }),
        ...questionGuard,
      });
      written.set(question.field, shape);
    }
    if (children.length === 0) continue;
    items.push({ linkId: pageLinkId(page.id), ...localizedText(page.title, locale), type: 'group', ...pageGuard, item: children });
  }

  const id = service ? `${definition.id}.${service.id}` : definition.id;
  const title = service
    ? Object.fromEntries(Object.entries(definition.title).map(([tag, text]) => [tag, `${text}: ${localize(service.name, tag)}`]))
    : definition.title;
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id,
    language: locale,
    url: uris.questionnaire(definition.id, service?.id),
    version: definition.version,
    name: computableName(id),
    ...localizedTitle(title, locale),
    status: 'active',
    subjectType: ['Patient'],
    publisher: definition.privacyNotice.controller.name[locale],
    ...(service && { description: service.description[locale] }),
    item: items,
  };
  const limitations = service
    ? []
    : ['A question a service needs is asked only when the person chooses that service; this Questionnaire, for the whole definition, shows every question. Export one per service to keep that.'];
  return { questionnaire, inexpressible, limitations };
}

function localizedTitle(title: LocalizedText, locale: Locale): Pick<Questionnaire, 'title' | '_title'> {
  const { text, _text } = localizedText(title, locale);
  return { title: text, ...(_text && { _title: _text }) };
}

/** A computable name (`[A-Z][A-Za-z0-9_]*`) from a definition id: `early-help` gives `EarlyHelp`. */
function computableName(id: string): string {
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

interface ItemContext {
  readonly locale: Locale;
  readonly uris: OneStoryUris;
}

const control = (code: string): Extension => ({
  url: ITEM_CONTROL,
  valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
});

function questionItem(question: Question, shape: Shape, ctx: ItemContext): QuestionnaireItem {
  const hint: QuestionnaireItem[] = question.hint
    ? [{ linkId: `${question.field}.hint`, ...localizedText(question.hint, ctx.locale), type: 'display', extension: [control('help')] }]
    : [];
  const item = shapeItem(question.field, shape, ctx);
  return {
    ...item,
    linkId: question.field,
    definition: ctx.uris.fieldDefinition(question.field),
    ...localizedText(question.label, ctx.locale),
    ...(hint.length > 0 && { item: [...hint, ...(item.item ?? [])] }),
  };
}

/** The item of one shape at `linkId` (its text is the caller's). */
function shapeItem(linkId: string, shape: Shape, ctx: ItemContext): QuestionnaireItem {
  const system = ctx.uris.fieldCodes(linkId);
  switch (shape.kind) {
    case 'choice':
      return {
        linkId,
        type: 'choice',
        ...(shape.repeats && { repeats: true }),
        extension: [control(shape.control)],
        answerOption: shape.options.map((o) => ({ valueCoding: { system, code: o.code, display: o.label[ctx.locale] } })),
      };
    case 'list':
      return {
        linkId,
        type: 'group',
        item: shape.items.map((entry) => ({
          linkId: `${linkId}.${entry.key}`,
          ...localizedText(entry.label, ctx.locale),
          type: 'choice',
          required: true,
          extension: [control('radio-button')],
          answerOption: shape.options.map((o) => ({ valueCoding: { system, code: o.code, display: o.label[ctx.locale] } })),
        })),
      };
    case 'group':
      return {
        linkId,
        type: 'group',
        ...(shape.repeats && { repeats: true }),
        item: shape.children.map((child) => ({
          ...shapeItem(`${linkId}.${child.key}`, child.shape, ctx),
          ...localizedText(child.label, ctx.locale),
          ...(child.required && { required: true }),
          ...(child.whenTrue && { enableWhen: [{ question: `${linkId}.${child.whenTrue}`, operator: '=' as const, answerBoolean: true }] }),
        })),
      };
    case 'money':
      return { linkId, type: 'decimal', extension: [{ url: QUESTIONNAIRE_UNIT, valueCoding: { system: 'urn:iso:std:iso:4217', code: 'GBP', display: 'pounds' } }] };
    default:
      return {
        linkId,
        type: shape.kind,
        ...(shape.maxLength !== undefined && { maxLength: shape.maxLength }),
      };
  }
}
