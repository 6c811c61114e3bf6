import type { Payload } from './xss-corpus.js';
import { asRead, type Answer, type AnswerMap } from './intake-answers.js';

/** A definition whose every text is hostile, and which payloads went where. */
export interface HostileDefinition {
  readonly definition: unknown;
  /** Payload ids placed in English text (what an English run renders). */
  readonly placedEn: ReadonlySet<string>;
  /** How many texts (`{en, cy}` pairs) were replaced. */
  readonly slots: number;
}

/** Longest text put in one `{en, cy}` slot (the schema allows 10,000 characters). */
const SLOT_BUDGET = 9000;

function isLocalizedText(value: unknown): value is { en: string; cy: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { en?: unknown }).en === 'string' && typeof (value as { cy?: unknown }).cy === 'string';
}

/**
 * Copies `definition` with every localized text — titles, labels, hints, option labels,
 * service names and descriptions, purposes, the privacy notice, organisation contacts,
 * emergency contacts — replaced by XSS payloads. Payloads are spread so that each one
 * lands in at least one English text (slots hold several, joined by spaces) and the Welsh
 * side gets them in reverse order. Structure, ids and values are untouched, so the result
 * still passes `checkDefinition` and the same flow can be completed.
 */
export function hostileDefinition(definition: unknown, corpus: readonly Payload[]): HostileDefinition {
  const copy = structuredClone(definition);
  const slots: { en: string; cy: string }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    if (isLocalizedText(value)) return void slots.push(value);
    for (const child of Object.values(value)) walk(child);
  };
  walk(copy);

  const fill = (ordered: readonly Payload[], assign: (slot: number, text: string, ids: string[]) => void) => {
    const perSlot = Math.ceil(ordered.length / slots.length);
    slots.forEach((_, index) => {
      // Wrap around so every slot is hostile even when the corpus is used up.
      const chosen = Array.from({ length: perSlot }, (_, k) => ordered[(index * perSlot + k) % ordered.length]!);
      let text = '';
      const ids: string[] = [];
      for (const payload of chosen) {
        if (text.length + payload.text.length + 1 > SLOT_BUDGET) continue;
        text += (text ? ' ' : '') + payload.text;
        ids.push(payload.id);
      }
      assign(index, text.trim() ? text : 'x', ids);
    });
  };
  const placedEn = new Set<string>();
  fill(corpus, (index, text, ids) => {
    slots[index]!.en = text;
    ids.forEach((id) => placedEn.add(id));
  });
  fill([...corpus].reverse(), (index, text) => void (slots[index]!.cy = text));
  return { definition: copy, placedEn, slots: slots.length };
}

type Text = { readonly [locale: string]: string };
interface Choice { readonly label: Text }
interface QuestionJson { readonly field: string; readonly label: Text; readonly options?: readonly Choice[] }
interface DefinitionJson { readonly questions: readonly QuestionJson[]; readonly fields?: readonly { readonly id: string; readonly options?: readonly Choice[] }[] }

/**
 * `answers` (keyed by what the person reads of `original`) rewritten for `hostile`, the
 * {@link hostileDefinition} made from it: each question's entry under the hostile
 * question's text, and the options it names as the hostile option in the same place. The
 * driver then gives the hostile flow the same answers (nobody in danger, and so on) by
 * what is on screen.
 */
export function hostileAnswers(original: unknown, hostile: unknown, answers: AnswerMap): AnswerMap {
  const before = original as DefinitionJson;
  const after = hostile as DefinitionJson;
  const optionsOf = (definition: DefinitionJson, question: QuestionJson) =>
    question.options ?? definition.fields?.find((field) => `declared.${field.id}` === question.field)?.options ?? [];
  const rewritten: Record<string, Answer> = { ...answers };
  before.questions.forEach((question, index) => {
    const counterpart = after.questions[index]!;
    const [from, to] = [optionsOf(before, question), optionsOf(after, counterpart)];
    for (const locale of Object.keys(question.label)) {
      const answer = answers[asRead(question.label[locale]!)];
      if (answer === undefined) continue;
      const option = (label: string) => {
        const at = from.findIndex((choice) => asRead(choice.label[locale] ?? '') === asRead(label));
        return at >= 0 ? asRead(to[at]!.label[locale]!) : label;
      };
      rewritten[asRead(counterpart.label[locale]!)] =
        typeof answer === 'string' ? option(answer) : typeof answer === 'object' && 'tick' in answer ? { tick: answer.tick.map(option) } : answer;
    }
  });
  return rewritten;
}
