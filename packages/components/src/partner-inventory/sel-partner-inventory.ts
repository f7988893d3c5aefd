import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  checkPartnerWorkbook,
  checkPartnerWorkbookInSteps,
  workbookTier,
  type ParseResult,
  type PartnerWorkbook,
  type RemovedPartner,
  type Tier,
  type WorkbookEdit,
} from '@sel/core';
import { partnerKindLabels } from '@sel/data';
import { dataLang } from '../shared/data-language.js';
import type { SelValidity } from '../shared/form.js';
import { warmOnUse } from '../shared/on-demand.js';
import { SelFormElement } from '../shared/sel-form-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { PartWords } from '../partner-workbook/part-words.js';
import { workbookStyles } from '../partner-workbook/workbook.styles.js';
export type { SelWorkbookChangeDetail } from '../partner-workbook/workbook-change.js';
import type { InventoryImport, renderImport } from './inventory-import.js';
import {
  DEFAULT_COLUMNS,
  inventoryRows,
  queryRows,
  type InventoryColumn,
  type InventoryLabels,
  type InventoryQuery,
  type InventoryRow,
} from './inventory-rows.js';
import { PAGE_SIZE, renderInventoryTable, renderToolbar, type InventoryTableView } from './inventory-table.js';
import type { PartnerDraft } from './partner-dialog.js';
import { inventoryEdits, partnerDialog } from './inventory-parts.js';
import { inventoryStrings } from './inventory-strings.js';
export { loadPartnerDialog } from './inventory-parts.js';
import { partnerInventoryStyles } from './sel-partner-inventory.styles.js';

const TIER_KEYS = {
  unsorted: 'cardsort.tier.unsorted',
  'clearly-supports': 'cardsort.tier.clearly-supports',
  'could-support': 'cardsort.tier.could-support',
  'no-apparent-connection': 'cardsort.tier.no-apparent-connection',
} as const;

/**
 * The inventory of community partners of the partner workbook: one row per partner with the
 * columns of the inventory template (name, kind, mission, outcome goals, both points of contact,
 * schedule, duration, location, target audience, years, funding, notes, tier), a column chooser,
 * sorting by any column, filters by kind, tier and text, and a header that stays in view.
 * Thousands of partners are shown a hundred to a page, with Previous and Next. Partners are added and edited in a
 * dialog that shows each problem beside its field, deleted with an undo, imported from a
 * spreadsheet (pasted or picked: Excel, Spanish Excel with semicolons, Google Sheets) with a
 * preview whose column mapping can be fixed and whose bad rows stay for correction, and exported
 * as CSV with formula-looking cells guarded.
 *
 * Data: the `workbook` property, a `src` URL or inline JSON: a partner workbook, a bare partner
 * inventory array, or a card sort's `{ partners, assignments }`. In a form it submits the
 * workbook as JSON under `name`; `required` asks for at least one partner.
 *
 * @summary The partner inventory: a table of every partner, with add, edit, delete, import and export.
 * @tag sel-partner-inventory
 *
 * @attr src - URL of the workbook as JSON, used when the `workbook` property is not set.
 * @attr name - The form field name; the form submits the workbook as JSON under it.
 * @attr required - The form needs at least one partner.
 * @attr disabled - Disables every control and leaves the workbook out of the form.
 * @attr readonly - Shows the table without add, edit, delete or import.
 *
 * @prop {PartnerWorkbook | undefined} workbook - The workbook (wins over `src` and inline JSON).
 * @prop {PartnerWorkbook | undefined} value - The workbook as edited on screen.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelWorkbookChangeDetail} sel-workbook-change - A partner was added, edited, deleted, restored or imported; `detail.workbook` is the new workbook.
 * @fires {SelErrorDetail} sel-error - The data could not be loaded or is invalid; `detail.issues` has each path and message.
 *
 * @csspart toolbar - The filters, the column chooser and the buttons.
 * @csspart column-chooser - The list of columns to show.
 * @csspart table-scroller - The scrolling box around the table.
 * @csspart table - The table of partners.
 * @csspart partner-dialog - The add and edit dialog.
 * @csspart import - The spreadsheet import panel.
 * @csspart import-problems - The list of rows that need a correction.
 * @csspart undo - The notice of a deletion with its undo button.
 * @csspart error-state - The alert shown for invalid data.
 *
 * @cssprop --sel-inventory-height - Height of the table's scrolling box (default `32rem`).
 */
