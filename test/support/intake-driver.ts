// Functions passed to page.evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';
import { asRead, chooseOption, DEFAULT_ANSWERS, shouldTick, textFor, type AnswerMap, type SeenBox } from './intake-answers.js';
export { DEFAULT_ANSWERS, type AnswerMap } from './intake-answers.js';

/** One box of the current intake step, as the driver sees it (what the person reads, plus its kind). */
export interface ControlInfo extends SeenBox {
  /** Driver-assigned id (`data-driver-id`), stable for this step. */
  readonly id: string;
  readonly tag: 'input' | 'textarea' | 'select';
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  /** The Story field of the question holding it (`data-field`), or '' (services, consent). */
  readonly field: string;
  /** Radio group: the element whose shadow root holds it, plus its name. */
  readonly radioGroup: string;
  /** A select's options' labels (the empty placeholder left out). */
  readonly options: readonly string[];
}

/** How the driver answers: {@link DEFAULT_ANSWERS} and `answers`, with free text from `text`. */
export interface AnswerSource {
  /** Text for a free-text box no entry names; must be valid for `control.field`. */
  text(control: ControlInfo): string;
  /** Address for an email box. Default: {@link BOX_DEFAULTS}' one. */
  email?(control: ControlInfo): string;
  /** Answers by what the person reads, over {@link DEFAULT_ANSWERS} (a test's own questions, or other choices). */
  answers?: AnswerMap;
}

/** The record of one run through the intake. */
export interface IntakeRun {
  /** Step kinds passed through, in order (`services`, `page`, … `sent`), as `data-step` names them. */
  readonly steps: string[];
  /** Every value typed, by control, in order. */
  readonly typed: { field: string; question: string; label: string; value: string }[];
  /** Every radio or select answer chosen, by the label the person reads, in order. */
  readonly chosen: { field: string; question: string; label: string }[];
  /** The reference number shown on the confirmation. */
  readonly reference: string;
}

const INTAKE = 'onestory-intake';

/**
 * Completes `<onestory-intake>` on `page` the way a person would, whatever the definition:
 * each box is answered from what the person reads ({@link DEFAULT_ANSWERS} and
 * `answers.answers`, see intake-answers.ts): options chosen by their labels, checkboxes
 * ticked unless an entry says not, formatted boxes given valid values, and `answers.text(…)`
 * typed into free text. It records what it chose (`run.chosen`) and typed (`run.typed`),
 * continues through check-your-answers, sends, and returns when the confirmation shows.
 * Steps are read from `data-step`; boxes are found through shadow roots by their role.
 */
export async function completeIntake(
  page: Page,
  answers: AnswerSource,
  options: {
    maxSteps?: number;
    /** Called on each step before it is answered (and on the confirmation). */
    onStep?: (kind: string) => Promise<void>;
    /** Stops (without answering) on the first step for which this is true. */
    until?: (kind: string, index: number) => boolean | Promise<boolean>;
  } = {},
): Promise<IntakeRun> {
  const run: IntakeRun = { steps: [], typed: [], chosen: [], reference: '' };
  const map: AnswerMap = { ...DEFAULT_ANSWERS, ...answers.answers };
  for (let step = 0; step < (options.maxSteps ?? 60); step++) {
    const kind = await currentStep(page);
    run.steps.push(kind);
    await options.onStep?.(kind);
    if (await options.until?.(kind, step)) return run;
    if (kind === 'sent') {
      return { ...run, reference: (await page.locator(`${INTAKE} .reference`).textContent())?.trim() ?? '' };
    }
    if (kind === 'not-sent-yet') throw new Error(`The submission was not sent (steps: ${run.steps.join(' → ')})`);
    const before = await stepSignature(page);
    // Answering can reveal more boxes (conditional questions): answer until none is new.
    const done = new Set<string>();
    for (let pass = 0; pass < 4; pass++) {
      const controls = (await tagControls(page)).filter((control) => !done.has(control.id));
      if (controls.length === 0) break;
      await answerControls(page, controls, answers, map, run);
      for (const control of controls) done.add(control.id);
    }
    await page.locator(`${INTAKE} [data-action=continue]`).click();
    await page.waitForFunction(
      ([selector, previous]) => {
        const root = document.querySelector(selector)?.shadowRoot;
        const step = root?.querySelector('[data-step]');
        const signature = `${step?.getAttribute('data-step') ?? ''}|${root?.querySelector('h1')?.textContent ?? ''}|${root?.querySelector('[data-field], onestory-radios, onestory-checkboxes')?.id ?? ''}`;
        return signature !== previous || root?.querySelector('.error-summary') !== null;
      },
      [INTAKE, before] as const,
    );
    if ((await stepSignature(page)) === before) {
      const errors = await page.locator(`${INTAKE} .error-summary`).textContent();
      throw new Error(`Stuck on step ${run.steps.length} (${kind}, "${before}"): ${errors?.replace(/\s+/g, ' ').trim()}`);
    }
  }
  throw new Error(`No confirmation after ${run.steps.length} steps: ${run.steps.join(' → ')}`);
}

