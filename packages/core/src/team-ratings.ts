/**
 * A team rates together: each member rates the rubric alone, the ratings are shown side by side,
 * the team talks through the indicators where they differ and records one agreed level each, as
 * teams do with implementation inventories (PBIS's Tiered Fidelity Inventory, the District Capacity
 * Assessment). A facilitator runs the discussion and does not rate.
 *
 * Members are told apart by their assessment's `takenBy` (each member's own assessment names them).
 * Every result is sorted by member name in code-unit order and by rubric order, so the same set of
 * member assessments gives the same result whatever order they are given in.
 */
import * as z from 'zod/mini';
import { createAssessment, ratingOf, setRating } from './assessment.js';
import { assertAssessmentFitsRubric } from './assessment-fit.js';
import type { Assessment, MemberRating, NewAssessment } from './assessment.js';
import { SelRuleError } from './errors.js';
import type { ParseResult } from './errors.js';
import { PlainReading, readFields, readOneOf } from './plain-reader.js';
import type { Rubric } from './rubric.js';
import { rubricIndicators } from './rubric-indicators.js';

/** When raters agree on an indicator: all chose the same level, or all are within one level of each other. */
export const AGREEMENT_RULES = ['same-level', 'within-one'] as const;
export type AgreementRule = (typeof AGREEMENT_RULES)[number];

const AGREEMENT_MESSAGE = 'Expected agreement "same-level" or "within-one"';

/** Options of {@link teamRatings}, {@link consensusOrder} and {@link startConsensus}. */
export const teamRatingsOptionsSchema = /* @__PURE__ */ z.object({
  /** When raters agree (default `same-level`). */
  agreement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(AGREEMENT_RULES, { error: AGREEMENT_MESSAGE })),
});
export type TeamRatingsOptions = z.infer<typeof teamRatingsOptionsSchema>;

/**
 * Reads options as {@link teamRatingsOptionsSchema} does, in plain code: the team's rules run in
 * a page's team mode, which then needs no zod. The unit tests hold it to the schema.
 */
export function checkTeamRatingsOptions(options: unknown): ParseResult<TeamRatingsOptions> {
  const reading = new PlainReading();
  const value = readFields(reading, options, [], [['agreement', readOneOf(AGREEMENT_RULES, AGREEMENT_MESSAGE), true]]);
  return reading.result('options', value as TeamRatingsOptions);
}

/** One member of the team: the name their assessment is taken by, and its id. */
export interface TeamMember {
  readonly name: string;
  readonly assessmentId: string;
}

/** How many members chose one level of the rubric, and who. */
export interface LevelCount {
  readonly level: number;
  readonly label: string;
  readonly count: number;
  /** Names of the members who chose it, sorted. */
  readonly members: readonly string[];
}

/** The team's ratings of one indicator. */
export interface IndicatorTeamRatings {
  readonly indicatorId: string;
  readonly practiceId: string;
  readonly focusAreaId: string;
  /** Each member's level, sorted by member name; members who did not rate it are left out. */
  readonly ratings: readonly MemberRating[];
  /** One entry per rubric level, in level order, zero counts included. */
  readonly distribution: readonly LevelCount[];
  /** How many members rated it. */
  readonly rated: number;
  /**
   * The median level value of the ratings; with an even number of them, the lower of the two middle
   * levels (a summary never claims more than the ratings show). `null` when nobody rated it.
   */
  readonly median: number | null;
  /** Level steps between the lowest and the highest rating (0 when all chose one level); `null` when nobody rated it. */
  readonly spread: number | null;
  /** Whether the ratings agree under the agreement rule; `null` when nobody rated it. */
  readonly agrees: boolean | null;
  /** Names of the members who did not rate it, sorted. */
  readonly notRated: readonly string[];
}

