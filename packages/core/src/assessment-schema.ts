import * as z from 'zod/mini';
import { isoDateSchema } from './dates-schema.js';
import { LINK_MESSAGE, LINK_SPACES_MESSAGE } from './rating-checks.js';
import { isRequiredText, LEVEL_VALUE_MESSAGE, REQUIRED_TEXT_MESSAGE } from './rubric-checks.js';
import { rubricItemIdSchema } from './rubric-schema.js';

const requiredText = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isRequiredText, REQUIRED_TEXT_MESSAGE));

/** One team member's own level for an indicator, as kept in the team's agreed rating. */
export const memberRatingSchema = /* @__PURE__ */ z.object({
  /** The member, as their own assessment names them (its `takenBy`). */
  member: requiredText,
  level: /* @__PURE__ */ z.int({ error: LEVEL_VALUE_MESSAGE }),
});
export type MemberRating = z.infer<typeof memberRatingSchema>;

/**
 * One rating of one indicator: the level chosen plus its evidence. Links must be `http:` or `https:`
 * URLs without spaces, so they are safe to render as hyperlinks and can be listed one per line.
 * A rating a team agreed on (see `startConsensus`) keeps `memberRatings`, the members' own levels it
 * came from, so the record can be audited later; its `notes` hold the discussion note.
 */
export const ratingSchema = /* @__PURE__ */ z.object({
  level: /* @__PURE__ */ z.int({ error: LEVEL_VALUE_MESSAGE }),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  links: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(
      /* @__PURE__ */ z
        .url({ protocol: /^https?$/, error: LINK_MESSAGE })
        .check(/* @__PURE__ */ z.regex(/^\S+$/, { error: LINK_SPACES_MESSAGE })),
    ),
  ),
  ratedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  ratedOn: /* @__PURE__ */ z.optional(isoDateSchema),
  memberRatings: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(memberRatingSchema)),
});
export type Rating = z.infer<typeof ratingSchema>;

/**
 * A self-assessment against one version of a rubric, taken by a person or a team on a date.
 * `ratings` maps indicator ids to ratings; an indicator without an entry is unrated.
 * `priorities` lists the ids of the practices the team marked as priorities for the district (CASEL pairs
 * its rubric with a short yes/no priority-setting questionnaire); the summary, the weakest-indicator rule
 * and the report put them first. Absent or empty: no practice is marked.
 */
export const assessmentSchema = /* @__PURE__ */ z.object({
  id: requiredText,
  rubricId: rubricItemIdSchema,
  rubricVersion: requiredText,
  takenBy: requiredText,
  takenOn: isoDateSchema,
  ratings: /* @__PURE__ */ z.record(rubricItemIdSchema, ratingSchema),
  notes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  priorities: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(rubricItemIdSchema)),
});
export type Assessment = z.infer<typeof assessmentSchema>;
