import { html, type TemplateResult } from 'lit';
import { yieldToMain } from '../shared/data-source.js';
import type { SelLocale } from '../shared/i18n.js';
import type { Translate } from '../partner-workbook/part-words.js';

/**
 * Text longer than this (in characters, about 200 spreadsheet rows) is kept beside the box rather
 * than shown in it: the browser lays out a text box's whole text at once, which for a spreadsheet
 * of thousands of rows holds the page long enough to be felt.
 */
export const LARGE_TEXT = 30_000;

/** Bytes of a picked file read at a time, with the page given back between two reads. */
const FILE_SLICE = 256 * 1024;

/** Where text kept beside the box came from: pasted, a picked file, or the rows left to correct after an import. */
export type HeldText =
  { readonly from: 'paste' } | { readonly from: 'file'; readonly name: string } | { readonly from: 'left' };

/**
 * Reads a picked file as text, a slice at a time so a large file never holds the page: UTF-8 (a
 * byte-order mark is skipped), or, when the bytes are not UTF-8, Windows-1252, which older Excel
 * versions save as "CSV" on Windows. `stillWanted` returning false (another file was picked, the
 * panel closed) stops the reading, resolving `undefined`.
 */
export async function readSpreadsheetFile(
  file: Blob,
  stillWanted: () => boolean = () => true,
): Promise<string | undefined> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const slices: ArrayBuffer[] = [];
  const parts: string[] = [];
  let isUtf8 = true;
  for (let at = 0; at < file.size; at += FILE_SLICE) {
    const bytes = await file.slice(at, at + FILE_SLICE).arrayBuffer();
    if (!stillWanted()) return undefined;
    slices.push(bytes);
    if (!isUtf8) continue;
    try {
      parts.push(utf8.decode(bytes, { stream: true }));
    } catch {
      isUtf8 = false;
    }
  }
  if (isUtf8) {
    try {
      parts.push(utf8.decode());
      return parts.join('');
    } catch {
      // The file ends inside a character: not UTF-8 after all.
    }
  }
  // Windows-1252 is one byte per character, so each slice reads on its own.
  const windows1252 = new TextDecoder('windows-1252');
  const text: string[] = [];
  for (const bytes of slices) {
    text.push(windows1252.decode(bytes));
    await yieldToMain();
    if (!stillWanted()) return undefined;
  }
  return text.join('');
}

/** The lines of `text` (a last line without a line break counts) and its size in UTF-8 bytes. */
export function measureText(text: string): { readonly lines: number; readonly bytes: number } {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  if (text !== '' && !text.endsWith('\n')) lines += 1;
  const bytes = new Blob([text]).size;
  return { lines, bytes };
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A size in the locale's words: "300 kB", "1.2 MB". */
function formatSize(bytes: number, locale: SelLocale): string {
  const mega = bytes >= 1_000_000;
  const key = `${locale} ${mega}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: mega ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mega ? 1 : 0,
    });
    sizeFormats.set(key, format);
  }
  return format.format(Math.max(1, mega ? bytes / 1_000_000 : bytes / 1_000));
}

/** The last text measured: a panel re-renders its summary often, the text seldom changes. */
let measured: { readonly text: string; readonly lines: number; readonly bytes: number } | undefined;

/** What the text box needs of the panel. */
export interface ImportTextState {
  readonly text: string;
  readonly held: HeldText | undefined;
  /** Types into the box: the text as the box holds it. */
  setText(text: string): void;
  /** A paste that makes the text large: kept beside the box; false when the box takes it as usual. */
  paste(before: string, pasted: string, after: string): boolean;
  /** Shows text kept beside the box in the box, to edit it. */
  showText(): void;
  /** Empties the box. */
  clear(): void;
}

/** What the summary of held text says it is: its lines, its size and where it came from. */
function heldSummary(state: ImportTextState, held: HeldText, t: Translate, locale: SelLocale): string {
  if (measured?.text !== state.text) measured = { text: state.text, ...measureText(state.text) };
  const { lines, bytes } = measured;
  const what =
    held.from === 'file' ? held.name : t(held.from === 'paste' ? 'inventory.import.pasted' : 'inventory.import.left');
  return t('inventory.import.held', { count: lines, size: formatSize(bytes, locale), what });
}

/**
 * The text of the import: a box to type or paste into, or, for a large paste or file, a summary
 * of the text kept (its lines and size) with buttons to show it in the box or clear it.
 */
export function renderImportText(state: ImportTextState, t: Translate, locale: SelLocale): TemplateResult {
  const held = state.held;
  if (held) {
    return html`<fieldset class="import__held">
      <legend>${t('inventory.import.paste')}</legend>
      <p id="import-held" tabindex="-1">${heldSummary(state, held, t, locale)}</p>
      <div class="import__actions">
        <button
          type="button"
          data-action="show-text"
          @click=${() => {
            state.showText();
          }}
        >
          ${t('inventory.import.show')}
        </button>
        <button
          type="button"
          data-action="clear-text"
          @click=${() => {
            state.clear();
          }}
        >
          ${t('inventory.import.clear')}
        </button>
      </div>
    </fieldset>`;
  }
  return html`<label class="import__paste" for="import-text">${t('inventory.import.paste')}</label>
    <textarea
      id="import-text"
      rows="6"
      wrap="off"
      spellcheck="false"
      .value=${state.text}
      @paste=${(event: ClipboardEvent) => {
        const box = event.target as HTMLTextAreaElement;
        const pasted = event.clipboardData?.getData('text/plain') ?? '';
        const { value, selectionStart, selectionEnd } = box;
        if (state.paste(value.slice(0, selectionStart), pasted, value.slice(selectionEnd))) event.preventDefault();
      }}
      @input=${(event: Event) => {
        state.setText((event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>`;
}
