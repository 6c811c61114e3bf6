import type { Meta } from '@storybook/web-components-vite';
import { fieldMeta, fieldStories, type FieldArgs } from './support/field-stories.js';

const meta: Meta<FieldArgs> = { title: 'Fields/Checkboxes', component: 'onestory-checkboxes', ...fieldMeta('onestory-checkboxes') };
export default meta;

const stories = fieldStories('onestory-checkboxes');
export const Empty = stories.Empty;
export const Filled = stories.Filled;
export const Errors = stories.Errors;
export const Welsh = stories.Welsh;
