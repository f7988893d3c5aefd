import type { ReactiveControllerHost } from 'lit';
import type { SelIssue } from '@sel/core';
import { GRID_KEYS } from '../shared/list-navigation.js';
import { RovingFocusController } from '../shared/roving-focus.js';
import type { MapTile, StatusMapModel, TileKey } from './status-map-model.js';
import { loadedViews, loadFailure, loadViews } from './status-map-on-demand.js';

/** What the moves need from the map. */
export interface TileMovesMap {
  /** The squares of the map in reading order; `undefined` before there is data. */
  readonly tiles: () => readonly MapTile[] | undefined;
  /** The drawn square of a place. */
  readonly element: (place: TileKey) => HTMLElement | null;
  /** Says where the tab stop moved to. */
  readonly moved: (to: TileKey) => void;
  /** The moves' code could not be loaded. */
  readonly failed: (issue: SelIssue) => void;
}

/**
 * The map's single tab stop, moved between squares by geography with the arrow keys, Home and End
 * (keys are places). The moves themselves come with the map's on-demand views: arrow, Home and End
 * keys pressed before they are here are kept, and their moves made from the square they were
 * pressed on once the views arrive, so a person who presses at once loses no key.
 */
export class TileMoves {
  readonly #map: TileMovesMap;
  readonly #roving: RovingFocusController<TileKey>;
  /** Keys pressed before the moves' code was here, and the square they started on. */
  #waiting: { readonly from: TileKey; readonly keys: string[] } | undefined;

  constructor(host: ReactiveControllerHost, map: TileMovesMap) {
    this.#map = map;
    this.#roving = new RovingFocusController<TileKey>(host, {
      move: (key, from) => {
        const views = loadedViews();
        const tiles = map.tiles();
        return tiles && views ? views.tileInDirection(tiles, from, key) : undefined;
      },
      element: map.element,
    });
  }

  /** The place the user moved the tab stop to, if any. */
  get active(): TileKey | undefined {
    return this.#roving.active;
  }

  set active(place: TileKey | undefined) {
    this.#roving.active = place;
  }

  /** The square that holds the tab stop: the one the user moved to, else the open one (`open`), else the first with a community. */
  tabStop(model: StatusMapModel, open: TileKey | null | undefined): TileKey | undefined {
    const chosen = this.#roving.active;
    if (chosen !== undefined && model.byKey.has(chosen)) return chosen;
    if (open != null && model.byKey.has(open)) return open;
    return (model.tiles.find((tile) => tile.communities.length > 0) ?? model.tiles[0])?.key;
  }

  /** Moves the tab stop to `place` and focuses its square (after the next render when it is not drawn yet). */
  focus(place: TileKey): void {
    this.#roving.focus(place);
  }

  /** A key pressed on the square of `from`: a move (now, or once the moves are here) for an arrow, Home or End. */
  keydown(event: KeyboardEvent, from: TileKey): void {
    if (!GRID_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (loadedViews() === undefined || this.#waiting !== undefined) {
      // The moves come with the views, loaded when the browser is idle after the first render: a
      // key pressed before they are here is kept, and the moves are made once they arrive.
      event.preventDefault();
      this.#waiting ??= { from, keys: [] };
      this.#waiting.keys.push(event.key);
      loadViews().then(
        () => {
          this.#moveWaiting();
        },
        (error: unknown) => {
          this.#waiting = undefined;
          this.#map.failed(loadFailure('view', 'views-unavailable', "The map's moves", error));
        },
      );
      return;
    }
    if (this.#roving.keydown(event, from) && this.#roving.active !== undefined) this.#map.moved(this.#roving.active);
  }

  /** Makes the moves of the keys pressed while their code loaded, from the square they were pressed on. */
  #moveWaiting(): void {
    const waiting = this.#waiting;
    const views = loadedViews();
    const tiles = this.#map.tiles();
    this.#waiting = undefined;
    if (waiting === undefined || views === undefined || tiles === undefined) return;
    const to = waiting.keys.reduce<TileKey>((at, key) => views.tileInDirection(tiles, at, key) ?? at, waiting.from);
    if (to === waiting.from) return;
    this.#roving.focus(to);
    this.#map.moved(to);
  }
}
