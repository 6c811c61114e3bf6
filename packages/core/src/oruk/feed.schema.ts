import * as z from 'zod/mini';

/**
 * The part of an Open Referral UK service feed OneStory reads. Written from the ORUK UK
 * profile of HSDS 3.0 (github.com/OpenReferralUK/uk-profile: `schema/service.json`,
 * `schema/contact.json`, `profile/service_area.json`, and the paginated list of
 * `schema/compiled/service_list.json`), accepting the first ORUK version's spellings too
 * (`eligibilitys[]`, a `content` page). Unknown properties are allowed: a feed carries
 * far more than a front door needs.
 */

/** ORUK ids are UUIDs ("format": "uuid" on every `id`). */
export const ORUK_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OrukId = z.string().check(z.regex(ORUK_ID_PATTERN, 'An ORUK id must be a UUID, like ac148810-d857-441c-9679-408f346de14b'));
const Text = z.optional(z.nullable(z.string()));
const Age = z.optional(z.nullable(z.number().check(z.minimum(0, 'An age cannot be negative'), z.maximum(130, 'An age must be 130 or less'))));

const Phone = z.looseObject({ number: z.string() });
const Contact = z.looseObject({
  name: Text,
  title: Text,
  email: Text,
  phones: z.optional(z.nullable(z.array(Phone))),
});

/** One ORUK service. */
export const OrukServiceSchema = z.looseObject({
  id: OrukId,
  name: z.string().check(z.minLength(1, 'A service needs a name')),
  description: Text,
  url: Text,
  email: Text,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  minimum_age: Age,
  maximum_age: Age,
  /** ORUK 1.0: eligibility as a list. */
  eligibilitys: z.optional(z.nullable(z.array(z.looseObject({ eligibility: Text, minimum_age: Age, maximum_age: Age })))),
  organization: z.optional(z.nullable(z.looseObject({
    id: z.optional(OrukId),
    name: z.string().check(z.minLength(1, 'An organisation needs a name')),
    email: Text,
    website: Text,
    url: Text,
  }))),
  service_areas: z.optional(z.nullable(z.array(z.looseObject({ service_area: Text, name: Text, description: Text })))),
  contacts: z.optional(z.nullable(z.array(Contact))),
});
export type OrukService = z.infer<typeof OrukServiceSchema>;

/** A feed: a page of services (`contents`, or ORUK 1.0's `content`), a plain list, or one service. */
export const OrukFeedSchema = z.union([
  z.looseObject({ contents: z.array(OrukServiceSchema) }),
  z.looseObject({ content: z.array(OrukServiceSchema) }),
  z.array(OrukServiceSchema),
  OrukServiceSchema,
]);
export type OrukFeed = z.infer<typeof OrukFeedSchema>;
