import * as z from 'zod/mini';
import { isoDateSchema } from './dates.js';
import { communityListSchema } from './status-report.js';

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
  illustrative: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.boolean({ error: 'Expected illustrative to be true or false' }),
  ),
  communities: communityListSchema,
});
export type StatusSnapshot = z.infer<typeof statusSnapshotSchema>;
