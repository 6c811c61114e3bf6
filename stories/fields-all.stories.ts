// Every field element together, in the frames a designer needs to check at once: long
// wording, a 320 px phone, and a partner's dark theme. Errors are shown, as after the
// person tried to continue, because that is where layouts and colours break first.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FIELD_TAGS, fieldProps, longFieldProps } from './fixtures/fields.js';
import { darkTheme, narrow, NARROW_VIEWPORT } from './support/frames.js';

interface GalleryArgs {
  readonly locale: 'en' | 'cy';
  readonly long: boolean;
}

type FieldElement = HTMLElement & { checkValidity(): boolean; updateComplete: Promise<boolean> };

function renderGallery({ locale, long }: GalleryArgs): HTMLElement {
  const form = document.createElement('form');
  form.noValidate = true;
  for (const tag of FIELD_TAGS) {
    const field = document.createElement(tag);
    Object.assign(field, long ? longFieldProps(tag) : fieldProps(tag, locale), { name: tag, locale, required: true });
    form.append(field);
  }
  return form;
}

const meta: Meta<GalleryArgs> = {
  title: 'Fields/All fields',
  args: { locale: 'en', long: false },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'cy'] }, long: { control: 'boolean' } },
  render: (args) => html`${renderGallery(args)}`,
  play: async ({ canvasElement }) => {
    for (const field of canvasElement.querySelectorAll<FieldElement>('[name^=onestory-]')) {
      await field.updateComplete;
      field.checkValidity();
      await field.updateComplete;
    }
  },
};
export default meta;
type Story = StoryObj<GalleryArgs>;

/** Long labels, hints and answer options wrap inside the field; nothing is cut off. */
export const LongContent: Story = { args: { long: true } };

/** On a 320 px phone (WCAG 1.4.10 reflow). */
export const Narrow320: Story = { decorators: [narrow], globals: NARROW_VIEWPORT };

/** Welsh on a 320 px phone: longer words, same width. */
export const Narrow320Welsh: Story = { args: { locale: 'cy' }, decorators: [narrow], globals: NARROW_VIEWPORT };

/** A partner's dark brand through the `--onestory-*` tokens only. */
export const DarkTheme: Story = { decorators: [darkTheme] };
