import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { TileKey } from './status-map-model.js';

/** One square of the map as it is written. */
export interface TileButton {
  readonly key: TileKey;
  /** 1-based grid row and column. */
  readonly row: number;
  readonly column: number;
  /** The legend class (1 to 5), or `none` for a square without a community. */
  readonly step: string;
  /** The code and the value shown on the square (hidden from assistive technology), and its name in words. */
  readonly code: string;
  readonly value: string;
  readonly label: string;
  readonly tabStop: boolean;
  readonly open: boolean;
}

interface DrawnTile {
  readonly button: HTMLButtonElement;
  /** The text nodes of the code, the value and the name in words. */
  readonly code: Text;
  readonly value: Text;
  readonly label: Text;
  /** What the square was last drawn with: only what changed is written. */
  last: TileButton;
}

/**
 * `<button type="button" class="tile" part="tile" tabindex="-1" aria-pressed="false">` with
 * `<span class="tile__code" aria-hidden="true"></span><span class="tile__value" aria-hidden="true">
 * </span><span class="tile__label visually-hidden"></span>`, each span holding an empty text node
 * for the square's words.
 */
function prototypeTile(document: Document): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tile';
  button.setAttribute('part', 'tile');
  button.tabIndex = -1;
  button.setAttribute('aria-pressed', 'false');
  for (const [className, hidden] of [
    ['tile__code', true],
    ['tile__value', true],
    ['tile__label visually-hidden', false],
  ] as const) {
    const span = document.createElement('span');
    span.className = className;
    if (hidden) span.setAttribute('aria-hidden', 'true');
    span.append(document.createTextNode(''));
    button.append(span);
  }
  return button;
}

/** Where new squares go: each one's place and grid row and column, in drawing order. */
type Placement = readonly Pick<TileButton, 'key' | 'row' | 'column'>[];

/** Prepared squares by document and placement, each set cloned whole when a map first draws it. */
const preparedSquares = new WeakMap<Document, Map<string, DocumentFragment>>();

/**
 * New squares for `placement` in a fragment, each already holding its place (`data-key`), its
 * grid area and its code (the place's key): one deep clone of a prepared set (one clone of two
 * hundred nodes is much quicker than fifty clones of four, and a map of the same layout writes
 * no place again), the set made once per document and placement (`id` names it).
 */
function newSquares(document: Document, placement: Placement, id: string): DocumentFragment {
  let byPlacement = preparedSquares.get(document);
  if (byPlacement === undefined) {
    byPlacement = new Map();
    preparedSquares.set(document, byPlacement);
  }
  let prepared = byPlacement.get(id);
  if (prepared === undefined) {
    prepared = document.createDocumentFragment();
    const square = prototypeTile(document);
    for (const { key, row, column } of placement) {
      const button = square.cloneNode(true) as HTMLButtonElement;
      button.setAttribute('data-key', key);
      button.style.gridArea = `${String(row)} / ${String(column)}`;
      (button.firstChild?.firstChild as Text).data = key;
      prepared.append(button);
    }
    byPlacement.set(id, prepared);
  }
  return prepared.cloneNode(true) as DocumentFragment;
}

/**
 * The squares of the map, written straight into the grid element: each made by cloning one
 * prepared square, placed by row and column through the CSSOM (so a Content Security Policy
 * without inline styles keeps them in place), and on later renders rewritten in place (only what
 * changed), so the square that has focus keeps it. Lit would make a template instance, two markers and nine parts
 * per square; the map has fifty-odd squares in every render.
 *
 * Use it as the only content of the grid: `<div class="grid" ${tileButtons(tiles, placement)}></div>`,
 * where `placement` names where the squares sit (see `StatusMapModel.placement`).
 */
class TileButtonsDirective extends Directive {
  #grid: Element | undefined;
  #drawn: DrawnTile[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('tileButtons() goes on the grid element: <div class="grid" ${tileButtons(tiles, placement)}>');
    }
  }

  render(_tiles: readonly TileButton[], _placement: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [tiles, placementId]: [readonly TileButton[], string]): typeof noChange {
    const grid = part.element;
    if (this.#grid !== grid) {
      this.#grid = grid;
      this.#drawn = [];
    }
    while (this.#drawn.length > tiles.length) this.#drawn.pop()?.button.remove();
    const drawn = this.#drawn.length;
    const placement = drawn === 0 ? tiles : tiles.slice(drawn);
    const added =
      placement.length > 0
        ? newSquares(grid.ownerDocument, placement, drawn === 0 ? placementId : `${placementId} from ${String(drawn)}`)
        : undefined;
    if (added !== undefined) {
      let index = 0;
      // Walked by sibling, not through the live `children` collection.
      for (let node = added.firstChild; node !== null; node = node.nextSibling) {
        const button = node as HTMLButtonElement;
        // Every square is a clone of the prototype: its three spans and their text are always there.
        const code = button.firstChild as Element;
        const value = code.nextSibling as Element;
        const { key, row, column } = placement[index++] as TileButton;
        this.#drawn.push({
          button,
          code: code.firstChild as Text,
          value: value.firstChild as Text,
          label: (value.nextSibling as Element).firstChild as Text,
          last: { key, row, column, step: '', code: key, value: '', label: '', tabStop: false, open: false },
        });
      }
    }
    tiles.forEach((tile, index) => {
      const drawn = this.#drawn[index];
      if (drawn === undefined) return;
      const { button, last } = drawn;
      if (tile.key !== last.key) button.setAttribute('data-key', tile.key);
      if (tile.step !== last.step) button.setAttribute('data-step', tile.step);
      if (tile.row !== last.row || tile.column !== last.column) {
        button.style.gridArea = `${String(tile.row)} / ${String(tile.column)}`;
      }
      if (tile.tabStop !== last.tabStop) button.tabIndex = tile.tabStop ? 0 : -1;
      if (tile.open !== last.open) {
        button.setAttribute('aria-pressed', tile.open ? 'true' : 'false');
        if (tile.open) button.setAttribute('aria-controls', 'state-panel');
        else button.removeAttribute('aria-controls');
      }
      if (tile.code !== last.code) drawn.code.data = tile.code;
      if (tile.value !== last.value) drawn.value.data = tile.value;
      if (tile.label !== last.label) drawn.label.data = tile.label;
      drawn.last = tile;
    });
    if (added !== undefined) grid.append(added);
    return noChange;
  }
}

export const tileButtons = directive(TileButtonsDirective);
