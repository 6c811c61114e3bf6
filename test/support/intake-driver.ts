// Functions passed to page.evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { translate } from '@onestory/core';
import type { Page } from 'playwright-core';

/** One control of the current intake step, as the driver sees it. */
export interface ControlInfo {
  /** Driver-assigned id (`data-driver-id`), stable for this step. */
  readonly id: string;
  readonly tag: 'input' | 'textarea' | 'select';
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly autocomplete: string;
  readonly inputmode: string;
  /** The Story field of the question holding it (`data-field`), or '' (services, consent). */
  readonly field: string;
  /** Its label text, trimmed. */
  readonly label: string;
  /** Radio group: the element whose shadow root holds it, plus its name. */
  readonly group: string;
  /** Its `part` attribute, or ''. */
  readonly part: string;
}

/** What to type into free-text controls; everything else gets a valid fixed value. */
export interface AnswerSource {
  /** Text for a free-text control; must be valid for `control.field`. */
  text(control: ControlInfo): string;
  /** Address for an email control. Default: `person@example.com`. */
  email?(control: ControlInfo): string;
  /**
   * The answers to choose, by what the person reads: for a radio group, the first pattern
   * that matches one of its labels picks that answer. Default {@link PREFERRED_ANSWERS}.
   */
  prefer?: readonly (string | RegExp)[];
}

/**
 * What the driver chooses where it can, in English or Welsh: agree to each consent
 * question, "No" to whether anyone is in danger (and to needing an interpreter), filling it
 * in for oneself. A group with none of these gets its first answer.
 */
export const PREFERRED_ANSWERS: readonly (string | RegExp)[] = [
  translate('en', 'ui.consent.agree'),
  translate('cy', 'ui.consent.agree'),
  /^(No|Nac oes)$/,
  /myself|fy hun/i,
];

/** The record of one run through the intake. */
export interface IntakeRun {
  /** Step kinds passed through, in order (`services`, `page`, … `sent`). */
  readonly steps: string[];
  /** Every value typed, by control, in order. */
  readonly typed: { field: string; label: string; value: string }[];
  /** Every radio answer chosen, by the label the person reads, in order. */
  readonly chosen: { field: string; label: string }[];
  /** The reference number shown on the confirmation. */
  readonly reference: string;
}

const INTAKE = 'onestory-intake';

/**
 * Completes `<onestory-intake>` on `page` the way a person would, whatever the definition:
 * ticks every service it can and every checkbox, chooses radio answers by their labels
 * (`answers.prefer`: agree to each consent, "No" to danger; else the first), records what
 * it chose in `run.chosen`, types valid values into formatted
 * controls (dates, postcodes, phones, NHS number) and `answers.text(…)` into free text,
 * continues through check-your-answers, sends, and returns when the confirmation shows.
 * Controls are found through shadow roots by their role, never by definition text, so it
 * also drives definitions whose every label is hostile.
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
    // Answering can reveal more controls (conditional questions): answer until none is new.
    const done = new Set<string>();
    for (let pass = 0; pass < 4; pass++) {
      const controls = (await tagControls(page)).filter((control) => !done.has(control.id));
      if (controls.length === 0) break;
      await answerControls(page, controls, answers, run);
      for (const control of controls) done.add(control.id);
    }
    await page.locator(`${INTAKE} [data-action=continue]`).click();
    await page.waitForFunction(
      ([selector, previous]) => {
        const root = document.querySelector(selector)?.shadowRoot;
        const signature = `${root?.querySelector('h1')?.textContent ?? ''}|${root?.querySelector('[data-field], onestory-radios, onestory-checkboxes')?.id ?? ''}`;
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

/** The kind of step the intake shows, once it has settled. */
export async function currentStep(page: Page): Promise<string> {
  const handle = await page.waitForFunction((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (!root) return undefined;
    if (root.querySelector('.reference')) return 'sent';
    if (root.querySelector('[part=not-sent]')) return 'not-sent-yet';
    if (!root.querySelector('[data-action=continue]')) return undefined;
    if (root.querySelector('onestory-checkboxes[name="services"]')) return 'services';
    if (root.querySelector('[part=consent], section[aria-labelledby="consent-title"]')) return 'privacy-and-consent';
    if (root.querySelector('[data-field]')) return 'page';
    return 'check-answers';
  }, INTAKE);
  return (await handle.jsonValue()) as string;
}

async function stepSignature(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    return `${root?.querySelector('h1')?.textContent ?? ''}|${root?.querySelector('[data-field], onestory-radios, onestory-checkboxes')?.id ?? ''}`;
  }, INTAKE);
}

