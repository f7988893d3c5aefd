import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  checkIsoDate,
  checkPartnerWorkbook,
  checkPartnerWorkbookInSteps,
  type ParseResult,
  type PartnerWorkbook,
  type TouchpointTopic,
  type WorkbookEdit,
} from '@sel/core';
import { dataLang } from '../shared/data-language.js';
import { warmOnUse } from '../shared/on-demand.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { PartWords } from '../partner-workbook/part-words.js';
import { workbookStyles } from '../partner-workbook/workbook.styles.js';
import {
  cadenceOf,
  filterTouchpointRows,
  historyOf,
  localToday,
  touchpointRows,
  type CheckInTier,
  type TouchpointRow,
} from './touchpoint-rows.js';
import {
  renderCadence,
  renderFilters,
  renderHistory,
  renderTouchpointTable,
  type CheckInDraft,
  type TouchpointsView,
} from './touchpoints-view.js';
import { partnerTouchpointsStyles } from './sel-partner-touchpoints.styles.js';
import { checkIns } from './touchpoints-parts.js';
import { touchpointsStrings } from './touchpoints-strings.js';
export { loadCheckIns } from './touchpoints-parts.js';
export type { SelWorkbookChangeDetail } from '../partner-workbook/workbook-change.js';

/**
 * The touchpoints of the partner workbook: for every partner in tiers 1 and 2 (the tiers with a
 * regular cadence) and each of the four topics (understanding SEL practices, creating a shared
 * vision, spreading the word, fostering collaboration), the last check-in, when the next is due
 * and how late it is, in words; the most overdue first. Filters by topic and partner; a partner
 * chosen shows its history. A check-in (date, who, notes) is logged from any row in a short form,
 * and the months between check-ins are editable per tier. Due dates come from `@sel/core`'s
 * `touchpointsDue` with the workbook's cadence and `today`.
 *
 * Data: the `workbook` property, a `src` URL or inline JSON: a partner workbook (or an older
 * inventory or card sort shape, read as one).
 *
 * @summary Check-ins with key partners on four topics: last, next due and overdue.
 * @tag sel-partner-touchpoints
 *
 * @attr src - URL of the workbook as JSON, used when the `workbook` property is not set.
 * @attr today - The date to judge against, as `YYYY-MM-DD` (default: today on the reader's device).
 * @attr readonly - Shows the table without the log buttons or cadence fields.
 *
 * @prop {PartnerWorkbook | undefined} workbook - The workbook (wins over `src` and inline JSON).
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelWorkbookChangeDetail} sel-workbook-change - A check-in was logged or a cadence changed; `detail.workbook` is the new workbook.
 * @fires {SelErrorDetail} sel-error - The data could not be loaded or is invalid, or `today` is not a date.
 *
 * @csspart table-scroller - The scrolling box around the table.
 * @csspart table - The table of partners and topics.
 * @csspart history - The chosen partner's check-ins.
 * @csspart cadence - The months between check-ins per tier.
 * @csspart check-in-dialog - The form that logs a check-in.
 * @csspart error-state - The alert shown for invalid data.
 */
export class SelPartnerTouchpoints extends SelElement<PartnerWorkbook> {
  static override styles = [tokenStyles, workbookStyles, partnerTouchpointsStyles];
  protected static override progressive = { firstBatch: 40 };
  protected static override messages = touchpointsStrings;

  static override properties: PropertyDeclarations = {
    workbook: { attribute: false },
    today: { type: String },
    readonly: { type: Boolean, reflect: true },
    topic: { state: true },
    partnerId: { state: true },
    draft: { state: true },
    cadenceErrors: { state: true },
  };

  /** The partner workbook (wins over `src` and inline JSON). */
  workbook: PartnerWorkbook | undefined;
  /** The date to judge against, `YYYY-MM-DD`; empty for today on the reader's device. */
  today = '';
  /** Shows the table without the log buttons or cadence fields. */
  readonly = false;

  private topic: TouchpointTopic | '' = '';
  private partnerId = '';
  private draft: CheckInDraft | undefined;
  private cadenceErrors: ReadonlyMap<string, string> = new Map();

  #current: PartnerWorkbook | undefined;
  #rows: { workbook: PartnerWorkbook; today: string; rows: TouchpointRow[] } | undefined;
  #shown: { rows: readonly TouchpointRow[]; from: TouchpointRow[]; topic: string; partnerId: string } | undefined;
  #focusAfter: string | undefined;
  /** The words of the check-in dialog and the edits, which load with their code. */
  readonly #words = new PartWords(this, this.i18n);

  constructor() {
    super();
    // A person reaching the table's controls may log a check-in or change a cadence next: their
    // code loads then, so the press does not wait for it.
    warmOnUse(this, () => {
      if (this.#interactive && this.dataSource.value) checkIns.warm();
    });
  }

  /** The workbook as edited here (check-ins logged, cadence changed). */
  get value(): PartnerWorkbook | undefined {
    return this.#current;
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

  protected override prepareData(workbook: PartnerWorkbook): void {
    this.#current = workbook;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('today')) {
      const bad = this.today !== '' && !checkIsoDate(this.today, 'today').ok;
      this.reportIssues(
        'today',
        bad
          ? [
              {
                path: ['today'],
                code: 'invalid-date',
                message: `Expected today as YYYY-MM-DD, got ${JSON.stringify(this.today)}`,
              },
            ]
          : [],
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.draft && !dialog.open && this.isConnected) dialog.showModal();
    else if (dialog?.open && !this.draft) dialog.close();
    const focus = this.#focusAfter;
    this.#focusAfter = undefined;
    if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  get #interactive(): boolean {
    return !this.readonly;
  }

  #todayIso(): string {
    return this.today !== '' && checkIsoDate(this.today, 'today').ok ? this.today : localToday();
  }

  #visibleRows(workbook: PartnerWorkbook): readonly TouchpointRow[] {
    const today = this.#todayIso();
    if (this.#rows?.workbook !== workbook || this.#rows.today !== today)
      this.#rows = { workbook, today, rows: touchpointRows(workbook, today) };
    const { rows } = this.#rows;
    const known = this.#shown;
    if (known?.from === rows && known.topic === this.topic && known.partnerId === this.partnerId) return known.rows;
    const shown = filterTouchpointRows(rows, this.topic, this.partnerId);
    this.#shown = { rows: shown, from: rows, topic: this.topic, partnerId: this.partnerId };
    return shown;
  }

  #apply(edit: WorkbookEdit, message: string): void {
    this.#current = edit.workbook;
    this.announcer.announce(message);
    this.emit('sel-workbook-change', { workbook: edit.workbook, change: edit.change });
  }

