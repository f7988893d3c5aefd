import {
  parsePartnerWorkbook,
  setPartnerTier,
  type ParseResult,
  type PartnerCardSortData,
  type PartnerWorkbook,
  type SelIssue,
  type Tier,
  type WorkbookEdit,
} from '@sel/core';

/** What a move did to the workbook: the edit to send, the problems that kept it from being made, or nothing (no workbook). */
export type WorkbookMove = { readonly edit: WorkbookEdit } | { readonly issues: readonly SelIssue[] } | undefined;

/**
 * The partner workbook a card sort sorts, whatever brought it: the `workbook` property as given,
 * or a `src` file or inline JSON read as a workbook (an older shape, a bare inventory or
 * `{ partners, assignments }`, is migrated). It is kept with the moves made since it came, so
 * each move is sent as the new workbook. Data from the `partners` property is an inventory, not
 * a workbook: its moves send none.
 */
export class CardSortWorkbook {
  /** What each valid card sort data was read from. */
  readonly #read = new WeakMap<PartnerCardSortData, unknown>();
  /** The workbook with the moves made on it, for the data it came with. */
  #current: { readonly data: PartnerCardSortData; readonly workbook: PartnerWorkbook | undefined } | undefined;

  /** Notes what valid card sort data was read from; returns the result as it is. */
  remember(raw: unknown, result: ParseResult<PartnerCardSortData>): ParseResult<PartnerCardSortData> {
    if (result.ok) this.#read.set(result.value, raw);
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

  /**
   * Partner `partnerId` moved to `tier` on a board of `data`. `sources` are the element's
   * properties: the data is an inventory (no workbook) when it came from `partners`, and the
   * workbook is used as given when it came from `workbook`; data read from a file or inline JSON
   * is read as a workbook the first time one of its partners moves.
   */
  move(
    data: PartnerCardSortData,
    sources: { readonly partners: unknown; readonly workbook: PartnerWorkbook | undefined },
    partnerId: string,
    tier: Tier,
  ): WorkbookMove {
    let current = this.#current;
    if (current?.data !== data) {
      const raw = this.#read.get(data);
      let workbook: PartnerWorkbook | undefined;
      if (raw !== undefined && raw === sources.workbook) workbook = sources.workbook;
      else if (raw !== undefined && raw !== sources.partners) {
        const read = parsePartnerWorkbook(raw);
        if (!read.ok) {
          // Said once; the board still sorts, without a workbook to send.
          this.#current = { data, workbook: undefined };
          return { issues: read.error.issues };
        }
        workbook = read.value;
      }
      current = { data, workbook };
      this.#current = current;
    }
    if (!current.workbook) return undefined;
    try {
      const edit = setPartnerTier(current.workbook, partnerId, tier);
      this.#current = { data, workbook: edit.workbook };
      return { edit };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { issues: [{ path: ['assignments', partnerId], code: 'set-tier-failed', message }] };
    }
  }
}