/** The team's ratings of a whole rubric. */
export interface TeamRatings {
  readonly rubricId: string;
  readonly rubricVersion: string;
  readonly agreement: AgreementRule;
  /** The members, sorted by name. */
  readonly members: readonly TeamMember[];
  /** One entry per indicator of the rubric, in rubric order. */
  readonly indicators: readonly IndicatorTeamRatings[];
  /** Indicators on which the ratings agree, disagree, and that nobody rated. */
  readonly agreed: number;
  readonly disagreed: number;
  readonly unrated: number;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Gathers the member assessments of one rubric into per-indicator distributions, medians, spreads,
 * agreement and who has not rated.
 *
 * @throws {SelValidationError} subject `options` when an option is malformed.
 * @throws {SelRuleError} `no-members` when no assessment is given, `duplicate-member` when two
 * assessments are taken by the same name, or any code of `assertAssessmentFitsRubric` when an
 * assessment does not fit the rubric (the message names the member).
 */
export function teamRatings(
  rubric: Rubric,
  assessments: readonly Assessment[],
  options: TeamRatingsOptions = {},
): TeamRatings {
  const read = checkTeamRatingsOptions(options);
  if (!read.ok) throw read.error;
  const { agreement = 'same-level' } = read.value;
  if (assessments.length === 0) throw new SelRuleError('no-members', 'Expected at least one member assessment');
  const sorted = [...assessments].sort((a, b) => byCodeUnits(a.takenBy, b.takenBy));
  sorted.forEach((assessment, index) => {
    if (sorted[index - 1]?.takenBy === assessment.takenBy) {
      throw new SelRuleError(
        'duplicate-member',
        `Expected one assessment per member, but two are taken by "${assessment.takenBy}"`,
        { member: assessment.takenBy },
      );
    }
    try {
      assertAssessmentFitsRubric(rubric, assessment);
    } catch (error) {
      if (!(error instanceof SelRuleError)) throw error;
      throw new SelRuleError(error.code, `Member "${assessment.takenBy}": ${error.message}`, {
        ...error.details,
        member: assessment.takenBy,
      });
    }
  });

  const positionOf = new Map(rubric.levels.map((level, index) => [level.value, index]));
  const limit = agreement === 'same-level' ? 0 : 1;
  const indicators = rubricIndicators(rubric).entries.map((entry): IndicatorTeamRatings => {
    const id = entry.indicator.id;
    const ratings: MemberRating[] = [];
    const notRated: string[] = [];
    for (const assessment of sorted) {
      const rating = ratingOf(assessment, id);
      if (rating === undefined) notRated.push(assessment.takenBy);
      else ratings.push({ member: assessment.takenBy, level: rating.level });
    }
    const positions = ratings.map((rating) => positionOf.get(rating.level) ?? 0).sort((a, b) => a - b);
    const lowest = positions[0];
    const highest = positions[positions.length - 1];
    const middle = positions[Math.ceil(positions.length / 2) - 1];
    const spread = lowest === undefined || highest === undefined ? null : highest - lowest;
    return {
      indicatorId: id,
      practiceId: entry.practiceId,
      focusAreaId: entry.focusAreaId,
      ratings,
      distribution: rubric.levels.map((level) => {
        const members = ratings.filter((rating) => rating.level === level.value).map((rating) => rating.member);
        return { level: level.value, label: level.label, count: members.length, members };
      }),
      rated: ratings.length,
      median: middle === undefined ? null : (rubric.levels[middle]?.value ?? null),
      spread,
      agrees: spread === null ? null : spread <= limit,
      notRated,
    };
  });
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    agreement,
    members: sorted.map((assessment) => ({ name: assessment.takenBy, assessmentId: assessment.id })),
    indicators,
    agreed: indicators.filter((entry) => entry.agrees === true).length,
    disagreed: indicators.filter((entry) => entry.agrees === false).length,
    unrated: indicators.filter((entry) => entry.agrees === null).length,
  };
}

/**
 * The indicators in the order a team should discuss them: those where the ratings disagree first,
 * then those that agree, then those nobody rated. Within each group the widest spread comes first,
 * then the ratings farthest in total from their median, then rubric order.
 */
export function consensusOrder(team: TeamRatings): IndicatorTeamRatings[] {
  const group = (entry: IndicatorTeamRatings): number => (entry.agrees === false ? 0 : entry.agrees ? 1 : 2);
  const distance = new Map(
    team.indicators.map((entry) => {
      const median = entry.distribution.findIndex((count) => count.level === entry.median);
      const total = entry.distribution.reduce((sum, count, index) => sum + count.count * Math.abs(index - median), 0);
      return [entry, total];
    }),
  );
  // Array.prototype.sort is stable: equal keys stay in rubric order.
  return [...team.indicators].sort(
    (a, b) =>
      group(a) - group(b) || (b.spread ?? 0) - (a.spread ?? 0) || (distance.get(b) ?? 0) - (distance.get(a) ?? 0),
  );
}

/**
 * Starts the team's agreed assessment: a new assessment of `rubric` (with `fields`, as
 * `createAssessment` takes them) in which every indicator that all members rated at the same level
 * already has that level, with the member ratings it came from. The other indicators are left for
 * the discussion; record each with {@link recordAgreement}.
 *
 * @throws the errors of {@link teamRatings} and of `createAssessment`.
 */
export function startConsensus(
  rubric: Rubric,
  assessments: readonly Assessment[],
  fields: NewAssessment,
  options: TeamRatingsOptions = {},
): Assessment {
  const team = teamRatings(rubric, assessments, options);
  let consensus = createAssessment(rubric, fields);
  for (const entry of team.indicators) {
    const [first] = entry.ratings;
    if (first !== undefined && entry.notRated.length === 0 && entry.spread === 0) {
      consensus = setRating(consensus, entry.indicatorId, { level: first.level, memberRatings: [...entry.ratings] });
    }
  }
  return consensus;
}

/** What the team agreed on for one indicator. */
export interface Agreement {
  /** The agreed level value. */
  readonly level: number;
  /** The discussion note: why the team settled there (kept as the rating's `notes`). */
  readonly notes?: string;
  readonly ratedOn?: string;
}

/**
 * A copy of the agreed assessment `consensus` with `indicatorId` at the agreed level, recording the
 * member ratings it came from (from `team`) and the discussion note. The agreed level need not be one
 * a member chose.
 *
 * @throws {SelRuleError} `rubric-mismatch` when `team` is of another rubric or version than `consensus`.
 * @throws {SelValidationError} when the indicator or level is not in the rubric, or the note is malformed.
 */
export function recordAgreement(
  rubric: Rubric,
  team: TeamRatings,
  consensus: Assessment,
  indicatorId: string,
  agreement: Agreement,
): Assessment {
  if (team.rubricId !== consensus.rubricId || team.rubricVersion !== consensus.rubricVersion) {
    throw new SelRuleError(
      'rubric-mismatch',
      `The team's ratings are of rubric "${team.rubricId}" version "${team.rubricVersion}", the agreed assessment of "${consensus.rubricId}" version "${consensus.rubricVersion}"`,
    );
  }
  const entry = team.indicators.find((candidate) => candidate.indicatorId === indicatorId);
  const note = agreement.notes?.trim() === '' ? undefined : agreement.notes;
  return setRating(
    consensus,
    indicatorId,
    {
      level: agreement.level,
      ...(note === undefined ? {} : { notes: note }),
      ...(agreement.ratedOn === undefined ? {} : { ratedOn: agreement.ratedOn }),
      memberRatings: [...(entry?.ratings ?? [])],
    },
    rubric,
  );
}
