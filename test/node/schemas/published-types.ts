// Type-level test (checked by `tsc -b`): the published TypeScript types and the zod types
// of core describe the same values. A change to one without regenerating fails to compile.
import type { Definition, Story } from '@onestory/core';
import type { IntakeDefinition } from '@onestory/schemas/types/intake-definition';
import type { Story as PublishedStory } from '@onestory/schemas/types/story';

// core's hand-written Condition type is readonly; generated types are not. Compare shapes.
type Writable<T> = T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const storyTypesAgree: MutuallyAssignable<PublishedStory, Story> = true;
export const definitionTypesAgree: MutuallyAssignable<IntakeDefinition, Writable<Definition>> = true;
