import type {
  Charter,
  CheckedStatusSnapshot,
  CommunityStatus,
  SelIssue,
  StatusReport,
  StateStatus,
  TileGridLayout,
  UsState,
} from '@sel/core';

/** A square of the map: a state (or DC, or a territory) or the national community beside the states. */
export type TileKey = UsState | 'national';

/** One community as the map lists it: its line of the report and its charter. */
export interface MapCommunity {
  readonly status: CommunityStatus;
  readonly charter: Charter;
}

/** One square of the map with what it stands for. */
export interface MapTile {
  readonly key: TileKey;
  readonly row: number;
  readonly column: number;
  /** The communities that work there (scoped to the state or with a district in it), by name. */
  readonly communities: readonly MapCommunity[];
  /** The communities scoped to this state (for the national tile, the national communities). */
  readonly own: readonly MapCommunity[];
  readonly districts: number;
  readonly students: number;
}

/** Everything the map draws from one snapshot on one layout. */
export interface StatusMapModel {
  readonly report: StatusReport;
  /** Every square in reading order (row by row, left to right). */
  readonly tiles: readonly MapTile[];
  readonly byKey: ReadonlyMap<TileKey, MapTile>;
  readonly rows: number;
  readonly columns: number;
  /** Reached places the layout has no square for (e.g. a territory), shown in a row below. */
  readonly offLayout: readonly UsState[];
  /** Names where the squares sit: two models with the same `placement` place the same squares in the same order. */
  readonly placement: string;
}

/** What `localeCompare` without a language compares with, made once. */
const names = /* @__PURE__ */ new Intl.Collator();

/** What a model needs from a layout, worked out once per layout (a page keeps one for every map). */
interface LayoutGeometry {
  /** Tells this geometry from every other one on the page. */
  readonly id: number;
  readonly rows: number;
  readonly columns: number;
  /** The layout's squares in reading order (row by row, left to right). */
  readonly squares: readonly { readonly key: UsState; readonly row: number; readonly column: number }[];
  readonly onLayout: ReadonlySet<TileKey>;
  /** Where the national square goes: its row and column, and its place among `squares`. */
  readonly national: { readonly row: number; readonly column: number; readonly index: number };
}

const geometries = /* @__PURE__ */ new WeakMap<TileGridLayout, LayoutGeometry>();
let geometryCount = 0;

/**
 * The geometry of `layout`, with the national square in the first free square in reading order
 * (top left on the US layout), or in a column to the right when the grid is full.
 */
function geometryOf(layout: TileGridLayout): LayoutGeometry {
  let geometry = geometries.get(layout);
  if (geometry !== undefined) return geometry;
  const rows = Math.max(...layout.tiles.map((tile) => tile.row)) + 1;
  const columns = Math.max(...layout.tiles.map((tile) => tile.column)) + 1;
  const squares = layout.tiles
    .map((tile) => ({ key: tile.state, row: tile.row, column: tile.column }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const taken = new Set(squares.map((square) => `${String(square.row)},${String(square.column)}`));
  let free: { row: number; column: number } | undefined;
  for (let row = 0; row < rows && free === undefined; row++) {
    for (let column = 0; column < columns && free === undefined; column++) {
      if (!taken.has(`${String(row)},${String(column)}`)) free = { row, column };
    }
  }
  const { row, column } = free ?? { row: 0, column: columns };
  const index = squares.findIndex((square) => square.row > row || (square.row === row && square.column > column));
  geometry = {
    id: ++geometryCount,
    rows,
    columns,
    squares,
    onLayout: new Set(squares.map((square) => square.key)),
    national: { row, column, index: index < 0 ? squares.length : index },
  };
  geometries.set(layout, geometry);
  return geometry;
}

/**
 * Builds the map of a checked snapshot on `layout`: its status report (core's
 * `safeParseStatusSnapshot`) with a square
 * for every state of the layout, plus one for the national communities (in the first free square,
 * top left on the US layout) and one for each reached place the layout lacks (in a row below).
 */
export function statusMapModel({ report }: CheckedStatusSnapshot, layout: TileGridLayout): StatusMapModel {
  const where = new Map<TileKey, MapCommunity[]>();
  const ownOf = new Map<TileKey, MapCommunity[]>();
  // One community at a time: a list already holding it has it last.
  const add = (map: Map<TileKey, MapCommunity[]>, key: TileKey, entry: MapCommunity) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  // The report's lines come sorted by name, so every square's list is built in that order. A line
  // lists the states its community reaches: its own, then its districts'.
  for (const status of report.communities) {
    const entry: MapCommunity = { status, charter: status.charter };
    const home: TileKey = status.scope.kind === 'state' ? status.scope.state : 'national';
    add(where, home, entry);
    add(ownOf, home, entry);
    for (const state of status.states) add(where, state, entry);
  }
  const byName = (a: MapCommunity, b: MapCommunity) => names.compare(a.status.name, b.status.name);
  const stateLines = new Map<TileKey, StateStatus>();
  for (const line of report.byState) stateLines.set(line.state, line);

  const geometry = geometryOf(layout);
  const { rows, columns, onLayout } = geometry;
  const tile = (key: TileKey, row: number, column: number): MapTile => {
    // In the reader's order, which is the report's for most: then a sort only confirms it.
    const communities = where.get(key)?.sort(byName) ?? [];
    const own = ownOf.get(key)?.sort(byName) ?? [];
    if (key === 'national') {
      let districts = 0;
      let students = 0;
      for (const each of own) {
        districts += each.status.districts;
        students += each.status.students;
      }
      return { key, row, column, communities, own, districts, students };
    }
    const line = stateLines.get(key);
    return { key, row, column, communities, own, districts: line?.districts ?? 0, students: line?.students ?? 0 };
  };
  // Reading order: the layout's squares, the national one in its free square, then a row below
  // for reached places the layout lacks.
  const tiles: MapTile[] = [];
  geometry.squares.forEach((square, index) => {
    if (index === geometry.national.index && where.has('national')) {
      tiles.push(tile('national', geometry.national.row, geometry.national.column));
    }
    tiles.push(tile(square.key, square.row, square.column));
  });
  if (geometry.national.index === geometry.squares.length && where.has('national')) {
    tiles.push(tile('national', geometry.national.row, geometry.national.column));
  }
  const offLayout: UsState[] = [];
  for (const { state } of report.byState) {
    if (onLayout.has(state)) continue;
    tiles.push(tile(state, rows, offLayout.length));
    offLayout.push(state);
  }
  const byKey = new Map<TileKey, MapTile>();
  for (const each of tiles) byKey.set(each.key, each);
  return {
    report,
    tiles,
    byKey,
    rows: offLayout.length > 0 ? rows + 1 : rows,
    columns: Math.max(columns, offLayout.length),
    offLayout,
    placement: `${String(geometry.id)} ${where.has('national') ? 'national' : ''} ${offLayout.join()}`,
  };
}

/** The problem with a chosen place (`selected-state`) that has no square on the map, if any. */
export function placeIssues(place: string | null | undefined, model: StatusMapModel): SelIssue[] {
  if (place == null || model.byKey.has(place as TileKey)) return [];
  const national = model.byKey.has('national') ? ' or "national"' : '';
  return [
    {
      path: ['selectedState'],
      code: 'unknown-place',
      message: `Expected selected-state to be a state on the map${national}, got ${JSON.stringify(place)}`,
    },
  ];
}
