import type { TileGridLayout, UsState } from '@sel/core';

/**
 * The grid drawn row by row, top to bottom: each square two letters (a state's code, or two spaces
 * where the grid is empty), from the first column on the left.
 */
const ROWS = [
  '                    ME',
  '                  VTNH',
  'WAIDMTNDMNILWIMINYRIMA',
  'ORNVWYSDIAINOHPANJCT',
  'CAUTCONEMOKYWVVAMDDE',
  '  AZNMKSARTNNCSCDC',
  '      OKLAMSALGA',
  'HIAK  TX        FL',
];

/** The squares of {@link ROWS}, in reading order. */
function tiles(): TileGridLayout['tiles'] {
  const squares: { state: UsState; row: number; column: number }[] = [];
  ROWS.forEach((line, row) => {
    for (let column = 0; 2 * column < line.length; column++) {
      const state = line.slice(2 * column, 2 * column + 2);
      if (state !== '  ') squares.push({ state: state as UsState, row, column });
    }
  });
  return squares;
}

/**
 * The 50 states and the District of Columbia as an equal-area square tile grid, 11 columns by 8
 * rows, with Alaska and Hawaii in the bottom-left corner. It follows the square tile grid map
 * convention that NPR's Visuals team published and explained (Danny DeBelius, "Let's Tesselate:
 * Hexagons For Tile Grid Maps", NPR Visuals blog, 2015), the layout many newsrooms reuse: every
 * state one square, neighbours kept next to each other, the Northeast spread out so its small
 * states can be read.
 */
export const usTileGrid: TileGridLayout = {
  id: 'us-states-square-tile-grid',
  title: 'United States, one square per state and DC',
  source:
    'Square tile grid map convention of NPR Visuals (D. DeBelius, "Let\'s Tesselate: Hexagons For Tile Grid Maps", 2015, https://blog.apps.npr.org/2015/05/11/hex-tile-maps.html)',
  tiles: /* @__PURE__ */ tiles(),
};