export class SelPartnerInventory extends SelFormElement<PartnerWorkbook, PartnerWorkbook> {
  static override styles = [tokenStyles, workbookStyles, partnerInventoryStyles];
  protected static override messages = inventoryStrings;

  static override properties: PropertyDeclarations = {
    workbook: { attribute: false },
    query: { state: true },
    columns: { state: true },
    draft: { state: true },
    removed: { state: true },
  };

  /** The partner workbook (wins over `src` and inline JSON). */
  workbook: PartnerWorkbook | undefined;

  private query: InventoryQuery = { text: '', kind: '', tier: '', column: undefined, direction: 'ascending' };
  private columns: readonly InventoryColumn[] = DEFAULT_COLUMNS;
  private draft: PartnerDraft | undefined;
  /** The last partner deleted, while its undo is offered. */
  private removed: RemovedPartner | undefined;

  #current: PartnerWorkbook | undefined;
  #start: PartnerWorkbook | undefined;
  #rows: { workbook: PartnerWorkbook; rows: InventoryRow[] } | undefined;
  #shown: { rows: readonly InventoryRow[]; query: InventoryQuery; locale: string; key: InventoryRow[] } | undefined;
  /** The page of the table shown (from 0), and its rows for the rows shown. */
  #page = 0;
  #pageRows: { rows: readonly InventoryRow[]; page: number; shown: readonly InventoryRow[] } | undefined;
  /** A partner whose page to show in the next render (one just saved or brought back). */
  #reveal: string | undefined;
  /** Scrolls the table to its top after the next render (another page). */
  #toTop = false;
  /** Where focus goes after the next render: a control's selector. */
  #focusAfter: string | undefined;
  /** The import panel, loaded the first time it is opened, with its state. */
  #import: { readonly state: InventoryImport; readonly render: typeof renderImport } | undefined;
  /** The words of the dialog and the import panel, which load with their code. */
  readonly #words = new PartWords(this, this.i18n);

  constructor() {
    super();
    // A person reaching the table's controls may delete a partner next: the deletion's code loads
    // then, so the press does not wait for it.
    warmOnUse(this, () => {
      if (this.interactive && this.dataSource.value) inventoryEdits.warm();
    });
  }

  protected override dataFromProperty(): unknown {
    return this.workbook;
  }

  protected override parseData(raw: unknown): ParseResult<PartnerWorkbook> {
    return checkPartnerWorkbook(raw);
  }

  protected override parseDataInSteps(raw: unknown): Iterator<unknown, ParseResult<PartnerWorkbook>, undefined> {
    return checkPartnerWorkbookInSteps(raw);
  }

  /** New data is the new starting workbook: edits start from it, and a form reset returns to it. */
  protected override prepareData(workbook: PartnerWorkbook): void {
    this.#start = workbook;
    this.#current = workbook;
    this.removed = undefined;
  }

  protected override readValue(): PartnerWorkbook | undefined {
    return this.#current;
  }

  protected override writeValue(value: PartnerWorkbook | undefined): void {
    this.#current = value;
    this.removed = undefined;
    this.announcer.clear();
  }

  protected override defaultValue(): PartnerWorkbook | undefined {
    return this.#start;
  }

  protected override parseValue(raw: unknown): ParseResult<PartnerWorkbook> {
    return checkPartnerWorkbook(raw);
  }

