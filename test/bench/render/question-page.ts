// A page of N questions rendered by the intake's own question view (the template
// <onestory-intake> uses for every question), for sizes the engine cannot put on one page
// yet: the Story has ~40 fields and each is asked once. Conditions are compiled by core's
// `compileCondition`, as the engine does; there is no plan, consent or flow here.
import { type FieldPath, type PlannedQuestion, type Question } from '@onestory/core';
import { compileCondition, type ConditionPredicate, type ConditionScope } from '@onestory/core/engine';
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderQuestion } from '../../../packages/components/dist/intake/internal/question.view.js';

const text = (en: string) => ({ en, cy: `${en} (cy)` });
const FOUR = ['yes', 'no', 'maybe', 'unknown'].map((value) => ({ value, label: text(`Answer ${value}`) }));

/** The widgets of a generated page: 60% text, 20% radios of 4, 10% dates, 10% checkboxes of 4. */
function kindOf(index: number): 'text' | 'radios' | 'date' | 'checkboxes' {
  const slot = index % 10;
  return slot < 6 ? 'text' : slot < 8 ? 'radios' : slot === 8 ? 'date' : 'checkboxes';
}

const FIELD_OF: Readonly<Record<ReturnType<typeof kindOf>, FieldPath>> = {
  text: 'needs.housing.description',
  radios: 'access.interpreter',
  date: 'person.dateOfBirth',
  checkboxes: 'needs.domains',
};

/** The generated questions: the first is the radio the conditional ones depend on. */
export interface GeneratedPage {
  readonly questions: readonly { readonly planned: PlannedQuestion; readonly when?: ConditionPredicate }[];
  /** Questions on screen with the conditional ones hidden / shown. */
  readonly visible: { readonly hidden: number; readonly shown: number };
}

/** `count` questions, `conditional` of them shown only when the first one is "yes". */
export function generatePage(count: number, conditional: number): GeneratedPage {
  const showWhenYes = compileCondition({ equals: { field: 'access.interpreter', value: 'yes' } });
  // The first question is the switch; the conditional ones are spread evenly after it.
  const step = Math.max(1, Math.floor((count - 1) / conditional));
  const conditionalIndices = new Set(Array.from({ length: conditional }, (_, k) => 1 + k * step));
  const questions = Array.from({ length: count }, (_, index) => {
    const kind = index === 0 ? 'radios' : kindOf(index);
    const isConditional = conditionalIndices.has(index);
    const question: Question = {
      id: `q${index}`,
      field: FIELD_OF[kind],
      label: text(`Question ${index + 1}`),
      widget: kind,
      ...(kind === 'radios' || kind === 'checkboxes' ? { options: FOUR } : {}),
    };
    const planned: PlannedQuestion = { question, pageId: 'page', required: false, neededBy: [], confirmingPrefill: false, frontDoor: true };
    return isConditional ? { planned, when: showWhenYes } : { planned };
  });
  return { questions, visible: { hidden: count - conditionalIndices.size, shown: count } };
}

/** Renders a generated page as the intake renders a page's questions (keyed, one element each). */
export class BenchQuestionPage extends LitElement {
  static override properties = { page: { attribute: false } };
  declare page: GeneratedPage | undefined;
  #switch: unknown = undefined;

  protected override firstUpdated(): void {
    // As the intake does: answers are read from the field elements' change events.
    this.renderRoot.addEventListener('change', (event) => {
      const field = event.target as HTMLElement & { value?: unknown };
      if (field.id !== 'q0') return;
      this.#switch = field.value;
      this.requestUpdate();
    });
  }

  protected override render() {
    const scope: ConditionScope = {
      value: (field) => (field === 'access.interpreter' ? this.#switch : undefined),
      serviceChosen: () => false,
      today: '2025-06-15',
    };
    const visible = (this.page?.questions ?? []).filter((q) => !q.when || q.when(scope));
    return html`<div class="questions">
      ${repeat(
        visible,
        (q) => q.planned.question.id,
        (q) => renderQuestion({ planned: q.planned, locale: 'en', value: undefined, error: '', optionalText: '(optional)' }),
      )}
    </div>`;
  }
}
customElements.define('bench-question-page', BenchQuestionPage);
