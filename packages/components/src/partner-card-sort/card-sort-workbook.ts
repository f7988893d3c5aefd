import type { ParseResult, PartnerCardSortData, PartnerWorkbook } from '@sel/core';

/**
 * The partner workbook a card sort sorts, whatever brought it: the `workbook` property as given,
 * or a `src` file or inline JSON read as a workbook (an older shape, a bare inventory or
 * `{ partners, assignments }`, is migrated). It is kept with the moves made since it came, so
 * each move is sent as the new workbook (`workbook-move.ts`, loaded with the moves). Data from the `partners` property is an inventory, not
 * a workbook: its moves send none.
 */
export class CardSortWorkbook {
  /** What each valid card sort data was read from. */
  readonly read = new WeakMap<PartnerCardSortData, unknown>();
  /** The workbook with the moves made on it (see `workbook-move.ts`), for the data it came with. */
  current: { readonly data: PartnerCardSortData; readonly workbook: PartnerWorkbook | undefined } | undefined;

  /** Notes what valid card sort data was read from; returns the result as it is. */
  remember(raw: unknown, result: ParseResult<PartnerCardSortData>): ParseResult<PartnerCardSortData> {
    if (result.ok) this.read.set(result.value, raw);
    return result;
  }

  /** {@link remember} for data read in steps. */
  *rememberInSteps(
    raw: unknown,
    steps: Iterator<unknown, ParseResult<PartnerCardSortData>, undefined>,
  ): Generator<unknown, ParseResult<PartnerCardSortData>, undefined> {
    for (;;) {
      const next = steps.next();
      if (next.done) return this.remember(raw, next.value);
      yield next.value;
    }
  }
}
