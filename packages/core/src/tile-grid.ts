import * as z from 'zod/mini';
import { usStateSchema } from './community.js';

const place = (what: string) =>
  z
    .int({ error: `Expected ${what} as a whole number` })
    .check(z.minimum(0, `Expected ${what} to be 0 or more (the first ${what} is 0)`));

/** Where one state's square sits on a tile grid map: its row and column, counted from 0. */
export const stateTileSchema = /* @__PURE__ */ z.object({
  state: usStateSchema,
  row: /* @__PURE__ */ place('row'),
  column: /* @__PURE__ */ place('column'),
});
export type StateTile = z.infer<typeof stateTileSchema>;

/**
 * An equal-area tile grid map: one square per state, placed so that neighbours stay near each
 * other, with `source` naming the published layout it follows. Checked here: each state has one
 * tile, and no two tiles share a square.
 */
export const tileGridLayoutSchema = /* @__PURE__ */ z
  .object({
    id: /* @__PURE__ */ z
      .string({ error: 'Expected a layout id as text' })
      .check(z.regex(/\S/, { error: 'Expected a layout id' })),
    title: /* @__PURE__ */ z
      .string({ error: 'Expected a title as text' })
      .check(z.regex(/\S/, { error: 'Expected a title' })),
    source: /* @__PURE__ */ z
      .string({ error: 'Expected the source of the layout as text' })
      .check(z.regex(/\S/, { error: 'Expected the source of the layout' })),
    tiles: /* @__PURE__ */ z.array(stateTileSchema).check(/* @__PURE__ */ z.minLength(1, 'Expected at least one tile')),
  })
  .check(
    /* @__PURE__ */ z.superRefine((layout, ctx) => {
      const states = new Map<string, number>();
      const squares = new Map<string, number>();
      layout.tiles.forEach((tile, index) => {
        const state = states.get(tile.state);
        if (state === undefined) states.set(tile.state, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['tiles', index, 'state'],
            input: tile.state,
            message: `Expected one tile per state, but ${tile.state} already has the tile at index ${state}`,
          });
        }
        const square = `${tile.row},${tile.column}`;
        const other = squares.get(square);
        if (other === undefined) squares.set(square, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['tiles', index],
            input: tile,
            message: `Expected a free square, but row ${tile.row}, column ${tile.column} is taken by the tile at index ${other}`,
          });
        }
      });
    }),
  );
export type TileGridLayout = z.infer<typeof tileGridLayoutSchema>;