  #save(form: HTMLFormElement): void {
    const workbook = this.#current;
    const draft = this.draft;
    // The dialog is drawn by its module, so it is here.
    const dialog = checkIns.loaded();
    if (!workbook || !draft || !dialog || !this.#interactive) return;
    const saved = dialog.saveCheckIn(workbook, draft, form);
    if (!saved.ok) {
      this.draft = { ...draft, values: saved.values, errors: saved.errors };
      this.#focusAfter = '[aria-invalid="true"]';
      return;
    }
    const name = workbook.partners.find((partner) => partner.id === draft.partnerId)?.name ?? '';
    this.draft = undefined;
    this.partnerId = draft.partnerId;
    this.#apply(saved.edit, this.#words.t('touchpoints.logged', { name, date: this.i18n.formatDate(saved.date) }));
  }

  /** Opens the check-in dialog for a row, with the dialog's code and words loaded first (at once when they are here). */
  async #openCheckIn(partnerId: string, topic: TouchpointTopic): Promise<void> {
    const { words } = checkIns.loaded() ?? (await checkIns.load());
    const loading = this.#words.add(words);
    if (loading) await loading;
    if (!this.#interactive) return;
    this.draft = { partnerId, topic, values: { topic, date: this.#todayIso() }, errors: new Map() };
    this.#focusAfter = '#checkin-date';
  }

  async #setCadence(tier: CheckInTier, text: string): Promise<void> {
    const { changeCadence, words } = checkIns.loaded() ?? (await checkIns.load());
    const loading = this.#words.add(words);
    if (loading) await loading;
    const workbook = this.#current;
    if (!workbook || !this.#interactive) return;
    const changed = changeCadence(workbook, tier, text);
    const errors = new Map(this.cadenceErrors);
    errors.delete(tier);
    if (changed.ok)
      this.#apply(changed.edit, this.#words.t('touchpoints.cadence.saved', { tier: this.#tierLabel(tier) }));
    else errors.set(tier, changed.message);
    this.cadenceErrors = errors;
  }

  readonly #tierLabel = (tier: CheckInTier): string => this.t(`cardsort.tier.${tier}`);

  protected override render(): unknown {
    const workbook = this.#current;
    return html`${this.renderDataState()}
    ${workbook === undefined || this.dataSource.value === undefined ? nothing : this.#renderTouchpoints(workbook)}
    ${this.announcer.region()} ${this.renderProgressStatus('touchpoints.drawing', 'touchpoints.drawn')}`;
  }

  #renderTouchpoints(workbook: PartnerWorkbook): TemplateResult {
    this.#words.speak();
    const rows = this.#visibleRows(workbook);
    const all = this.#rows?.rows ?? [];
    const partners = workbook.partners.filter((partner) => all.some((row) => row.partnerId === partner.id));
    const view: TouchpointsView = {
      rows,
      drawn: this.progress.draw(rows, rows.length),
      total: all.length,
      partners,
      topic: this.topic,
      partnerId: this.partnerId,
      interactive: this.#interactive,
      busy: this.progress.busy,
      stamp: this.strings,
      locale: this.i18n.locale,
      lang: dataLang(workbook.lang, this.i18n),
      t: this.t,
      date: (iso) => this.i18n.formatDate(iso),
      tierLabel: this.#tierLabel,
      onFilter: (change) => {
        if (change.topic !== undefined) this.topic = change.topic;
        if (change.partnerId !== undefined) this.partnerId = change.partnerId;
      },
      onLog: (partnerId, topic) => {
        void this.#openCheckIn(partnerId, topic);
      },
    };
    const chosen = partners.find((partner) => partner.id === this.partnerId);
    const draftPartner = this.draft && workbook.partners.find((partner) => partner.id === this.draft?.partnerId);
    return html`${renderFilters(view)} ${renderTouchpointTable(view)}
    ${chosen ? renderHistory(chosen, historyOf(workbook, chosen.id), view) : nothing}
    ${renderCadence(
      (tier) => cadenceOf(workbook, tier),
      this.cadenceErrors,
      view,
      (tier, value) => {
        void this.#setCadence(tier, value);
      },
    )}
    ${checkIns.loaded()?.renderCheckInDialog(
      this.draft,
      draftPartner?.name ?? '',
      { ...view, t: this.#words.t },
      (form) => {
        this.#save(form);
      },
      () => {
        const closed = this.draft;
        this.draft = undefined;
        if (closed)
          this.#focusAfter = `[data-action="log"][data-partner="${CSS.escape(closed.partnerId)}"][data-topic="${closed.topic}"]`;
      },
    )}`;
  }
}
