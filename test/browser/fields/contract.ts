import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { translate, type Locale, type MessageKey } from '@onestory/core';
import { namingKeyOf } from '@onestory/core/engine';
import type { OneStoryFieldElement } from '../../../packages/components/src/fields/index.js';
import type { FormEntryValue } from '../../../packages/components/src/shared/form-entries.js';
import { axeViolations } from '../helpers/a11y.js';
import { FIELD_EXAMPLES, type FieldExample } from './examples.js';

/** A field element whatever its value type (the contract only reads and compares values). */
export type AnyField = OneStoryFieldElement<FormEntryValue, unknown>;

/** A mounted example: the element inside a plain form, between two buttons. */
export interface Mounted {
  readonly form: HTMLFormElement;
  readonly field: AnyField;
  readonly before: HTMLButtonElement;
  readonly after: HTMLButtonElement;
  /** How many times the form's submit event fired. */
  submits(): number;
}

/** Mounts `example` in a plain `<form>`, with extra properties set before connecting. */
export async function mount(example: FieldExample, extra: Readonly<Record<string, unknown>> = {}): Promise<Mounted> {
  const form = document.createElement('form');
  const before = button('Before');
  const after = button('After');
  const field = document.createElement(example.tag) as unknown as AnyField;
  Object.assign(field, { name: 'answer' }, example.props, extra);
  form.append(before, field, after);
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits++;
  });
  await fixture(html`<main>${form}</main>`);
  await field.updateComplete;
  return { form, field, before, after, submits: () => submits };
}

function button(text: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  // Big enough for axe's target-size rule, which would otherwise flag the fixture itself.
  element.style.minWidth = element.style.minHeight = '44px';
  return element;
}

/** Moves focus into the field's first control the way a keyboard user does: Tab from the button before. */
export async function tabInto(mounted: Mounted): Promise<void> {
  mounted.before.focus();
  await sendKeys({ press: 'Tab' });
  expect(mounted.field.matches(':focus-within'), 'Tab moves focus into the field').to.equal(true);
}

/** Leaves the field with Tab, as a keyboard user does. */
export async function tabOut(mounted: Mounted): Promise<void> {
  mounted.after.focus();
  await mounted.field.updateComplete;
}

/** The shown error message's text ('' when none). */
export function shownError(field: AnyField): string {
  return field.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The controls inside the field. */
export function controls(field: AnyField): HTMLElement[] {
  return [...(field.shadowRoot?.querySelectorAll<HTMLElement>('input, select, textarea') ?? [])];
}

/** The error message as shown: the visually hidden prefix, then the message. */
export function expectedError(locale: Locale, message: string): string {
  return `${translate(locale, 'ui.errorPrefix')} ${message}`;
}

/** A field's message as a labelled field shows it: naming its question (issue 20). */
export function namedMessage(locale: Locale, key: MessageKey, label: string, params: Readonly<Record<string, string | number>> = {}): string {
  return translate(locale, namingKeyOf(key), { ...params, question: label });
}

/** The FormData entries of a form, as pairs. */
export function entriesOf(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].map(([key, value]) => [key, String(value)]);
}

function expectNoFeedback(field: AnyField): void {
  expect(field.matches(':state(user-invalid)'), 'no :state(user-invalid)').to.equal(false);
  expect(shownError(field), 'no error message').to.equal('');
  expect(controls(field).filter((control) => control.hasAttribute('aria-invalid')), 'no aria-invalid').to.have.length(0);
}

function expectFeedback(field: AnyField): void {
  expect(field.matches(':state(user-invalid)'), ':state(user-invalid)').to.equal(true);
  expect(shownError(field), 'an error message').to.not.equal('');
  expect(controls(field).some((control) => control.getAttribute('aria-invalid') === 'true'), 'aria-invalid on the control in error').to.equal(true);
}

async function expectAccessible(element: Element): Promise<void> {
  const violations = await axeViolations(element);
  expect(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).to.deep.equal([]);
}

