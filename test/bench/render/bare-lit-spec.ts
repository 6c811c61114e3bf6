// The baseline for `npm run bench`: the SAME page as the intake's benchmark-200 row, read
// from the same definition, written as plain Lit templates in one element, as a developer
// would hand-write it with GOV.UK markup: a label (and hint) and an input per text
// question; a fieldset with a legend and four labelled radios per choice; a fieldset of
// day, month and year inputs per date; a fieldset with one labelled "Yes" checkbox per
// checkbox question. The 30 conditional questions show while the first choice is "yes",
// keyed with `repeat` as the intake's page is. No engine, no validation, no field elements:
// what the DOM work of the page costs in Lit, and nothing else.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BENCHMARK_200 } from './benchmark-200.js';

interface Text {
  readonly en: string;
}
interface DefinitionJson {
  readonly fields: readonly { id: string; type: string; options?: readonly { value: string; label: Text }[] }[];
  readonly questions: readonly { id: string; field: string; label: Text; hint?: Text; widget?: string; when?: unknown }[];
  readonly pages: readonly { questions: readonly string[] }[];
}

/** One question of the page, as the bare template needs it. */
interface BareQuestion {
  readonly id: string;
  readonly kind: 'text' | 'radios' | 'date' | 'checkbox';
  readonly label: string;
  readonly hint: string;
  readonly options: readonly { value: string; label: string }[];
  readonly conditional: boolean;
}

/** The page's questions, in order, from the definition JSON (no engine). */
export function bareQuestions(json: DefinitionJson = BENCHMARK_200.definition as unknown as DefinitionJson): BareQuestion[] {
  const fields = new Map(json.fields.map((field) => [`declared.${field.id}`, field]));
  const questions = new Map(json.questions.map((question) => [question.id, question]));
  return json.pages[0]!.questions.map((id) => {
    const question = questions.get(id)!;
    const field = fields.get(question.field)!;
    const kind = question.widget === 'checkboxes' || field.type === 'yes-no' ? 'checkbox' : field.type === 'choice' ? 'radios' : field.type === 'date' ? 'date' : 'text';
    return {
      id,
      kind,
      label: question.label.en,
      hint: question.hint?.en ?? '',
      options: (field.options ?? []).map((option) => ({ value: option.value, label: option.label.en })),
      conditional: question.when !== undefined,
    };
  });
}

const hint = (question: BareQuestion) => (question.hint ? html`<div class="hint" id=${`${question.id}-hint`}>${question.hint}</div>` : nothing);

function renderBareQuestion(question: BareQuestion, onChoose: (event: Event) => void): TemplateResult {
  const { id, label } = question;
  switch (question.kind) {
    case 'text':
      return html`<div class="question"><label for=${id}>${label}</label>${hint(question)}<input id=${id} name=${id} type="text" /></div>`;
    case 'radios':
      return html`<div class="question"><fieldset><legend>${label}</legend>${hint(question)}<div @change=${onChoose}>${question.options.map(
        (option, index) =>
          html`<div class="choice"><input id=${`${id}-${index}`} name=${id} type="radio" value=${option.value} /><label for=${`${id}-${index}`}>${option.label}</label></div>`,
      )}</div></fieldset></div>`;
    case 'date':
      return html`<div class="question"><fieldset><legend>${label}</legend>${hint(question)}
        <label for=${`${id}-day`}>Day</label><input id=${`${id}-day`} name=${`${id}-day`} inputmode="numeric" />
        <label for=${`${id}-month`}>Month</label><input id=${`${id}-month`} name=${`${id}-month`} inputmode="numeric" />
        <label for=${`${id}-year`}>Year</label><input id=${`${id}-year`} name=${`${id}-year`} inputmode="numeric" />
      </fieldset></div>`;
    case 'checkbox':
      return html`<div class="question"><fieldset><legend>${label}</legend>${hint(question)}<div class="choice"><input id=${`${id}-yes`} name=${id} type="checkbox" value="yes" /><label for=${`${id}-yes`}>Yes</label></div></fieldset></div>`;
  }
}

/** The page as one plain Lit element; `switchValue` is the first choice's answer. */
export class BenchBareSpec extends LitElement {
  static override properties = { questions: { attribute: false }, switchValue: { attribute: false } };
  declare questions: readonly BareQuestion[];
  declare switchValue: string;
  #choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === this.questions[0]?.id) this.switchValue = input.value;
  };
  protected override render() {
    const shown = this.questions.filter((question) => !question.conditional || this.switchValue === BENCHMARK_200.switchValue);
    return html`<h1>Referral</h1><div class="questions">${repeat(shown, (question) => question.id, (question) => renderBareQuestion(question, this.#choose))}</div>`;
  }
}
customElements.define('bench-bare-spec', BenchBareSpec);
