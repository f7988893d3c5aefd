import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  badPartnerRowsCsv,
  formatPath,
  goodPartnerRows,
  PARTNER_CSV_COLUMNS,
  previewPartnerCsvInSteps,
  importPartnersInSteps,
  type ImportedPartner,
  type PartnerCsvField,
  type PartnerCsvPreview,
  type PartnerWorkbook,
  type SelIssue,
  type WorkbookEdit,
} from '@sel/core';
import { finishInSlices } from '../partner-workbook/slices.js';
import type { SelLocale } from '../shared/i18n.js';
import {
  LARGE_TEXT,
  readSpreadsheetFile,
  renderImportText,
  type HeldText,
  type ImportTextState,
} from './import-text.js';
import type { Translate } from '../partner-workbook/part-words.js';
/** The panel's words, loaded with its code. */
export { inventoryEditStrings as words } from './inventory-edit-strings.js';

/** Bad rows listed by name; the rest are counted. */
const LISTED_PROBLEMS = 50;

type ImportHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * What the import panel holds: the text (in the box, or, when large, kept beside it), its
 * preview and the user's column choices.
 */
export class InventoryImport implements ReactiveController, ImportTextState {
  open = false;
  text = '';
  /** Where the text came from when it is kept beside the box; `undefined` while the box shows it. */
  held: HeldText | undefined;
  preview: PartnerCsvPreview | undefined;
  mapping: Record<number, PartnerCsvField | null> = {};
  reading = false;
  /** Said after an import or a failed file read. */
  message = '';
  #generation = 0;
  /** The control to focus after the next render. */
  #focus: string | undefined;

  constructor(
    private readonly host: ImportHost,
    private readonly workbook: () => PartnerWorkbook | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#generation += 1;
    this.reading = false;
  }

  hostUpdated(): void {
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus) this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  toggle(open = !this.open): void {
    this.open = open;
    this.host.requestUpdate();
  }

  /**
   * New text (typed, pasted, read from a file, or the rows left after an import): the mapping
   * starts over from the headers. Large text from a paste or a file is kept beside the box.
   */
  setText(text: string, from?: HeldText): void {
    // Newer text: a preview or a file read still under way is of older text.
    this.#generation += 1;
    this.reading = false;
    this.text = text;
    this.held = from && text.length > LARGE_TEXT ? from : undefined;
    this.mapping = {};
    this.preview = undefined;
    this.message = '';
    this.host.requestUpdate();
  }

  paste(before: string, pasted: string, after: string): boolean {
    const text = `${before}${pasted}${after}`;
    if (text.length <= LARGE_TEXT) return false;
    this.setText(text, { from: 'paste' });
    this.#focus = '#import-held';
    return true;
  }

  showText(): void {
    this.held = undefined;
    this.#focus = '#import-text';
    this.host.requestUpdate();
  }

  clear(): void {
    this.setText('');
    this.#focus = '#import-text';
  }

