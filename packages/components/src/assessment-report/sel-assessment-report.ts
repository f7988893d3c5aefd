import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { checkAssessmentReport, type AssessmentReport, type Catalog, type ParseResult } from '@sel/core';
import { dataLang, inLang, titleLang } from '../shared/data-language.js';
import { headingTag } from '../shared/heading.js';
import { onDemand, warmOnUse } from '../shared/on-demand.js';
import { SelElement } from '../shared/sel-element.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { ReportCatalogController } from './report-catalog.js';
import { areaChange, renderRoundsChart, renderStandingChart } from './report-charts.js';
import { ReportLanguage, type ShownReport } from './report-language.js';
import {
  growthColumnLabel,
  growthRowElements,
  growthSummary,
  renderGrowthTable,
  renderWeakest,
  standingSummary,
} from './report-lists.js';
import { reportModel, type GrowthColumn, type ReportModel, type SortDirection } from './report-model.js';
import { areaName, roundName, scoreText, stageName, type ReportText } from './report-text.js';
import { assessmentReportStyles } from './sel-assessment-report.styles.js';
import { reportStrings } from './report-strings.js';

type ReportViews = typeof import('./report-views.js');

/** The report's charts, each of which the user can see as a table instead. */
export type ReportFigure = 'standing' | 'rounds';

/** The charts' tables and the growth table's other orders (`report-views.ts`), once for the page. */
const reportViews = onDemand(() => import('./report-views.js'));
/** What the tables name as the charts do. */
const names = { areaName, roundName, scoreText, stageName, areaChange };

/**
 * A district's self-assessment report: where it stands, how far it has come and what to do next.
 * Given a rubric and 1 to 10 assessments of it (rounds such as fall and spring), with optional
 * targets and priority practices, it shows:
 *
 * - **Where we are**: for the latest round, the score of the whole rubric and of each focus area as
 *   a bar chart with the readiness stage (Initiating, Improving, Innovating), how much is rated and
 *   the target; then the weakest indicators, those of priority practices first.
 * - **How far we came**: every round side by side, one small chart per focus area with the target
 *   line, and the growth of each indicator in a sortable table saying what improved and what slipped.
 * - **What next**: for the weakest indicators, the catalog resources that help (`@sel/data`'s
 *   `forIndicators`), each with its title, kind, source and link, and "Add to plan", which fires
 *   `sel-resource-select`. The catalog comes from the `catalog` property or the `catalog-src` URL,
 *   else `@sel/data`'s catalog is loaded when a report is first shown.
 * - A download of the scores of every round as CSV.
 *
 * Every chart has a summary in words and a data table the user can switch to; figures are written
 * beside each bar and point, so colour is never the only cue. The scores come from `@sel/core`'s
 * rules (`reportRounds`, `indicatorProgress`, `reportNextSteps`, `assessmentReportToCsv`).
 *
 * Data arrives as the `report` property, a `src` URL or an inline `<script type="application/json">`
 * child, checked with `@sel/core`'s `checkAssessmentReport` (what `safeParseAssessmentReport`
 * checks, without zod).
 *
 * @summary Scores, growth and next steps from a district's rounds of self-assessment.
 * @tag sel-assessment-report
 *
 * @attr src - URL of the report as JSON (`{ rubric, assessments, targets?, priorities? }`), used when the `report` property is not set.
 * @attr catalog-src - URL of a resource catalog as JSON (`{ tags, resources }`), used when the `catalog` property is not set; with neither, `@sel/data`'s catalog.
 * @attr heading-level - Level of the element's heading, 1 to 6 (default 2); its sections' headings are one below.
 *
 * @prop {AssessmentReport | undefined} report - The rubric, its assessments, targets and priorities (wins over `src` and inline JSON).
 * @prop {Catalog | undefined} catalog - The resources offered for the weakest indicators (wins over `catalog-src`).
 * @prop {string | undefined} catalogSrc - See the `catalog-src` attribute.
 * @prop {string | undefined} src - See the `src` attribute.
 * @prop {number} headingLevel - See the `heading-level` attribute.
 * @prop {SelStringOverrides | undefined} strings - Replaces single strings of the English or Spanish catalog.
 *
 * @fires {SelResourceSelectDetail} sel-resource-select - A resource was chosen for the plan ("Add to plan", or its link: cancel the event to keep the link from opening).
 * @fires {SelErrorDetail} sel-error - The data or the catalog could not be loaded or is invalid; `detail.issues` has each path and message.
 *
 * @slot heading - Replaces the heading text (the rubric's title).
 *
 * @csspart header - The heading, the rounds and the download.
 * @csspart export - The "Download the scores (CSV)" button.
 * @csspart where - The "Where we are" section.
 * @csspart growth - The "How far we came" section.
 * @csspart next - The "What next" section.
 * @csspart figure - One chart with its caption, view switch and table.
 * @csspart weakest - The list of the weakest indicators.
 * @csspart growth-table - The table of growth per indicator.
 * @csspart error-state - The alert listing problems with the data.
 *
 * @cssprop --sel-assessment-report-initiating - Fill of the bars and points of areas at the Initiating stage.
 * @cssprop --sel-assessment-report-improving - Fill of those at the Improving stage.
 * @cssprop --sel-assessment-report-innovating - Fill of those at the Innovating stage.
 * @cssprop --sel-assessment-report-target - Colour of the target line.
 * @cssprop --sel-color-text - Body text, the lines of the small charts (its dark-scheme default is light).
 * @cssprop --sel-color-text-muted - Secondary text such as the figures beside each bar.
 * @cssprop --sel-color-surface - Background, and the points of the small charts.
 * @cssprop --sel-color-surface-raised - The bars' tracks and the tables' column headers.
 * @cssprop --sel-color-border - Borders, axes and the stage marks on the bars.
 * @cssprop --sel-color-accent - The chosen Chart or Table button, and the resources' links.
 */
