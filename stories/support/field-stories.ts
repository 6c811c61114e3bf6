// The stories every field element has (empty, filled, errors, Welsh), built from the
// contract suite's examples so a designer sees what the tests check.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldExample, fieldProps, type FieldTag } from '../fixtures/fields.js';

/** The attributes and properties a field story controls. */
export interface FieldArgs {
  readonly label: string;
  readonly hint?: string;
  readonly error: string;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly locale: 'en' | 'cy';
  readonly name: string;
  /** The answer (parsed stage); unset for an empty field. */
  readonly value?: unknown;
  readonly [prop: string]: unknown;
}
export type FieldStory = StoryObj<FieldArgs>;

type FieldElement = HTMLElement & { checkValidity(): boolean; updateComplete: Promise<boolean> };

const ARG_TYPES: Partial<ArgTypes<FieldArgs>> = {
  label: { control: 'text', description: 'The question (text, never HTML).' },
  hint: { control: 'text', description: 'Hint under the label.' },
  error: { control: 'text', description: 'An error from the host, shown at once.' },
  required: { control: 'boolean' },
  disabled: { control: 'boolean' },
  locale: { control: 'inline-radio', options: ['en', 'cy'], description: 'Language of the field’s own text.' },
  value: { control: 'object', description: 'The answer, parsed stage (the Story value).' },
};

/** Creates the element with `args` as properties (set before connecting, as a host would). */
function renderField(tag: FieldTag, args: FieldArgs): HTMLElement {
  const element = document.createElement(tag);
  const { value, ...props } = args;
  Object.assign(element, props);
  if (value !== undefined) Object.assign(element, { value });
  return element;
}

/** Meta shared by every field element's stories (title and component stay literal in each file). */
export function fieldMeta(tag: FieldTag): Omit<Meta<FieldArgs>, 'title' | 'component'> {
  return {
    args: { name: 'answer', error: '', required: false, disabled: false, locale: 'en', ...fieldExample(tag).props } as FieldArgs,
    argTypes: ARG_TYPES,
    render: (args) => renderField(tag, args),
  };
}

/** Shows the field's own error, as when the person tries to continue without a valid answer. */
async function tryToContinue({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const field = canvasElement.querySelector<FieldElement>('[name=answer]');
  if (!field) return;
  await field.updateComplete;
  field.checkValidity();
  await field.updateComplete;
}

/** The four states of a field element. */
export function fieldStories(tag: FieldTag): Record<'Empty' | 'Filled' | 'Errors' | 'Welsh', FieldStory> {
  return {
    Empty: {},
    Filled: { args: { value: fieldExample(tag).validValue } },
    // Required and empty, after the person tried to continue: the element's own message.
    Errors: { args: { required: true }, play: tryToContinue },
    Welsh: { args: { ...fieldProps(tag, 'cy'), locale: 'cy', required: true }, play: tryToContinue },
  };
}
