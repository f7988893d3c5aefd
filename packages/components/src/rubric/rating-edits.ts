import { ratingOf, setRating, toIsoDate, type Assessment, type Rating, type Rubric } from '@sel/core';

/*
 * The edits a person makes to an assessment in `<sel-rubric>`: a level chosen, evidence saved.
 * They load with the rating code (rubric-rating.ts), on the first sign of a person using the rubric.
 */

/**
 * `assessment` with `indicatorId` rated `level` today: the rating keeps what the indicator had
 * (its evidence unless `notes` replaces it; blank evidence is none) and names `ratedBy` when
 * given. Throws (`SelValidationError`, `SelRuleError`) when the rating does not fit the rubric.
 */
export function rateIndicator(
  rubric: Rubric,
  assessment: Assessment,
  indicatorId: string,
  level: number,
  { notes, ratedBy }: { readonly notes: string | undefined; readonly ratedBy: string | undefined },
): Assessment {
  const existing = ratingOf(assessment, indicatorId);
  const evidence = notes ?? existing?.notes;
  const rating: Rating = { ...existing, level, ratedOn: toIsoDate(new Date()) };
  if (evidence !== undefined && evidence.trim() !== '') rating.notes = evidence;
  else delete rating.notes;
  if (ratedBy !== undefined && ratedBy.trim() !== '') rating.ratedBy = ratedBy;
  return setRating(assessment, indicatorId, rating, rubric);
}

/**
 * `assessment` with `text` as the evidence of `rating`, the rating of `indicatorId`, or
 * `undefined` when the rating already has that evidence (blank text is no evidence, so clearing
 * a rating without any changes nothing). Throws when the rating does not fit the rubric.
 */
export function withEvidence(
  rubric: Rubric,
  assessment: Assessment,
  indicatorId: string,
  rating: Rating,
  text: string,
): Assessment | undefined {
  const notes = text.trim() === '' ? '' : text;
  if ((rating.notes ?? '') === notes) return undefined;
  const { notes: _old, ...rest } = rating;
  return setRating(assessment, indicatorId, notes === '' ? rest : { ...rest, notes }, rubric);
}

/**
 * `assessment` with evidence still being typed (`typed`, as `[indicatorId, text]`) put into the
 * ratings it belongs to, for a draft: text of an indicator with no level yet, or text that does
 * not fit, is left out and the saved evidence stays.
 */
export function withTypedEvidence(
  rubric: Rubric,
  assessment: Assessment,
  typed: Iterable<readonly [string, string]>,
): Assessment {
  let result = assessment;
  for (const [indicatorId, text] of typed) {
    const rating = ratingOf(result, indicatorId);
    if (!rating) continue;
    try {
      result = withEvidence(rubric, result, indicatorId, rating, text) ?? result;
    } catch {
      // Text that does not fit a rating stays out of the draft, as it stays out of the value.
    }
  }
  return result;
}
