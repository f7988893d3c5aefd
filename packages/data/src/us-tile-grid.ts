import type { TileGridLayout } from '@sel/core';

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
  tiles: [
    { state: 'ME', row: 0, column: 10 },
    { state: 'VT', row: 1, column: 9 },
    { state: 'NH', row: 1, column: 10 },
    { state: 'WA', row: 2, column: 0 },
    { state: 'ID', row: 2, column: 1 },
    { state: 'MT', row: 2, column: 2 },
    { state: 'ND', row: 2, column: 3 },
    { state: 'MN', row: 2, column: 4 },
    { state: 'IL', row: 2, column: 5 },
    { state: 'WI', row: 2, column: 6 },
    { state: 'MI', row: 2, column: 7 },
    { state: 'NY', row: 2, column: 8 },
    { state: 'RI', row: 2, column: 9 },
    { state: 'MA', row: 2, column: 10 },
    { state: 'OR', row: 3, column: 0 },
    { state: 'NV', row: 3, column: 1 },
    { state: 'WY', row: 3, column: 2 },
    { state: 'SD', row: 3, column: 3 },
    { state: 'IA', row: 3, column: 4 },
    { state: 'IN', row: 3, column: 5 },
    { state: 'OH', row: 3, column: 6 },
    { state: 'PA', row: 3, column: 7 },
    { state: 'NJ', row: 3, column: 8 },
    { state: 'CT', row: 3, column: 9 },
    { state: 'CA', row: 4, column: 0 },
    { state: 'UT', row: 4, column: 1 },
    { state: 'CO', row: 4, column: 2 },
    { state: 'NE', row: 4, column: 3 },
    { state: 'MO', row: 4, column: 4 },
    { state: 'KY', row: 4, column: 5 },
    { state: 'WV', row: 4, column: 6 },
    { state: 'VA', row: 4, column: 7 },
    { state: 'MD', row: 4, column: 8 },
    { state: 'DE', row: 4, column: 9 },
    { state: 'AZ', row: 5, column: 1 },
    { state: 'NM', row: 5, column: 2 },
    { state: 'KS', row: 5, column: 3 },
    { state: 'AR', row: 5, column: 4 },
    { state: 'TN', row: 5, column: 5 },
    { state: 'NC', row: 5, column: 6 },
    { state: 'SC', row: 5, column: 7 },
    { state: 'DC', row: 5, column: 8 },
    { state: 'OK', row: 6, column: 3 },
    { state: 'LA', row: 6, column: 4 },
    { state: 'MS', row: 6, column: 5 },
    { state: 'AL', row: 6, column: 6 },
    { state: 'GA', row: 6, column: 7 },
    { state: 'HI', row: 7, column: 0 },
    { state: 'AK', row: 7, column: 1 },
    { state: 'TX', row: 7, column: 3 },
    { state: 'FL', row: 7, column: 8 },
  ],
};