export class SelAssessmentReport extends SelElement<AssessmentReport> {
  static override styles = [tokenStyles, assessmentReportStyles];
  protected static override messages = reportStrings;

  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    catalog: { attribute: false },
    catalogSrc: { type: String, attribute: 'catalog-src' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    tableViews: { state: true },
    growthColumn: { state: true },
    growthDirection: { state: true },
  };

  /** The rubric, its assessments (rounds), targets and priorities (wins over `src` and inline JSON). */
  report: AssessmentReport | undefined;
  /** The resources offered for the weakest indicators (wins over `catalog-src`; `@sel/data`'s catalog when neither is set). */
  catalog: Catalog | undefined;
  /** URL of a resource catalog as JSON. */
  catalogSrc: string | undefined;
  /** Level of the element's heading (1-6); its sections' headings are one below. */
  headingLevel = 2;

  /** The charts the user switched to their table. */
  private tableViews: ReadonlySet<ReportFigure> = new Set();
  private growthColumn: GrowthColumn = 'indicator';
  private growthDirection: SortDirection = 'ascending';

  #model: ReportModel | undefined;
  /** The report with its rubric in the element's language, where a translation fits it. */
  readonly #language = new ReportLanguage(this);
  /** The report as last shown. */
  #shown: ShownReport | undefined;
  /** The growth table's rows, rebuilt when the report, the order or the language changes. */
  #growthRows: { readonly key: readonly unknown[]; readonly rows: HTMLTableRowElement[] } | undefined;