  /** A required inventory needs at least one partner. */
  protected override validateValue(value: PartnerWorkbook | undefined): SelValidity | undefined {
    if (!this.required || (value && value.partners.length > 0)) return undefined;
    return { flags: { valueMissing: true }, message: this.t('inventory.required') };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.draft && !dialog.open && this.isConnected) dialog.showModal();
    else if (dialog?.open && !this.draft) dialog.close();
    const focus = this.#focusAfter;
    this.#focusAfter = undefined;
    if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    if (this.#toTop) {
      this.#toTop = false;
      const scroller = this.renderRoot.querySelector('.scroller');
      if (scroller) scroller.scrollTop = 0;
    }
  }

  readonly #labels = (): InventoryLabels => {
    const locale = this.i18n.locale;
    return {
      locale,
      kind: (kind) => partnerKindLabels[kind][locale],
      tier: (tier: Tier) => this.t(TIER_KEYS[tier]),
    };
  };

  /** The rows shown: built once per workbook, filtered and sorted once per query. */
  #visibleRows(workbook: PartnerWorkbook, labels: InventoryLabels): readonly InventoryRow[] {
    if (this.#rows?.workbook !== workbook) this.#rows = { workbook, rows: inventoryRows(workbook) };
    const { rows } = this.#rows;
    const known = this.#shown;
    if (known?.key === rows && known.query === this.query && known.locale === labels.locale) return known.rows;
    const shown = queryRows(rows, this.query, labels);
    this.#shown = { rows: shown, query: this.query, locale: labels.locale, key: rows };
    return shown;
  }

  /**
   * The page to show of `rows` and its rows (the same array while both stay): the page of a
   * partner just saved or brought back, else the page shown, within the pages there are.
   */
  #pageOf(rows: readonly InventoryRow[]): { page: number; pages: number; pageRows: readonly InventoryRow[] } {
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const reveal = this.#reveal;
    this.#reveal = undefined;
    const at = reveal === undefined ? -1 : rows.findIndex((row) => row.partner.id === reveal);
    if (at !== -1) this.#page = Math.floor(at / PAGE_SIZE);
    const page = Math.min(this.#page, pages - 1);
    const known = this.#pageRows;
    if (known?.shown !== rows || known.page !== page) {
      this.#pageRows = { rows: rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), page, shown: rows };
    }
    return { page, pages, pageRows: this.#pageRows?.rows ?? [] };
  }

  // ---- edits -------------------------------------------------------------------------------------

  /** Applies an edit: the new workbook is the value, the form and listeners hear of it. */
  #apply(edit: WorkbookEdit, message: string): void {
    this.#current = edit.workbook;
    this.syncForm();
    this.announcer.announce(message);
    this.emit('sel-workbook-change', { workbook: edit.workbook, change: edit.change });
  }

  #save(form: HTMLFormElement): void {
    const workbook = this.#current;
    const draft = this.draft;
    const dialog = partnerDialog.loaded();
    if (!workbook || !draft || !dialog || !this.interactive) return;
    const saved = dialog.savePartner(workbook, draft, form);
    if (!saved.ok) {
      this.draft = { ...draft, values: saved.values, errors: saved.errors };
      this.#focusAfter = '[aria-invalid="true"]';
      return;
    }
    const key = draft.editing === undefined ? 'inventory.added' : 'inventory.saved';
    this.draft = undefined;
    this.#apply(saved.edit, this.t(key, { name: saved.name }));
    this.#focusAfter = `tr[data-id="${CSS.escape(saved.id)}"] [data-action="edit"]`;
    this.#reveal = saved.id;
  }

  /** Deletes partner `id`, with an undo offered, the edits' code loaded first. */
  async #delete(id: string): Promise<void> {
    const { removePartner } = inventoryEdits.loaded() ?? (await inventoryEdits.load());
    const workbook = this.#current;
    if (!workbook || !this.interactive) return;
    const edit = removePartner(workbook, id);
    if (edit.change.kind !== 'remove-partner') return;
    this.removed = edit.change.removed;
    this.#apply(edit, this.t('inventory.deleted', { name: edit.change.removed.partner.name }));
    this.#focusAfter = '[data-action="undo"]';
  }

  #undo(): void {
    const workbook = this.#current;
    const removed = this.removed;
    // The undo is offered after a deletion, so the edits' code is here.
    const edits = inventoryEdits.loaded();
    if (!workbook || !removed || !edits || !this.interactive) return;
    this.removed = undefined;
    try {
      const edit = edits.restorePartner(workbook, removed);
      this.#apply(edit, this.t('inventory.restored', { name: removed.partner.name }));
      this.#focusAfter = `tr[data-id="${CSS.escape(removed.partner.id)}"] [data-action="edit"]`;
      this.#reveal = removed.partner.id;
    } catch (error) {
      this.announcer.announce(error instanceof Error ? error.message : String(error));
    }
  }

  /** Opens or closes the import panel, loading its code the first time. */
  async #toggleImport(): Promise<void> {
    if (!this.#import) {
      const { InventoryImport, renderImport, words } = await import('./inventory-import.js');
      // Its words are here before the panel is drawn.
      await this.#words.add(words);
      this.#import ??= { state: new InventoryImport(this, () => this.#current), render: renderImport };
    }
    this.#import.state.toggle();
    // The text box, or the summary of a large text kept beside it.
    if (this.#import.state.open) this.#focusAfter = '#import-text, #import-held';
  }

  async #runImport(): Promise<void> {
    const state = this.#import?.state;
    const workbook = this.#current;
    const done = state && workbook && (await state.run(workbook));
    if (!state || !done) return;
    const { t } = this.#words;
    const message = `${t('inventory.import.done', { count: done.count })}${done.left ? ` ${t('inventory.import.kept')}` : ''}`;
    state.message = message;
    this.#apply(done.edit, message);
  }

  /** Offers the partners as a CSV file, with the export's code loaded on first use. */
  async #export(): Promise<void> {
    const workbook = this.#current;
    if (!workbook) return;
    const { downloadInventory } = await import('./inventory-export.js');
    downloadInventory(this, workbook);
  }

  readonly #onAction = (action: 'add' | 'edit' | 'delete' | 'import' | 'export', id?: string): void => {
    const workbook = this.#current;
    if (!workbook) return;
    if (action === 'export') void this.#export();
    else if (!this.interactive) return;
    else if (action === 'import') void this.#toggleImport();
    else if (action === 'delete' && id !== undefined) void this.#delete(id);
    else if (action === 'add' || (action === 'edit' && id !== undefined)) void this.#openDialog(id);
  };

  /** Opens the add dialog, or the edit dialog of partner `id`, with the dialog's code loaded first. */
  async #openDialog(id: string | undefined): Promise<void> {
    // At once when the page has the dialog's code (a click opens it in the same update).
    const { draftOf, words } = partnerDialog.loaded() ?? (await partnerDialog.load());
    // Its words are here before the dialog is drawn (at once when they are already).
    const loading = this.#words.add(words);
    if (loading) await loading;
    const workbook = this.#current;
    if (!workbook || !this.interactive) return;
    if (id === undefined) this.draft = draftOf(undefined, 'unsorted');
    else {
      const partner = workbook.partners.find((p) => p.id === id);
      if (partner) this.draft = draftOf(partner, workbookTier(workbook, id));
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------

  protected override render(): unknown {
    const workbook = this.#current;
    return html`${this.renderDataState()}
    ${workbook === undefined || this.dataSource.value === undefined ? nothing : this.#renderInventory(workbook)}
    ${this.announcer.region()} ${this.renderProgressStatus('inventory.drawing', 'inventory.drawn')}`;
  }

  #renderInventory(workbook: PartnerWorkbook): TemplateResult {
    const { t } = this;
    this.#words.speak();
    const labels = this.#labels();
    const rows = this.#visibleRows(workbook, labels);
    const { page, pages, pageRows } = this.#pageOf(rows);
    const drawn = this.progress.draw(pageRows, pageRows.length);
    const view: InventoryTableView = {
      rows,
      pageRows,
      page,
      pages,
      drawn,
      total: workbook.partners.length,
      query: this.query,
      columns: this.columns,
      labels,
      interactive: this.interactive,
      busy: this.progress.busy,
      stamp: this.strings,
      lang: dataLang(workbook.lang, this.i18n),
      t,
      onQuery: (change: Partial<InventoryQuery>) => {
        this.query = { ...this.query, ...change };
        this.#page = 0;
      },
      onPage: (to: number) => {
        this.#page = to;
        this.#toTop = true;
        this.requestUpdate();
      },
      onColumns: (columns: InventoryColumn[]) => {
        this.columns = columns;
      },
      onAction: this.#onAction,
    };
    const editing = this.draft?.editing;
    return html`${renderToolbar(view)}
    ${
      this.removed && this.interactive
        ? html`<p class="undo" part="undo">
            ${t('inventory.deleted', { name: this.removed.partner.name })}
            <button
              type="button"
              data-action="undo"
              @click=${() => {
                this.#undo();
              }}
            >
              ${t('inventory.undo')}
            </button>
          </p>`
        : nothing
    }
    ${
      this.#import?.state.open && this.interactive
        ? this.#import.render(this.#import.state, {
            t: this.#words.t,
            locale: this.i18n.locale,
            onImport: () => void this.#runImport(),
          })
        : nothing
    }
    ${renderInventoryTable(view)}
    ${partnerDialog.loaded()?.renderPartnerDialog({
      draft: this.draft,
      editingName: editing === undefined ? undefined : workbook.partners.find((p) => p.id === editing)?.name,
      kindLabel: labels.kind,
      tierLabel: labels.tier,
      t: this.#words.t,
      onSubmit: (form) => {
        this.#save(form);
      },
      onClose: () => {
        const closed = this.draft;
        this.draft = undefined;
        if (closed) {
          this.#focusAfter =
            closed.editing === undefined
              ? '[data-action="add"]'
              : `tr[data-id="${CSS.escape(closed.editing)}"] [data-action="edit"]`;
        }
      },
    })}`;
  }
}