/** Finds every visible control of the step (through shadow roots) and tags it for locators. */
async function tagControls(page: Page): Promise<ControlInfo[]> {
  return page.evaluate((selector) => {
    const found: ControlInfo[] = [];
    let next = Number(document.documentElement.dataset['driverNext'] ?? '0');
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
        if (element.disabled || element.type === 'hidden' || element.getClientRects().length === 0) continue;
        element.dataset['driverId'] ??= String(next++);
        let field = '';
        for (let node: Node | null = element; node && !field; ) {
          if (node instanceof Element && node.hasAttribute('data-field')) field = node.getAttribute('data-field') ?? '';
          node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
        }
        const rootNode = element.getRootNode();
        const host = rootNode instanceof ShadowRoot ? (rootNode.host as HTMLElement) : undefined;
        if (host) host.dataset['driverHost'] ??= String(next++);
        found.push({
          id: element.dataset['driverId'],
          group: `${host?.dataset['driverHost'] ?? ''}|${element.getAttribute('name') ?? ''}`,
          tag: element.localName as ControlInfo['tag'],
          type: element instanceof HTMLInputElement ? element.type : element.localName,
          name: element.getAttribute('name') ?? '',
          value: element.value,
          checked: element instanceof HTMLInputElement && element.checked,
          autocomplete: element.getAttribute('autocomplete') ?? '',
          inputmode: element.getAttribute('inputmode') ?? '',
          field,
          part: element.getAttribute('part') ?? '',
          label: (element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    };
    const root = document.querySelector(selector)?.shadowRoot;
    if (root) visit(root);
    document.documentElement.dataset['driverNext'] = String(next);
    return found;
  }, INTAKE);
}

async function answerControls(page: Page, controls: readonly ControlInfo[], answers: AnswerSource, run: IntakeRun): Promise<void> {
  const locate = (control: ControlInfo) => page.locator(`[data-driver-id="${control.id}"]`);
  const radioGroups = new Map<string, ControlInfo[]>();
  for (const control of controls) {
    if (control.type === 'radio') {
      const key = control.group;
      radioGroups.set(key, [...(radioGroups.get(key) ?? []), control]);
    } else if (control.type === 'checkbox') {
      // "Nobody else" would empty the household the driver is filling in; the tests of
      // living alone tick it themselves.
      if (control.part === 'nobody-else') continue;
      if (!control.checked) await locate(control).check();
    } else if (control.tag === 'select') {
      const value = await locate(control).evaluate((select) =>
        [...(select as HTMLSelectElement).options].find((option) => option.value !== '')?.value ?? '',
      );
      await locate(control).selectOption(value);
    } else {
      const value = formattedValue(control) ?? (control.type === 'email' ? (answers.email?.(control) ?? 'person@example.com') : answers.text(control));
      await locate(control).fill(value);
      run.typed.push({ field: control.field, label: control.label, value });
    }
  }
  for (const group of radioGroups.values()) {
    const choice = chooseByLabel(group, answers.prefer ?? PREFERRED_ANSWERS);
    if (!choice) continue;
    if (!choice.checked) await locate(choice).check();
    run.chosen.push({ field: choice.field, label: choice.label });
  }
}

/** The answer of a radio group whose label the first matching preference names, else the first. */
function chooseByLabel(group: readonly ControlInfo[], prefer: readonly (string | RegExp)[]): ControlInfo | undefined {
  for (const pattern of prefer) {
    const match = group.find((c) => (typeof pattern === 'string' ? c.label === pattern : pattern.test(c.label)));
    if (match) return match;
  }
  return group[0];
}

/** A valid value for controls whose format is checked, or undefined for free text. */
function formattedValue(control: ControlInfo): string | undefined {
  const { autocomplete, label, field, type, inputmode } = control;
  if (autocomplete === 'bday-day' || /^(Day|Diwrnod)$/.test(label)) return '28';
  if (autocomplete === 'bday-month' || /^(Month|Mis)$/.test(label)) return '2';
  // A service's own date (a notice that ends, a baby's due date): next year, which suits
  // both "future only" and no range.
  if (field.startsWith('declared.') && /^(Year|Blwyddyn)$/.test(label)) return String(new Date().getFullYear() + 1);
  // Aged 18–25 and living in the example council's area: eligible for every example service.
  if (autocomplete === 'bday-year' || /^(Year|Blwyddyn)$/.test(label)) return String(new Date().getFullYear() - 21);
  // Money (a "£" box with the decimal keyboard).
  if (inputmode === 'decimal') return '1250.50';
  if (autocomplete === 'postal-code') return 'SA11 1AA';
  if (field === 'person.nhsNumber') return '943 476 5919';
  if (type === 'tel') return '07700 900461';
  if (inputmode === 'numeric') return '3';
  return undefined;
}