/** The kind of step the intake shows (its `data-step`), once it has settled: answerable, sent or not sent. */
export async function currentStep(page: Page): Promise<string> {
  const handle = await page.waitForFunction((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    const kind = root?.querySelector('[data-step]')?.getAttribute('data-step');
    if (!root || !kind) return undefined;
    if (kind === 'sent' || kind === 'not-sent-yet') return kind;
    return root.querySelector('[data-action=continue]') ? kind : undefined;
  }, INTAKE);
  return (await handle.jsonValue()) as string;
}

async function stepSignature(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    const step = root?.querySelector('[data-step]');
    return `${step?.getAttribute('data-step') ?? ''}|${root?.querySelector('h1')?.textContent ?? ''}|${root?.querySelector('[data-field], onestory-radios, onestory-checkboxes')?.id ?? ''}`;
  }, INTAKE);
}

/** Finds every visible box of the step (through shadow roots), tags it for locators and reads what the person reads of it. */
async function tagControls(page: Page): Promise<ControlInfo[]> {
  return page.evaluate((selector) => {
    const intake = document.querySelector(selector);
    const found: ControlInfo[] = [];
    let next = Number(document.documentElement.dataset['driverNext'] ?? '0');
    const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The question: the element directly in the intake's shadow root that (through shadow roots) holds the box.
    const questionOf = (element: Element): Element | undefined => {
      let host: Element | undefined = element;
      for (let root = element.getRootNode(); root instanceof ShadowRoot && root.host !== intake; root = root.host.getRootNode()) host = root.host;
      return host === element ? undefined : host;
    };
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
        if (element.disabled || element.type === 'hidden' || element.getClientRects().length === 0) continue;
        element.dataset['driverId'] ??= String(next++);
        const question = questionOf(element);
        const rootNode = element.getRootNode();
        const host = rootNode instanceof ShadowRoot ? (rootNode.host as HTMLElement) : undefined;
        if (host) host.dataset['driverHost'] ??= String(next++);
        const questionText = question && typeof (question as { label?: unknown }).label === 'string' ? (question as unknown as { label: string }).label : text(question?.querySelector('legend'));
        const label = text(element.labels?.[0]) || (element.getAttribute('aria-label') ?? '');
        found.push({
          id: element.dataset['driverId'],
          radioGroup: `${host?.dataset['driverHost'] ?? ''}|${element.getAttribute('name') ?? ''}`,
          tag: element.localName as ControlInfo['tag'],
          type: element instanceof HTMLInputElement ? element.type : element.localName,
          name: element.getAttribute('name') ?? '',
          value: element.value,
          checked: element instanceof HTMLInputElement && element.checked,
          autocomplete: element.getAttribute('autocomplete') ?? '',
          inputmode: element.getAttribute('inputmode') ?? '',
          field: question?.getAttribute('data-field') ?? '',
          question: questionText.replace(/\s+/g, ' ').trim() || label,
          label,
          group: text(element.closest('fieldset')?.querySelector('legend')),
          options: element instanceof HTMLSelectElement ? [...element.options].filter((o) => o.value !== '').map((o) => text(o)) : [],
        });
      }
    };
    if (intake?.shadowRoot) visit(intake.shadowRoot);
    document.documentElement.dataset['driverNext'] = String(next);
    return found;
  }, INTAKE);
}

async function answerControls(page: Page, controls: readonly ControlInfo[], answers: AnswerSource, map: AnswerMap, run: IntakeRun): Promise<void> {
  const locate = (control: ControlInfo) => page.locator(`[data-driver-id="${control.id}"]`);
  const radioGroups = new Map<string, ControlInfo[]>();
  for (const control of controls) {
    if (control.type === 'radio') {
      radioGroups.set(control.radioGroup, [...(radioGroups.get(control.radioGroup) ?? []), control]);
    } else if (control.type === 'checkbox') {
      await locate(control).setChecked(shouldTick(control, map));
    } else if (control.tag === 'select') {
      const label = chooseOption(control, control.options, map);
      await locate(control).selectOption({ label });
      run.chosen.push({ field: control.field, question: control.question, label });
    } else {
      const value = (control.type === 'email' ? answers.email?.(control) : undefined) ?? textFor(control, map) ?? answers.text(control);
      await locate(control).fill(value);
      run.typed.push({ field: control.field, question: control.question, label: control.label, value });
    }
  }
  for (const group of radioGroups.values()) {
    const label = chooseOption(group[0]!, group.map((c) => c.label), map);
    const choice = group.find((c) => asRead(c.label) === label)!;
    if (!choice.checked) await locate(choice).check();
    run.chosen.push({ field: choice.field, question: choice.question, label });
  }
}
