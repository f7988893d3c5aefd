import * as z from 'zod/mini';
import { communitySchema } from './community.js';
import { isoDateSchema } from './dates-schema.js';
import { languageTagSchema } from './language-tag-schema.js';
import { repeatIssues } from './repeats.js';

/** A list of communities whose ids are unique (what a status report rolls up). */
export const communityListSchema = /* @__PURE__ */ z.array(communitySchema).check(
  /* @__PURE__ */ z.superRefine((communities, ctx) => {
    for (const issue of repeatIssues(communities, (community) => community.id, [], 'id', 'community id')) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  }),
);

/**
 * What a public, map-based status report is drawn from: the network's communities as they stood
 * on `asOf`, as a district or CASEL publishes it each month. `illustrative: true` marks invented
 * data (examples and demos) that a report must say is not real; `source` names who published it.
 * Community ids are unique.
 */
export const statusSnapshotSchema = /* @__PURE__ */ z.object({
  asOf: isoDateSchema,
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected a title as text' })),
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected the source as text' })),
  /** The language the snapshot's texts are written in (a BCP 47 tag, e.g. `en`). */
  lang: /* @__PURE__ */ z.optional(languageTagSchema),
  illustrative: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.boolean({ error: 'Expected illustrative to be true or false' }),
  ),
  communities: communityListSchema,
});
export type StatusSnapshot = z.infer<typeof statusSnapshotSchema>;
