import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { TileKey } from './status-map-model.js';

/** One row of the table as it is written: the place, its accessible action, and five cells of text. */
export interface StateTableRow {
  readonly key: TileKey;
  readonly place: string;
  /** The place button's accessible name, e.g. "Show the communities in Illinois". */
  readonly action: string;
  /** Communities, districts, students (numbers, written), phase and readiness. */
  readonly cells: readonly [string, string, string, string, string];
}

/** What pressing a place does. */
export type OpenPlace = (key: TileKey, event: Event) => void;

interface DrawnRow {
  readonly button: HTMLButtonElement;
  readonly cells: readonly HTMLTableCellElement[];
  key: TileKey | undefined;
}

/** `<tr><th scope="row"><button class="place"></button></th><td class="number">...</td>...</tr>` */
function prototypeRow(document: Document): HTMLTableRowElement {
  const row = document.createElement('tr');
  const header = document.createElement('th');
  header.scope = 'row';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'place';
  header.append(button);
  row.append(header);
  for (const numeric of [true, true, true, false, false]) {
    const cell = document.createElement('td');
    if (numeric) cell.className = 'number';
    row.append(cell);
  }
  return row;
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The body of the states table, written straight into its `<tbody>`: one row per place, made by
 * cloning one prepared row, and on later renders the same rows rewritten in place (a row keeps its
 * button, so focus stays where it was when the table is sorted or a place is opened). A press on a
 * place reaches `open` through one listener on the body. Lit would make a template instance, two
 * markers and nine parts per row; a table of fifty states is then most of the map's first render.
 *
 * Use it as the only content of the body: `<tbody ${stateTableRows(rows, open)}></tbody>`.
 */
class StateTableRowsDirective extends Directive {
  #body: HTMLTableSectionElement | undefined;
  #prototype: HTMLTableRowElement | undefined;
  #rows: DrawnRow[] = [];
  #open: OpenPlace | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('stateTableRows() goes on the <tbody> element: <tbody ${stateTableRows(rows, open)}>');
    }
  }

  render(_rows: readonly StateTableRow[], _open: OpenPlace): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [rows, open]: [readonly StateTableRow[], OpenPlace]): typeof noChange {
    this.#open = open;
    const body = part.element as HTMLTableSectionElement;
    if (this.#body !== body) {
      this.#body = body;
      this.#rows = [];
      body.addEventListener('click', (event) => {
        const button = event.target instanceof Element ? event.target.closest('.place') : null;
        const drawn = this.#rows.find((row) => row.button === button);
        if (drawn?.key !== undefined) this.#open?.(drawn.key, event);
      });
    }
    while (this.#rows.length > rows.length) this.#rows.pop()?.button.closest('tr')?.remove();
    let added: DocumentFragment | undefined;
    rows.forEach((row, index) => {
      let drawn = this.#rows[index];
      if (drawn === undefined) {
        this.#prototype ??= prototypeRow(body.ownerDocument);
        const tr = this.#prototype.cloneNode(true) as HTMLTableRowElement;
        const [header, ...cells] = [...tr.cells];
        drawn = { button: header?.firstElementChild as HTMLButtonElement, cells, key: undefined };
        this.#rows.push(drawn);
        added ??= body.ownerDocument.createDocumentFragment();
        added.append(tr);
      }
      const { button, cells } = drawn;
      if (drawn.key !== row.key) {
        drawn.key = row.key;
        button.dataset['key'] = row.key;
      }
      if (button.getAttribute('aria-label') !== row.action) button.setAttribute('aria-label', row.action);
      setText(button, row.place);
      row.cells.forEach((text, column) => {
        const cell = cells[column];
        if (cell !== undefined) setText(cell, text);
      });
    });
    if (added !== undefined) body.append(added);
    return noChange;
  }
}

export const stateTableRows = directive(StateTableRowsDirective);
