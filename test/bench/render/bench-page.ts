// The page `scripts/bench.mjs` opens in headless Chromium. Each function renders one
// scenario from nothing and returns milliseconds measured with performance.now(); the
// script runs each in a fresh page several times and prints medians.
// The built package (dist/cdn.js registers every element, as the CDN file does).
import '../../../packages/components/dist/cdn.js';
import { loadDefinition, plan, type Definition } from '@onestory/core';
import { checkDefinitionRest, checkDefinitionStructure } from '@onestory/core/definition';
import { generatePage, type GeneratedPage } from './question-page.js';
import { BENCHMARK_200 } from './benchmark-200.js';
import { bareQuestions, type BenchBareSpec } from './bare-lit-spec.js';
import { WIDEST_COUNTS, widestDefinition } from './widest-definition.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** Every input, textarea and select in `root`, through shadow roots. */
function countInputs(root: ParentNode): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) count++;
    if (element.shadowRoot) count += countInputs(element.shadowRoot);
  }
  return count;
}

/**
 * The Lit elements directly in `root` (not inside their shadow roots: the field elements
 * hold plain controls, so walking every shadow tree would only add the harness's own cost
 * to the figures).
 */
function litElements(root: ParentNode): Updating[] {
  return [...root.querySelectorAll('*')].filter((element): element is Updating => 'updateComplete' in element);
}

/** Resolves once no Lit element in `root` has an update pending. */
async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = (await Promise.all(litElements(root).map((element) => element.updateComplete))).some((done) => !done);
    if (!pending) return;
  }
}

/**
 * Waits until `questions` questions (the page view's `.questions > .question`) are in
 * `root` and every one has rendered its inputs. Polls on tasks: the intake loads its
 * definition asynchronously.
 */
