import type { Meta } from '@storybook/web-components-vite';
import { fieldMeta, fieldStories, type FieldArgs } from './support/field-stories.js';

const meta: Meta<FieldArgs> = { title: 'Fields/Email field', component: 'onestory-email-field', ...fieldMeta('onestory-email-field') };
export default meta;

const stories = fieldStories('onestory-email-field');
export const Empty = stories.Empty;
export const Filled = stories.Filled;
export const Errors = stories.Errors;
export const Welsh = stories.Welsh;
