// The public API of @sel/components, named one by one: the elements (each also has a `define`
// entry that registers its tag), the types of their events and data, and what every element
// shares with the page (its error event, its strings and languages, its design tokens). The
// shared foundation in `shared/` is internal and is not exported.
export {
  SelRubric,
  type SelRatingChangeDetail,
  type SelAssessmentChangeDetail,
  type SelTeamChangeDetail,
} from './rubric/sel-rubric.js';
export {
  SelMilestoneTimeline,
  type SelMilestoneSelectDetail,
  type SelMilestoneSelectTrigger,
} from './milestone-timeline/sel-milestone-timeline.js';
export {
  SelPartnerCardSort,
  type SelPartnerMoveCause,
  type SelPartnerMoveDetail,
} from './partner-card-sort/sel-partner-card-sort.js';
export { SelPartnerInventory } from './partner-inventory/sel-partner-inventory.js';
export { SelPartnerTouchpoints } from './partner-touchpoints/sel-partner-touchpoints.js';
export type { SelWorkbookChangeDetail } from './partner-workbook/workbook-change.js';
export {
  dispatchSelEvent,
  type SelDataSourceKind,
  type SelErrorDetail,
  type SelEventDetail,
  type SelEventName,
  type SelEventOptions,
} from './shared/events.js';
export { dispatchResourceSelect, type SelResourceSelectDetail } from './shared/resource-select.js';
export { SelResourceFinder, FINDER_PAGE_SIZE } from './resource-finder/sel-resource-finder.js';
export { MAX_JSON_LENGTH } from './shared/data-source.js';
export { clearSelDrafts, type SelDraftAction, type SelDraftDetail } from './shared/autosave.js';
export {
  DEFAULT_LOCALE,
  type DraftMessageKey,
  SEL_LOCALES,
  type SelCatalog,
  type SelLocale,
  type SelMessage,
  type SelMessageKey,
  type SelStringOverrides,
} from './shared/i18n.js';
export { SEL_TOKEN_DEFAULTS, type SelTokenName } from './shared/tokens.styles.js';
export { SelActionPlan, type SelPlanChangeDetail, type SelPlanChangeKind } from './action-plan/sel-action-plan.js';
export {
  SelStatusMap,
  type SelStateSelectDetail,
  type SelStateSelectTrigger,
  type StatusMapView,
} from './status-map/sel-status-map.js';
export { STATUS_MEASURES, type StatusMeasure } from './status-map/status-measures.js';
export type { MapCommunity, TileKey } from './status-map/status-map-model.js';
export { SelAssessmentReport, type ReportFigure } from './assessment-report/sel-assessment-report.js';