let restored: Promise<Map<string, { typedValue: unknown; restoredValue: unknown }>> | undefined;

/**
 * Types every example's valid answer into a real page (parser-created fields in a frame),
 * navigates the frame away and back, and reads what the browser restored through
 * `formStateRestoreCallback`. Done once per test file for all its examples: each page load
 * compiles the elements' modules afresh.
 */
function restoreAfterNavigation(
  example: FieldExample,
  examples: readonly FieldExample[],
): Promise<{ typedValue: unknown; restoredValue: unknown }> {
  restored ??= (async () => {
    const results = new Map<string, { typedValue: unknown; restoredValue: unknown }>();
    const frame = document.createElement('iframe');
    frame.title = 'Form state restore';
    document.body.append(frame);
    const fieldIn = async (frameWindow: Window & typeof globalThis, tag: string): Promise<AnyField> => {
      await frameWindow.customElements.whenDefined(tag);
      return frameWindow.document.querySelector(tag) as unknown as AnyField;
    };
    await waitForLoad(frame, () => (frame.src = new URL('./fixtures/restore.html', import.meta.url).href));
    const typedWindow = frame.contentWindow as Window & typeof globalThis;
    for (const each of examples) {
      const field = await fieldIn(typedWindow, each.tag);
      Object.assign(field, each.props);
      await field.updateComplete;
      field.focus();
      await each.typeValid();
      results.set(each.tag, { typedValue: field.value, restoredValue: undefined });
    }
    await waitForLoad(frame, () => (typedWindow.location.href = new URL('./fixtures/elsewhere.html', import.meta.url).href));
    await waitForLoad(frame, () => frame.contentWindow!.history.back());
    const restoredWindow = frame.contentWindow as Window & typeof globalThis;
    for (const each of examples) {
      const field = await fieldIn(restoredWindow, each.tag);
      // Options are given by script after load, as a host page would; the restored raw
      // input (the chosen values) does not depend on them.
      Object.assign(field, each.props);
      await field.updateComplete;
      results.get(each.tag)!.restoredValue = field.value;
    }
    frame.remove();
    return results;
  })();
  return restored.then((results) => results.get(example.tag)!);
}

async function waitForLoad(frame: HTMLIFrameElement, navigate: () => void): Promise<void> {
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  navigate();
  await loaded;
  // A navigation started while the load event is still being dispatched replaces the
  // history entry instead of adding one; wait for the dispatch to end.
  await new Promise((resolve) => setTimeout(resolve));
}

/** Mocha's `this` in suites and tests, as far as we use it. */
export interface MochaContext {
  timeout(ms: number): void;
}

/**
 * Time allowed for a test that types with real key presses: each press is a round trip
 * through the test runner, slow on a busy machine (the runner's default is 10 s).
 */
export const KEYBOARD_TEST_TIMEOUT = 30_000;

/**
 * The contract every OneStory field element keeps (Web Awesome's `runFormControlBaseTests`,
 * lion's `runValidateMixinSuite`): accessible in every state, a real form control, quiet
 * until the person has had their go, native events from the host, keyboard operable.
 */
export function runFieldContracts(examples: readonly FieldExample[]): void {
  for (const example of examples) runFieldContract(example, examples);
}