  readonly #catalog = new ReportCatalogController(this, {
    catalog: () => this.catalog,
    src: () => this.catalogSrc,
    fetch: (input, init) => this.fetcher(input, init),
    wanted: () => this.dataSource.value !== undefined,
    issues: (issues) => {
      this.reportIssues('catalog', issues);
    },
  });

  constructor() {
    super();
    warmOnUse(this, reportViews.warm);
  }

  /** Also waits for the resource catalog of "What next" to be loaded (or to fail) and shown. */
  override get renderComplete(): Promise<void> {
    return super.renderComplete.then(async () => {
      await this.#catalog.settled;
      await this.#language.loading;
      await this.updateComplete;
    });
  }

  protected override dataFromProperty(): unknown {
    return this.report;
  }

  protected override parseData(raw: unknown): ParseResult<AssessmentReport> {
    return checkAssessmentReport(raw);
  }

  /** The scores, growth and next steps are worked out once per report. */
  protected override prepareData(report: AssessmentReport): void {
    this.#modelFor(report);
  }

  #modelFor(report: AssessmentReport): ReportModel {
    if (this.#model?.report !== report) this.#model = reportModel(report);
    return this.#model;
  }

  get #text(): ReportText {
    return {
      t: this.t,
      percent: (value) => this.i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }),
      date: (iso) => this.i18n.formatDate(iso),
      lang: (owner, field) => dataLang(this.#shown?.langOf(owner, field), this.i18n),
      labelLang: (value) => {
        const level = this.#shown?.report.rubric.levels.find((candidate) => candidate.value === value);
        return level ? dataLang(this.#shown?.langOf(level, 'label'), this.i18n) : nothing;
      },
      titleLang: (resource) => titleLang(resource, this.i18n),
    };
  }

  /**
   * Runs a press's `action` once the tables and sorting are here with their words in the report's
   * language: at once when they are, else when they arrive (presses keep their order); a failed
   * load leaves the view as it was, and the next press tries again.
   */
  #withViews(action: (views: ReportViews) => void): void {
    const ready = (views: ReportViews) => {
      this.i18n.addWords(views.words);
      return this.i18n.stringsReady();
    };
    const views = reportViews.loaded();
    if (views && !ready(views)) action(views);
    else
      reportViews.load().then(
        async (loaded) => {
          await ready(loaded);
          action(loaded);
        },
        () => undefined,
      );
  }

  #toggleView(figure: ReportFigure, table: boolean): void {
    this.#withViews(() => {
      const next = new Set(this.tableViews);
      if (table) next.add(figure);
      else next.delete(figure);
      this.tableViews = next;
    });
  }

  #sort(column: GrowthColumn): void {
    this.#withViews((views) => {
      this.growthDirection =
        column === this.growthColumn && this.growthDirection === 'ascending' ? 'descending' : 'ascending';
      this.growthColumn = column;
      this.announcer.announce(
        views.sortedText(growthColumnLabel(column, this.#text), this.growthDirection, this.#text),
      );
    });
  }

  #download(model: ReportModel): void {
    void import('./report-export.js').then(({ downloadScores }) => {
      downloadScores(this, model);
    });
  }

  protected override render(): TemplateResult {
    const report = this.dataSource.value;
    this.#shown = report && this.#language.shown(report, this.i18n.declared);
    return html`${this.renderDataState()}${this.#shown ? this.#renderReport(this.#modelFor(this.#shown.report)) : nothing}${this.announcer.region()}`;
  }

  #renderReport(model: ReportModel): TemplateResult {
    const text = this.#text;
    const level = Number.isFinite(this.headingLevel) ? this.headingLevel : 2;
    const tag = headingTag(level);
    const sub = headingTag(level + 1);
    const minor = headingTag(level + 2);
    const title = model.report.rubric.title.trim();
    const rounds = model.rounds.map((round) => roundName(round, text)).join('; ');
    const several = model.rounds.length > 1;
    return html`<div class="report">
      <div class="header" part="header">
        ${staticHtml`<${tag} class="heading"><slot name="heading">${title ? inLang(title, text.lang(model.report.rubric, 'title')) : this.t('report.heading')}</slot></${tag}>`}
        <p class="rounds">${this.t('report.rounds', { count: model.rounds.length, rounds })}</p>
        <button
          type="button"
          class="export"
          part="export"
          @click=${() => {
            this.#download(model);
          }}
        >
          ${this.t('report.export')}
        </button>
      </div>
      <section class="where" part="where">
        ${staticHtml`<${sub} class="section-heading">${this.t('report.where.heading')}</${sub}>`}
        <p class="summary">${standingSummary(model, text)}</p>
        ${this.#renderFigure(
          'standing',
          this.t('report.where.chart'),
          [
            this.t('report.where.key'),
            model.areas.some((area) => area.target !== null) ? this.t('report.where.keyTarget') : '',
          ]
            .join(' ')
            .trim(),
          () => renderStandingChart(model, text),
          (caption, views) => views.renderStandingTable(model, text, caption, names),
        )}
        ${staticHtml`<${minor} class="minor-heading">${this.t('report.weakest.heading')}</${minor}>`}
        ${renderWeakest(model.nextSteps, text)}
      </section>
      <section class="growth" part="growth">
        ${staticHtml`<${sub} class="section-heading">${this.t('report.growth.heading')}</${sub}>`}
        <p class="summary">${growthSummary(model, text)}</p>
        ${
          several
            ? html`${this.#renderFigure(
                'rounds',
                this.t('report.growth.chart'),
                this.t('report.growth.roundKey', {
                  list: model.rounds.map((round, i) => `${i + 1} = ${roundName(round, text)}`).join('; '),
                }),
                () => renderRoundsChart(model, text),
                (caption, views) => views.renderRoundsTable(model, text, caption, names),
              )}
              ${renderGrowthTable(
                {
                  rows: this.#growthRowsFor(model, text),
                  column: this.growthColumn,
                  direction: this.growthDirection,
                  sort: (column) => {
                    this.#sort(column);
                  },
                },
                text,
              )}`
            : nothing
        }
      </section>
      <section class="next" part="next">
        ${staticHtml`<${sub} class="section-heading">${this.t('report.next.heading')}</${sub}>`}
        ${this.#renderNext(model, text)}
      </section>
    </div>`;
  }

  #renderNext(model: ReportModel, text: ReportText): TemplateResult {
    const { status, view, index } = this.#catalog;
    if (model.nextSteps.length === 0) return html`<p class="empty">${this.t('report.weakest.none')}</p>`;
    if (status === 'loading') return html`<p class="empty" role="status">${this.t('report.next.loading')}</p>`;
    if (status === 'failed' || view === undefined || index === undefined) {
      return html`<p class="empty">${this.t('report.next.failed')}</p>`;
    }
    return html`<p class="summary">${this.t('report.next.intro')}</p>
      ${view.renderNextSteps(this, model, index, text)}`;
  }

  #growthRowsFor(model: ReportModel, text: ReportText): HTMLTableRowElement[] {
    const key = [model, this.growthColumn, this.growthDirection, this.i18n.locale, this.strings];
    if (this.#growthRows?.key.every((part, i) => part === key[i]) !== true) {
      // Rubric order is the progress's own; another order was pressed for, so its code is here.
      const sorted =
        reportViews.loaded()?.sortProgress(model.progress, this.growthColumn, this.growthDirection) ?? model.progress;
      this.#growthRows = { key, rows: growthRowElements(sorted, text) };
    }
    return this.#growthRows.rows;
  }

  /** A chart with its title, key, and the switch between the chart and its table. */
  #renderFigure(
    figure: ReportFigure,
    title: string,
    key: string,
    chart: () => TemplateResult,
    table: (caption: string, views: ReportViews) => TemplateResult,
  ): TemplateResult {
    // A chart is switched to its table once the table's code is here.
    const views = reportViews.loaded();
    const showTable = views !== undefined && this.tableViews.has(figure);
    const choice = (asTable: boolean) =>
      html`<button
        type="button"
        aria-pressed=${showTable === asTable ? 'true' : 'false'}
        @click=${() => {
          this.#toggleView(figure, asTable);
        }}
      >
        ${this.t(asTable ? 'report.view.table' : 'report.view.chart')}
      </button>`;
    return html`<figure class="figure" part="figure" data-figure=${figure}>
      <figcaption>
        <span class="figure__title">${title}</span>
        <span class="figure__key">${key}</span>
      </figcaption>
      <div class="view" role="group" aria-label=${this.t('report.view', { chart: title })}>
        ${choice(false)}${choice(true)}
      </div>
      ${showTable ? table(title, views) : chart()}
    </figure>`;
  }
}