async function questionsRendered(root: ParentNode, questions: number): Promise<void> {
  const giveUp = performance.now() + 30_000;
  while (root.querySelectorAll('.questions > .question').length < questions) {
    if (root.querySelector('[part=fallback]') || performance.now() > giveUp) {
      throw new TypeError(`${questions} questions never rendered: ${(root as Element).textContent?.trim().slice(0, 200)}`);
    }
    await new Promise((resolve) => setTimeout(resolve));
  }
  return settled(root);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// Style and layout of everything rendered: forces what the next frame would do.
const layout = (root: Element) => root.getBoundingClientRect().height;

/** Result of one render: DOM built, then also styled and laid out. */
export interface RenderTimes {
  readonly domMs: number;
  readonly layoutMs: number;
  /** Inputs, textareas and selects on screen. */
  readonly inputs: number;
}

/** Result of one answer that shows or hides questions. */
export interface ToggleTimes {
  readonly domMs: number;
  readonly frameMs: number;
  readonly inputsAfter: number;
}

const host = () => document.querySelector('main')!;

// ---- <onestory-intake> on the widest page the engine allows ---------------------------

const definition = widestDefinition();

async function renderIntake(): Promise<RenderTimes> {
  const start = performance.now();
  const intake = document.createElement('onestory-intake') as Updating & { definition: unknown };
  intake.definition = definition;
  intake.setAttribute('endpoint', 'http://127.0.0.1:9/submissions');
  intake.setAttribute('services', 'housing-support');
  host().append(intake);
  await questionsRendered(intake.shadowRoot!, WIDEST_COUNTS.hidden);
  const domMs = performance.now() - start;
  layout(intake);
  return { domMs, layoutMs: performance.now() - start, inputs: countInputs(intake.shadowRoot!) };
}

async function toggleIntake(): Promise<ToggleTimes> {
  const intake = host().querySelector('onestory-intake') as Updating;
  const radios = intake.shadowRoot!.querySelector('[data-field="referrer.type"]') as Updating & { value: unknown };
  await nextFrame();
  const start = performance.now();
  radios.value = 'professional';
  radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(intake.shadowRoot!);
  layout(intake);
  const domMs = performance.now() - start;
  await nextFrame();
  return { domMs, frameMs: performance.now() - start, inputsAfter: countInputs(intake.shadowRoot!) };
}

/** What the intake's first render spends in core: checking the definition, then planning. */
function coreForIntake(): { loadMs: number; planMs: number } {
  const start = performance.now();
  const loaded = loadDefinition(definition);
  const loadMs = performance.now() - start;
  plan({ definition: loaded, answers: {}, chosenServices: ['housing-support'], today: '2025-06-15' });
  return { loadMs, planMs: performance.now() - start - loadMs };
}

// ---- <onestory-intake> on the benchmark's real page: 200 declared questions -------------

/**
 * What the intake spends in core on the benchmark-200 page (first calls in a fresh page):
 * the structure check it waits for before rendering, the rest it checks once the page is
 * on screen, and the first plan.
 */
function coreForBenchmark200(): { structureMs: number; restMs: number; planMs: number } {
  const start = performance.now();
  const checked = checkDefinitionStructure(BENCHMARK_200.definition);
  const structureMs = performance.now() - start;
  if (!checked.ok) throw new TypeError(`benchmark-200 does not load: ${checked.problems.map((problem) => problem.message).join('; ')}`);
  const planned = performance.now();
  plan({ definition: checked.definition as Definition, answers: {}, chosenServices: [BENCHMARK_200.service], today: '2025-06-15' });
  const planMs = performance.now() - planned;
  const rest = performance.now();
  checkDefinitionRest(BENCHMARK_200.definition, checked.definition);
  return { structureMs, restMs: performance.now() - rest, planMs };
}

async function renderBenchmark200(): Promise<RenderTimes> {
  const start = performance.now();
  const intake = document.createElement('onestory-intake') as Updating & { definition: unknown };
  intake.definition = BENCHMARK_200.definition;
  intake.setAttribute('endpoint', 'http://127.0.0.1:9/submissions');
  intake.setAttribute('services', BENCHMARK_200.service);
  host().append(intake);
  await questionsRendered(intake.shadowRoot!, BENCHMARK_200.counts.hidden);
  const domMs = performance.now() - start;
  layout(intake);
  return { domMs, layoutMs: performance.now() - start, inputs: countInputs(intake.shadowRoot!) };
}

async function toggleBenchmark200(): Promise<ToggleTimes> {
  const intake = host().querySelector('onestory-intake') as Updating;
  const radios = intake.shadowRoot!.querySelector(`[data-field="${BENCHMARK_200.switchField}"]`) as Updating & { value: unknown };
  await nextFrame();
  const start = performance.now();
  radios.value = BENCHMARK_200.switchValue;
  radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await questionsRendered(intake.shadowRoot!, BENCHMARK_200.counts.shown);
  layout(intake);
  const domMs = performance.now() - start;
  await nextFrame();
  return { domMs, frameMs: performance.now() - start, inputsAfter: countInputs(intake.shadowRoot!) };
}

// ---- N questions through the intake's question view -----------------------------------

let page: GeneratedPage | undefined;

async function renderQuestions(count: number, conditional: number): Promise<RenderTimes> {
  page = generatePage(count, conditional);
  const start = performance.now();
  const element = document.createElement('bench-question-page') as Updating & { page: GeneratedPage };
  element.page = page;
  host().append(element);
  await questionsRendered(element.shadowRoot!, page.visible.hidden);
  const domMs = performance.now() - start;
  layout(element);
  return { domMs, layoutMs: performance.now() - start, inputs: countInputs(element.shadowRoot!) };
}

async function toggleQuestions(): Promise<ToggleTimes> {
  const element = host().querySelector('bench-question-page') as Updating;
  const radios = element.shadowRoot!.querySelector('#q0') as Updating & { value: unknown };
  await nextFrame();
  const start = performance.now();
  radios.value = 'yes';
  radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(element.shadowRoot!);
  layout(element);
  const domMs = performance.now() - start;
  await nextFrame();
  return { domMs, frameMs: performance.now() - start, inputsAfter: countInputs(element.shadowRoot!) };
}

// ---- Baseline: the benchmark-200 page as plain Lit templates (bare-lit-spec.ts) -----------

async function renderBareSpec(): Promise<RenderTimes> {
  const start = performance.now();
  const element = document.createElement('bench-bare-spec') as BenchBareSpec;
  element.questions = bareQuestions();
  element.switchValue = '';
  host().append(element);
  await questionsRendered(element.shadowRoot!, BENCHMARK_200.counts.hidden);
  const domMs = performance.now() - start;
  layout(element);
  return { domMs, layoutMs: performance.now() - start, inputs: countInputs(element.shadowRoot!) };
}

async function toggleBareSpec(): Promise<ToggleTimes> {
  const element = host().querySelector('bench-bare-spec') as BenchBareSpec;
  const first = element.questions[0]!;
  const yes = element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${first.id}"][value="${BENCHMARK_200.switchValue}"]`)!;
  await nextFrame();
  const start = performance.now();
  yes.checked = true;
  yes.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await questionsRendered(element.shadowRoot!, BENCHMARK_200.counts.shown);
  layout(element);
  const domMs = performance.now() - start;
  await nextFrame();
  return { domMs, frameMs: performance.now() - start, inputsAfter: countInputs(element.shadowRoot!) };
}

const bench = { renderBareSpec, toggleBareSpec, renderIntake, toggleIntake, renderBenchmark200, toggleBenchmark200, coreForIntake, coreForBenchmark200, renderQuestions, toggleQuestions, widest: WIDEST_COUNTS };
declare global {
  interface Window {
    onestoryBench: typeof bench;
  }
}
window.onestoryBench = bench;
