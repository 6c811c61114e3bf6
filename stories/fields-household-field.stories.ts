import type { Meta } from '@storybook/web-components-vite';
import { fieldMeta, fieldStories, type FieldArgs } from './support/field-stories.js';

const meta: Meta<FieldArgs> = { title: 'Fields/Household field', component: 'onestory-household-field', ...fieldMeta('onestory-household-field') };
export default meta;

const stories = fieldStories('onestory-household-field');
export const Empty = stories.Empty;
export const Filled = stories.Filled;
export const Errors = stories.Errors;
export const Welsh = stories.Welsh;
