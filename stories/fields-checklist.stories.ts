import type { Meta } from '@storybook/web-components-vite';
import { fieldProps } from './fixtures/fields.js';
import { fieldMeta, fieldStories, type FieldArgs, type FieldStory } from './support/field-stories.js';
import { darkTheme, narrow, NARROW_VIEWPORT } from './support/frames.js';

const meta: Meta<FieldArgs> = { title: 'Fields/Checklist', component: 'onestory-checklist', ...fieldMeta('onestory-checklist') };
export default meta;

const stories = fieldStories('onestory-checklist');
export const Empty = stories.Empty;
export const Filled = stories.Filled;
export const Errors = stories.Errors;
export const Welsh = stories.Welsh;

/** Some items answered, after the person left the checklist: only the unanswered ones are marked. */
export const PartlyAnswered: FieldStory = {
  play: async ({ canvasElement }) => {
    type Checklist = HTMLElement & { updateComplete: Promise<boolean>; checkValidity(): boolean };
    const field = canvasElement.querySelector<Checklist>('onestory-checklist')!;
    await field.updateComplete;
    field.shadowRoot!.querySelector<HTMLInputElement>('#item-0-yes')!.click();
    await field.updateComplete;
    field.checkValidity();
    await field.updateComplete;
  },
};

/** On a 320 px phone, in Welsh (the longest answer labels): the answers wrap under each question. */
export const Narrow320: FieldStory = {
  ...stories.Welsh,
  args: { ...fieldProps('onestory-checklist', 'cy'), locale: 'cy', required: true },
  decorators: [narrow],
  globals: NARROW_VIEWPORT,
};

/** A partner's dark brand through the `--onestory-*` tokens only, showing the error. */
export const DarkTheme: FieldStory = { ...stories.Errors, decorators: [darkTheme] };
