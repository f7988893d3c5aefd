import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';

/** Rows per block: a block already drawn is not rendered again while its inputs stay the same. */
export const ROWS_PER_BLOCK = 50;

/**
 * The first `drawn` rows of a long table as `<tbody>` blocks of {@link ROWS_PER_BLOCK} rows, each
 * guarded by `deps` (the row list, the columns, the language...) and its own extent: as a table is
 * drawn over frames, each frame renders only the rows it adds, not every row drawn before.
 */
export function renderBlocks(
  drawn: number,
  deps: readonly unknown[],
  rows: (from: number, to: number) => readonly TemplateResult[],
): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  for (let from = 0; from < drawn; from += ROWS_PER_BLOCK) {
    const to = Math.min(drawn, from + ROWS_PER_BLOCK);
    blocks.push(
      html`${guard(
        [...deps, from, to],
        () =>
          html`<tbody>
            ${rows(from, to)}
          </tbody>`,
      )}`,
    );
  }
  return blocks;
}