  /** Reads a picked file a slice at a time, then previews it. */
  async readFile(file: File, t: Translate): Promise<void> {
    const generation = ++this.#generation;
    this.reading = true;
    this.message = '';
    this.host.requestUpdate();
    try {
      const text = await readSpreadsheetFile(file, () => generation === this.#generation);
      if (text === undefined) return;
      this.setText(text, { from: 'file', name: file.name });
      await this.check();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.reading = false;
      this.message = t('inventory.import.fileError', {
        message: error instanceof Error ? error.message : String(error),
      });
      this.host.requestUpdate();
    }
  }

  setMapping(column: number, field: PartnerCsvField | null): void {
    this.mapping = { ...this.mapping, [column]: field };
    void this.check();
  }

  /** Reads the text against the workbook in slices of a few ms, so thousands of rows never hold the page. */
  async check(): Promise<void> {
    const workbook = this.workbook();
    if (!workbook) return;
    const generation = ++this.#generation;
    this.reading = true;
    this.host.requestUpdate();
    const steps = previewPartnerCsvInSteps(this.text, workbook, { mapping: this.mapping, rowsPerStep: 25 });
    const preview = await finishInSlices(steps, () => generation === this.#generation);
    if (preview === undefined) return;
    this.preview = preview;
    this.reading = false;
    this.host.requestUpdate();
  }

  /**
   * The good rows to import; the text keeps only the header and the bad rows, so they can be
   * corrected and imported again.
   */
  take(): ImportedPartner[] {
    const preview = this.preview;
    if (!preview) return [];
    const good = goodPartnerRows(preview);
    this.setText(badPartnerRowsCsv(preview), { from: 'left' });
    return good;
  }

  /**
   * Imports the good rows into `workbook` in slices of a few ms: the edit, how many rows it took,
   * and whether bad rows stay to correct; `undefined` when there was nothing to import.
   */
  async run(
    workbook: PartnerWorkbook,
  ): Promise<{ readonly edit: WorkbookEdit; readonly count: number; readonly left: boolean } | undefined> {
    const rows = this.take();
    if (rows.length === 0) return undefined;
    // The import button goes: focus moves to what is left to correct, or the empty box.
    this.#focus = this.held ? '#import-held' : '#import-text';
    const edit = await finishInSlices(importPartnersInSteps(workbook, rows));
    return edit && { edit, count: rows.length, left: this.text !== '' };
  }
}

export interface ImportView {
  readonly t: Translate;
  readonly locale: SelLocale;
  readonly onImport: () => void;
}

type ContactField = `${'partner' | 'school'}Contact${'Name' | 'Role' | 'Email' | 'Phone'}`;

/** The name of a field a column can be read into, as the mapping's choices show it. */
function fieldLabel(field: PartnerCsvField, t: Translate): string {
  const contact = /^(partner|school)Contact(Name|Role|Email|Phone)$/.exec(field);
  if (contact) {
    const side = contact[1] === 'partner' ? 'cardsort.field.partnerContact' : 'cardsort.field.schoolContact';
    const part = `inventory.contact.${(contact[2] ?? 'Name').toLowerCase()}` as 'inventory.contact.name';
    return `${t(side)}: ${t(part)}`;
  }
  if (field === 'id') return t('inventory.field.id');
  if (field === 'name') return t('inventory.field.name');
  return t(`cardsort.field.${field as Exclude<PartnerCsvField, ContactField | 'id' | 'name'>}`);
}

/** The problem's reason in the element's language, by its code and the field of its column. */
function reason(issue: SelIssue, field: PartnerCsvField | undefined, value: string, t: Translate): string {
  switch (issue.code) {
    case 'invalid-kind':
      return t('inventory.import.error.kind', { value });
    case 'invalid-years':
      return t('inventory.import.error.years', { value });
    case 'invalid-tier':
      return t('inventory.import.error.tier', { value });
    case 'duplicate-id':
      return t('inventory.import.error.duplicateId', { value });
    case 'duplicate-column':
      return t('inventory.import.error.duplicateColumn');
    case 'missing-column':
      return t('inventory.import.error.missingColumn', { header: PARTNER_CSV_COLUMNS.name });
    case 'missing-header':
      return t('inventory.import.error.missingHeader');
    case 'invalid-csv':
      return t('inventory.import.error.csv');
  }
  if (field === 'partnerContactEmail' || field === 'schoolContactEmail')
    return t('inventory.import.error.email', { value });
  if (field === 'partnerContactName' || field === 'schoolContactName') return t('inventory.import.error.contactName');
  if (field === 'name') return t('inventory.import.error.name');
  return t('inventory.import.error.other', { message: issue.message });
}

/** A problem of the preview: its row, its column and why, with the cell's text where it helps. */
function problem(issue: SelIssue, preview: PartnerCsvPreview, t: Translate): string {
  const [, row, , column] = issue.path;
  if (row === undefined) return `${formatPath(issue.path)}: ${issue.message}`;
  const index = typeof column === 'number' ? column - 1 : preview.headers.indexOf(String(column));
  const cell = preview.rows.find((each) => each.row === row)?.fields[index] ?? '';
  const why =
    issue.code === 'extra-field'
      ? t('inventory.import.error.extraField', { count: preview.headers.length })
      : reason(issue, preview.mapping[index], cell.trim(), t);
  return t('inventory.import.problem', {
    row: String(row),
    column: column === undefined ? '' : String(column),
    message: why,
  });
}

/**
 * The import panel: paste or pick a file, the column mapping (a choice per header), the count of
 * rows ready, and every bad row with its row, column and reason.
 */
export function renderImport(state: InventoryImport, view: ImportView): TemplateResult {
  const { t } = view;
  const preview = state.preview;
  const good = preview ? preview.rows.filter((row) => row.partner !== undefined).length : 0;
  const problems = preview ? [...preview.issues, ...preview.rows.flatMap((row) => row.issues)] : [];
  const badRows = preview ? preview.rows.length - good : 0;
  return html`<section class="import" part="import">
    <h3 id="import-title">${t('inventory.import.heading')}</h3>
    ${renderImportText(state, t, view.locale)}
    <label class="import__file">
      ${t('inventory.import.file')}
      <input
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void state.readFile(file, t);
          input.value = '';
        }}
      />
    </label>
    <div class="import__actions">
      <button
        type="button"
        data-action="preview"
        ?disabled=${state.text.trim() === '' || state.reading}
        @click=${() => void state.check()}
      >
        ${t('inventory.import.preview')}
      </button>
      <button
        type="button"
        data-action="close-import"
        @click=${() => {
          state.toggle(false);
        }}
      >
        ${t('inventory.import.close')}
      </button>
    </div>
    <div role="status" class="import__status">
      ${state.reading ? t('inventory.import.reading') : state.message}
      ${
        preview && !state.reading
          ? html`${t('inventory.import.good', { count: good })}
            ${badRows > 0 || preview.issues.length > 0 ? t('inventory.import.bad', { count: Math.max(badRows, preview.issues.length > 0 ? 1 : 0) }) : nothing}`
          : nothing
      }
    </div>
    ${preview && preview.headers.length > 0 ? renderMapping(state, preview, view) : nothing}
    ${
      preview && problems.length > 0
        ? html`<ul
            class="import__problems"
            part="import-problems"
            tabindex="0"
            aria-label=${t('inventory.import.problems')}
          >
            ${problems.slice(0, LISTED_PROBLEMS).map((issue) => html`<li>${problem(issue, preview, t)}</li>`)}
            ${
              problems.length > LISTED_PROBLEMS
                ? html`<li>${t('inventory.import.more', { count: problems.length - LISTED_PROBLEMS })}</li>`
                : nothing
            }
          </ul>`
        : nothing
    }
    ${
      good > 0 && !state.reading
        ? html`<button type="button" class="primary" data-action="run-import" @click=${view.onImport}>
            ${t('inventory.import.run', { count: good })}
          </button>`
        : nothing
    }
  </section>`;
}

const FIELDS = Object.keys(PARTNER_CSV_COLUMNS) as PartnerCsvField[];

function renderMapping(state: InventoryImport, preview: PartnerCsvPreview, view: ImportView): TemplateResult {
  const { t } = view;
  return html`<fieldset class="import__mapping">
    <legend>${t('inventory.import.mapping')}</legend>
    ${preview.headers.map((header, index) => {
      const field = preview.mapping[index];
      return html`<label class="mapping">
        <span>${t('inventory.import.column', { header: header || String(index + 1) })}</span>
        <select
          data-column=${index}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            state.setMapping(index, value === '' ? null : (value as PartnerCsvField));
          }}
        >
          <option value="" ?selected=${field === undefined}>${t('inventory.import.ignore')}</option>
          ${FIELDS.map((option) => html`<option value=${option} ?selected=${option === field}>${fieldLabel(option, t)}</option>`)}
        </select>
      </label>`;
    })}
  </fieldset>`;
}
