import { ratingOf, type Assessment, type Rubric } from '@sel/core';

/**
 * The levels a person chose before the rubric's rating code arrived (rubric-rating.ts), by
 * indicator, until that code makes the ratings. The rubric draws them as chosen at once, as it does
 * a rating made with the code here: the row's status line and the summaries change when the person
 * clicks, and a redraw meanwhile keeps the radio checked. Drawn only when the code arrived, those
 * changes moved the rows under the pointer: the evidence box a person was clicking to type into
 * jumped away, and what they typed went nowhere.
 */
export class EarlyLevels {
  readonly #levels = new Map<string, number>();
  /** The assessment last drawn with them and what it was drawn from: a redraw draws the same one. */
  #drawn: readonly [from: Assessment | undefined, rubric: Rubric, drawn: Assessment] | undefined;

  /** `level` was chosen for `indicatorId` (the element draws it). */
  choose(indicatorId: string, level: number): void {
    this.#levels.set(indicatorId, level);
    this.#drawn = undefined;
  }

  /** Forgets them: the rating code is here to make the ratings. */
  clear(): void {
    this.#levels.clear();
    this.#drawn = undefined;
  }

  /**
   * The assessment to draw: `current`, with the levels chosen early over its ratings (over `blank`'s
   * assessment of `rubric` while there is none). Never the value: only drawn and scored.
   */
  drawn(
    current: Assessment | undefined,
    rubric: Rubric,
    blank: (rubric: Rubric) => Assessment,
  ): Assessment | undefined {
    if (this.#levels.size === 0) return current;
    const [from, of, drawn] = this.#drawn ?? [];
    if (drawn && from === current && of === rubric) return drawn;
    const base = current ?? blank(rubric);
    const ratings = { ...base.ratings };
    for (const [indicatorId, level] of this.#levels) ratings[indicatorId] = { ...ratingOf(base, indicatorId), level };
    this.#drawn = [current, rubric, { ...base, ratings }];
    return this.#drawn[2];
  }
}