function runFieldContract(example: FieldExample, examples: readonly FieldExample[]): void {
  describe(`<${example.tag}> field contract`, function (this: MochaContext) {
    // Typing with real key presses and loading pages in a frame take a while.
    this.timeout(KEYBOARD_TEST_TIMEOUT);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    beforeEach(() => {
      warnings.length = 0;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        originalWarn.apply(console, args);
      };
    });
    afterEach(async () => {
      console.warn = originalWarn;
      await setViewport({ width: 800, height: 600 });
      expect(warnings.filter((warning) => warning.includes('lit.dev')), 'Lit dev-mode warnings').to.deep.equal([]);
    });

    it('is accessible when empty', async () => {
      const mounted = await mount(example);
      await expectAccessible(mounted.form);
    });

    it('is accessible showing an error, in English and Welsh', async () => {
      for (const locale of ['en', 'cy'] as const) {
        const mounted = await mount(example, { required: true, locale });
        mounted.form.requestSubmit();
        await mounted.field.updateComplete;
        expectFeedback(mounted.field);
        await expectAccessible(mounted.form);
      }
    });

    it('is accessible and fits at 320px wide, empty and in error', async () => {
      await setViewport({ width: 320, height: 640 });
      const mounted = await mount(example, { required: true });
      await expectAccessible(mounted.form);
      mounted.form.requestSubmit();
      await mounted.field.updateComplete;
      await expectAccessible(mounted.form);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    });

    it('is answered with the keyboard alone and contributes its value to FormData', async () => {
      const mounted = await mount(example);
      await tabInto(mounted);
      await example.typeValid();
      expect(mounted.field.value).to.deep.equal(example.validValue);
      expect(entriesOf(mounted.form)).to.deep.equal(example.validEntries);
      expect(mounted.field.validity.valid).to.equal(true);
    });

    it('blocks submit while required and empty, with a localised message', async () => {
      for (const locale of ['en', 'cy'] as const) {
        const mounted = await mount(example, { required: true, locale });
        // It names its question: "Select an option" alone would not say which (issue 20).
        const message = namedMessage(locale, example.requiredKey, String(example.props['label']));
        expect(mounted.field.validity.valueMissing).to.equal(true);
        expect(mounted.field.validationMessage).to.equal(message);
        mounted.form.requestSubmit();
        await mounted.field.updateComplete;
        expect(mounted.submits()).to.equal(0);
        expect(shownError(mounted.field)).to.equal(expectedError(locale, message));
      }
    });

    it('submits once required answer is given', async () => {
      const mounted = await mount(example, { required: true });
      await tabInto(mounted);
      await example.typeValid();
      mounted.form.requestSubmit();
      expect(mounted.submits()).to.equal(1);
    });

    if (example.typeWrong) {
      const typeWrong = example.typeWrong;
      it('says publicly what is wrong with what was typed, as catalogue keys, before showing it', async () => {
        const mounted = await mount(example);
        expect(mounted.field.inputProblems).to.deep.equal([]);
        await tabInto(mounted);
        await typeWrong();
        const problems = mounted.field.inputProblems;
        expect(problems.length).to.be.greaterThan(0);
        for (const problem of problems) expect(translate('en', problem.code, problem.params)).to.not.equal(problem.code);
      });

      it('blocks submit when the answer is present but wrong, even when optional', async () => {
        const mounted = await mount(example);
        await tabInto(mounted);
        await typeWrong();
        expect(mounted.field.validity.valid).to.equal(false);
        expect(mounted.field.value).to.equal(undefined);
        mounted.form.requestSubmit();
        await mounted.field.updateComplete;
        expect(mounted.submits()).to.equal(0);
        expectFeedback(mounted.field);
      });
    }

    it('is reset by form.reset() to its first value, with feedback hidden', async () => {
      const mounted = await mount(example, { required: true, value: example.validValue });
      expect(mounted.field.value).to.deep.equal(example.validValue);
      mounted.field.value = undefined;
      mounted.form.requestSubmit();
      await mounted.field.updateComplete;
      expectFeedback(mounted.field);
      mounted.form.reset();
      await mounted.field.updateComplete;
      expect(mounted.field.value).to.deep.equal(example.validValue);
      expect(entriesOf(mounted.form)).to.deep.equal(example.validEntries);
      expectNoFeedback(mounted.field);
    });

    it('restores what was typed after navigating away and back', async () => {
      const { typedValue, restoredValue } = await restoreAfterNavigation(example, examples);
      expect(typedValue, 'typed before navigating').to.deep.equal(example.validValue);
      expect(restoredValue, 'restored after coming back').to.deep.equal(example.validValue);
    });

    it('shows no error on first render or while typing, only after leaving or a submit attempt', async () => {
      const mounted = await mount(example, { required: true });
      expect(mounted.field.validity.valid).to.equal(false);
      expectNoFeedback(mounted.field);

      // Tabbing through without answering is not an attempt.
      await tabInto(mounted);
      await tabOut(mounted);
      expectNoFeedback(mounted.field);

      const spoil = example.typeWrong ?? example.typeThenEmpty;
      if (spoil) {
        await tabInto(mounted);
        await spoil();
        await mounted.field.updateComplete;
        expectNoFeedback(mounted.field);
        await tabOut(mounted);
        expectFeedback(mounted.field);
      } else {
        mounted.form.requestSubmit();
        await mounted.field.updateComplete;
        expectFeedback(mounted.field);
      }
    });

    it('fires native input and change events from the element itself, composed, after value updates', async () => {
      const mounted = await mount(example);
      // Record plain facts, not elements: chai's message for a failing comparison of two
      // custom elements can take minutes to build.
      const seen: { type: string; composed: boolean; fromElement: boolean; value: unknown }[] = [];
      for (const type of ['input', 'change']) {
        mounted.form.addEventListener(type, (event) =>
          seen.push({ type, composed: event.composed, fromElement: event.composedPath()[0] === mounted.field, value: mounted.field.value }),
        );
      }
      await tabInto(mounted);
      await example.typeValid();
      await tabOut(mounted);
      const inputs = seen.filter((event) => event.type === 'input');
      const changes = seen.filter((event) => event.type === 'change');
      expect(inputs.length, 'input events').to.be.greaterThan(0);
      expect(changes.length, 'change events').to.be.greaterThan(0);
      for (const event of seen) {
        expect(event.fromElement, `${event.type} dispatched by the element, not an inner control`).to.equal(true);
        expect(event.composed, `${event.type} is composed`).to.equal(true);
      }
      expect(inputs.at(-1)?.value, 'value is up to date when input fires').to.deep.equal(example.validValue);
    });

    it('is disabled, and left out of FormData, inside a disabled fieldset', async () => {
      const mounted = await mount(example, { value: example.validValue });
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = 'Disabled section';
      mounted.form.insertBefore(fieldset, mounted.field);
      fieldset.append(legend, mounted.field);
      fieldset.disabled = true;
      await mounted.field.updateComplete;
      expect(mounted.field.matches(':disabled')).to.equal(true);
      expect(controls(mounted.field).every((control) => (control as HTMLInputElement).disabled)).to.equal(true);
      expect(entriesOf(mounted.form)).to.deep.equal([]);
      fieldset.disabled = false;
      await mounted.field.updateComplete;
      expect(entriesOf(mounted.form)).to.deep.equal(example.validEntries);
    });

    it('moves focus to its first control with focus()', async () => {
      const mounted = await mount(example);
      mounted.field.focus();
      expect(mounted.field.shadowRoot?.activeElement?.id).to.equal(controls(mounted.field)[0]!.id);
    });

    it('links its label, hint and error to the controls', async () => {
      const mounted = await mount(example, { required: true, hint: 'A hint' });
      mounted.form.requestSubmit();
      await mounted.field.updateComplete;
      const root = mounted.field.shadowRoot!;
      const hint = root.querySelector('[part~="hint"]');
      const error = root.querySelector('[part~="error"]');
      expect(hint?.textContent).to.equal('A hint');
      const describer = root.querySelector('fieldset') ?? controls(mounted.field)[0]!;
      expect(describer.getAttribute('aria-describedby')?.split(' ')).to.include.members([hint!.id, error!.id]);
      const label = root.querySelector('[part~="label"]')!;
      expect(label.textContent?.trim()).to.equal(example.props['label']);
      if (label.localName === 'label') expect(label.getAttribute('for')).to.equal(controls(mounted.field)[0]!.id);
      else expect(label.localName).to.equal('legend');
    });
  });
}

/** The examples of shard `index` (0-based) of `count`, dealt round-robin: every example is in exactly one. */
export function contractShard(index: number, count: number): FieldExample[] {
  return FIELD_EXAMPLES.filter((_, at) => at % count === index);
}
