import type { MapCommunity, TileKey } from './status-map-model.js';

/** How the user opened a place: a key on a square or a row, or a pointer. */
export type SelStateSelectTrigger = 'keyboard' | 'pointer';

/** `detail` of `sel-state-select`: the place whose communities are now shown. */
export interface SelStateSelectDetail {
  /** A state code, or `national` for the national communities. */
  readonly place: TileKey;
  /** Its communities by name, each with its line of the status report and its charter. */
  readonly communities: readonly MapCommunity[];
  readonly trigger: SelStateSelectTrigger;
}

declare global {
  interface HTMLElementEventMap {
    'sel-state-select': CustomEvent<SelStateSelectDetail>;
  }
}
