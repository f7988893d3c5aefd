import type {
  Charter,
  CheckedStatusSnapshot,
  CommunityStatus,
  SelIssue,
  StatusReport,
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
}

/** What `localeCompare` without a language compares with, made once. */
const names = /* @__PURE__ */ new Intl.Collator();

/** A free square for the national tile: the first one in reading order, or a column to the right. */
function freeSquare(taken: ReadonlySet<string>, rows: number, columns: number): { row: number; column: number } {
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) if (!taken.has(`${row},${column}`)) return { row, column };
  }
  return { row: 0, column: columns };
}

/**
 * Builds the map of a checked snapshot on `layout`: its status report (core's
 * `safeParseStatusSnapshot`) with a square
 * for every state of the layout, plus one for the national communities (in the first free square,
 * top left on the US layout) and one for each reached place the layout lacks (in a row below).
 */
export function statusMapModel({ snapshot, report }: CheckedStatusSnapshot, layout: TileGridLayout): StatusMapModel {
  const byId = new Map(snapshot.communities.map((community) => [community.id, community]));
  const where = new Map<TileKey, MapCommunity[]>();
  const ownOf = new Map<TileKey, MapCommunity[]>();
  // One community at a time: a list already holding it has it last.
  const add = (map: Map<TileKey, MapCommunity[]>, key: TileKey, entry: MapCommunity) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  // The report's lines come sorted by name, so every square's list is built in that order.
  for (const status of report.communities) {
    const community = byId.get(status.id);
    if (community === undefined) continue;
    const entry: MapCommunity = { status, charter: community.charter };
    const scopeState = community.scope.kind === 'state' ? community.scope.state : undefined;
    const home: TileKey = scopeState ?? 'national';
    add(where, home, entry);
    add(ownOf, home, entry);
    for (const district of community.districts) {
      const state = district.state ?? scopeState;
      if (state !== undefined) add(where, state, entry);
    }
  }
  const byName = (a: MapCommunity, b: MapCommunity) => names.compare(a.status.name, b.status.name);
  const stateLines = new Map(report.byState.map((line) => [line.state, line]));

  const rows = Math.max(...layout.tiles.map((tile) => tile.row)) + 1;
  const columns = Math.max(...layout.tiles.map((tile) => tile.column)) + 1;
  const taken = new Set(layout.tiles.map((tile) => `${tile.row},${tile.column}`));
  const squares: { key: TileKey; row: number; column: number }[] = layout.tiles.map((tile) => ({
    key: tile.state,
    row: tile.row,
    column: tile.column,
  }));
  const onLayout = new Set<TileKey>(layout.tiles.map((tile) => tile.state));
  const offLayout = report.byState.map((line) => line.state).filter((state) => !onLayout.has(state));
  offLayout.forEach((state, column) => squares.push({ key: state, row: rows, column }));
  if (where.has('national')) squares.push({ key: 'national', ...freeSquare(taken, rows, columns) });

  const tiles = squares
    .map(({ key, row, column }): MapTile => {
      // In the reader's order, which is the report's for most: then a sort only confirms it.
      const communities = where.get(key)?.sort(byName) ?? [];
      const own = ownOf.get(key)?.sort(byName) ?? [];
      const line = key === 'national' ? undefined : stateLines.get(key);
      const national = key === 'national';
      return {
        key,
        row,
        column,
        communities,
        own,
        districts: national ? own.reduce((sum, c) => sum + c.status.districts, 0) : (line?.districts ?? 0),
        students: national ? own.reduce((sum, c) => sum + c.status.students, 0) : (line?.students ?? 0),
      };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    report,
    tiles,
    byKey: new Map(tiles.map((tile) => [tile.key, tile])),
    rows: offLayout.length > 0 ? rows + 1 : rows,
    columns: Math.max(columns, offLayout.length),
    offLayout,
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
