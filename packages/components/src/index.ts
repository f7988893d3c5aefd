// Shared foundation (data loading, events, i18n, forms, theming) reused by every @sel element.
export * from './shared/data-source.js';
export * from './shared/events.js';
export * from './shared/i18n.js';
export * from './shared/form.js';
export * from './shared/tokens.styles.js';
export * from './shared/error-state.js';
export { SelRubric, type SelRatingChangeDetail, type SelAssessmentChangeDetail } from './rubric/sel-rubric.js';
export {
  SelMilestoneTimeline,
  type SelMilestoneSelectDetail,
  type SelMilestoneSelectTrigger,
} from './milestone-timeline/sel-milestone-timeline.js';
export * from './partner-card-sort/sel-partner-card-sort.js';
export * from './partner-card-sort/card-sort-data.js';
