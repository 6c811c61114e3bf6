import {
  ConsentRecordSchema,
  DefinitionSchema,
  ServiceSchema,
  StorySchema,
  SubmissionSchema,
  WithdrawalNoticeSchema,
} from '@onestory/core';
import type * as z from 'zod/mini';

/** One schema @onestory/schemas publishes as JSON Schema and as TypeScript types. */
export interface PublishedSchema {
  /** File stem: `json/<stem>.schema.json`, `types/<stem>.d.ts`. */
  readonly stem: string;
  /** Title, which is also the name of the root TypeScript type. */
  readonly title: string;
  /** The name of the zod schema in @onestory/core (its TSDoc becomes the descriptions). */
  readonly coreName: string;
  /** The zod schema itself. */
  readonly schema: z.ZodMiniType;
}

/** Every published schema, in the order they are generated. */
export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  { stem: 'story', title: 'Story', coreName: 'StorySchema', schema: StorySchema },
  { stem: 'intake-definition', title: 'IntakeDefinition', coreName: 'DefinitionSchema', schema: DefinitionSchema },
  { stem: 'service', title: 'Service', coreName: 'ServiceSchema', schema: ServiceSchema },
  { stem: 'consent-record', title: 'ConsentRecord', coreName: 'ConsentRecordSchema', schema: ConsentRecordSchema },
  { stem: 'submission', title: 'Submission', coreName: 'SubmissionSchema', schema: SubmissionSchema },
  { stem: 'withdrawal-notice', title: 'WithdrawalNotice', coreName: 'WithdrawalNoticeSchema', schema: WithdrawalNoticeSchema },
];

