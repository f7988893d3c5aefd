// The public API of @sel/core, named one by one by module: zod schemas with the types inferred
// from them, the pure rules over them, and import and export (JSON, CSV, iCalendar). A module or
// name not listed here is internal.
export {
  formatPath,
  type IssuePath,
  type ParseResult,
  type SelIssue,
  SelRuleError,
  SelValidationError,
} from './errors.js';
export { parseWith, safeParseWith, toSelIssues } from './zod-parse.js';
export { compareIsoDates, fromIsoDate, type IsoDate, type IsoDateTime, toIsoDate } from './dates.js';
export { isoDateSchema, isoDateTimeSchema } from './dates-schema.js';
export { isLanguageTag, LANGUAGE_TAG_PATTERN, primaryLanguage } from './language-tag.js';
export { languageTagSchema } from './language-tag-schema.js';
export {
  type BilingualText,
  bilingualTextSchema,
  type Catalog,
  catalogSchema,
  type FocusAreaNumber,
  focusAreaNumberSchema,
  type LocalizedText,
  localizedTextSchema,
  parseCatalog,
  parseResource,
  type Resource,
  type ResourceAudience,
  resourceAudienceSchema,
  type ResourceKind,
  resourceKindSchema,
  type ResourceOrigin,
  resourceOriginSchema,
  type ResourceQuery,
  resourceQuerySchema,
  resourceSchema,
  safeParseCatalog,
  type Slug,
  slugSchema,
  type Tag,
  tagSchema,
} from './resource.js';
export { parseResourceQuery } from './resource-query.js';
export { FOCUS_AREA_NUMBERS, RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_ORIGINS } from './resource-vocabulary.js';
export { checkCatalog, checkCatalogInSteps } from './catalog-reader.js';
export {
  type CsvDelimiter,
  type CsvDialect,
  detectCsvDelimiter,
  type CsvFormulaGuardOptions,
  type CsvRecord,
  type CsvTable,
  guardCsvFormula,
  parseCsv,
  parseCsvInSteps,
  type CsvStepOptions,
  parseCsvTable,
  type ParseCsvTableOptions,
  stringifyCsv,
  stringifyCsvField,
  stringifyCsvTable,
  unguardCsvFormula,
} from './csv.js';
export {
  findIndicator,
  findLevel,
  findPractice,
  type FocusArea,
  type Indicator,
  indicatorDescriptors,
  type IndicatorEntry,
  isLabelOnlyRubric,
  listIndicators,
  type Practice,
  type Rubric,
  type RubricLevel,
} from './rubric.js';
export { MAX_RUBRIC_LEVELS, MIN_RUBRIC_LEVELS, RUBRIC_ITEM_ID_PATTERN } from './rubric-checks.js';
export {
  focusAreaSchema,
  indicatorSchema,
  indicatorTranslationSchema,
  type IndicatorTranslation,
  parseRubric,
  practiceSchema,
  rubricItemIdSchema,
  rubricLevelSchema,
  rubricLevelTranslationSchema,
  type RubricLevelTranslation,
  rubricSchema,
  rubricSectionTranslationSchema,
  type RubricSectionTranslation,
  rubricTranslationSchema,
  type RubricTranslation,
  rubricTranslationsSchema,
  type RubricTranslations,
  safeParseRubric,
} from './rubric-schema.js';
export {
  localizeRubric,
  type LocalizedRubric,
  type RubricTextField,
  type RubricTextOwner,
  rubricTranslationFor,
} from './localize-rubric.js';
export { mayTranslateRubric } from './rubric-may-translate.js';
export { checkRubric, checkRubricInSteps } from './rubric-reader.js';
export {
  type Assessment,
  clearRating,
  createAssessment,
  isPriorityPractice,
  type MemberRating,
  type NewAssessment,
  type Rating,
  ratingOf,
  setPracticePriority,
  setRating,
} from './assessment.js';
export { parseAssessment, safeParseAssessment } from './assessment-parse.js';
export { assertAssessmentFitsRubric, assessmentIssues } from './assessment-fit.js';
export { assessmentSchema, memberRatingSchema, ratingSchema } from './assessment-schema.js';
export { checkAssessment } from './assessment-reader.js';
export { checkIsoDate } from './date-reader.js';
export {
  type Agreement,
  AGREEMENT_RULES,
  type AgreementRule,
  checkTeamRatingsOptions,
  consensusOrder,
  type IndicatorTeamRatings,
  type LevelCount,
  recordAgreement,
  startConsensus,
  type TeamMember,
  type TeamRatings,
  teamRatings,
  type TeamRatingsOptions,
  teamRatingsOptionsSchema,
} from './team-ratings.js';
export {
  type AssessmentCompleteness,
  type AssessmentScore,
  completeness,
  type Completeness,
  type FocusAreaCompleteness,
  type FocusAreaScore,
  nearestLevel,
  normaliseLevel,
  type PracticeScore,
  scoreAssessment,
  type ScoreSummary,
} from './scoring.js';
export { readinessStage } from './readiness.js';
export { DEFAULT_READINESS_THRESHOLDS, stageOfValidScore } from './readiness-rule.js';
export { READINESS_STAGES, type ReadinessStage } from './readiness-stages.js';
export {
  type ReadinessScore,
  readinessStageSchema,
  type ReadinessThresholds,
  readinessThresholdsSchema,
} from './readiness-schema.js';
export { isTier, SORTED_TIERS, type Tier, TIERS, tierSchema } from './tier.js';
export {
  type Contact,
  contactSchema,
  parsePartnerInventory,
  type Partner,
  PARTNER_KINDS,
  type PartnerInventory,
  partnerInventorySchema,
  type PartnerKind,
  partnerKindSchema,
  partnerSchema,
  safeParsePartnerInventory,
} from './partner.js';
export {
  assignments,
  canRedo,
  canUndo,
  type CardSortHistory,
  type CardSortMove,
  type CardSortPlace,
  type CardSortState,
  cardSortStateSchema,
  checkCardSortInvariant,
  createCardSort,
  createCardSortHistory,
  parseCardSortState,
  partnerPlace,
  safeParseTierAssignments,
  type TierAssignments,
  tierAssignmentsSchema,
  tierOf,
} from './card-sort.js';
export { applyMove, movePartner, redo, undo } from './card-sort-moves.js';
export { reconcileCardSort } from './card-sort-reconcile.js';
export {
  checkCardSortAssignments,
  MAX_CARD_SORT_PARTNERS,
  parseCardSortAssignments,
  parseCardSortTiers,
  parsePartnerCardSortData,
  parsePartnerCardSortDataInSteps,
  partnerCardSortDataSchema,
  type PartnerCardSortData,
} from './card-sort-data.js';
export { checkPartnerCardSortData, checkPartnerCardSortDataInSteps } from './card-sort-data-reader.js';
export {
  type AssessmentGrowth,
  compareAssessments,
  type FocusAreaGrowth,
  type GrowthSummary,
  type IndicatorGrowth,
  type PracticeGrowth,
} from './growth.js';
export {
  weakestIndicators,
  type WeakestIndicatorsOptions,
  weakestIndicatorsOptionsSchema,
  type WeakIndicator,
} from './next-steps.js';
export {
  type AssessmentReport,
  assessmentReportSchema,
  type IndicatorProgress,
  indicatorProgress,
  type IndicatorTrend,
  MAX_REPORT_ROUNDS,
  priorityPractices,
  type ReportNextStep,
  reportNextSteps,
  type ReportRound,
  reportRounds,
  reportTarget,
  type ReportTargets,
  reportTargetsSchema,
  safeParseAssessmentReport,
} from './assessment-report.js';
export { checkAssessmentReport } from './assessment-report-reader.js';
export { assessmentReportToCsv, REPORT_CSV_COLUMNS, type ReportCsvRowKind } from './assessment-report-csv.js';
export { type JsonReadResult, parseJson, readJson, safeReadJson, toJson } from './json.js';
export {
  createJsonReader,
  JSON_READER_STEP,
  type JsonReader,
  type JsonReadStep,
  type JsonSyntaxIssue,
} from './json-reader.js';
export { finishSteps, type ListPath, validateAtOnce, validateInSteps } from './validate-in-steps.js';
export {
  DEFAULT_TOUCHPOINT_CADENCE,
  type Touchpoint,
  TOUCHPOINT_TOPICS,
  type TouchpointCadence,
  touchpointCadenceSchema,
  type TouchpointDue,
  touchpointSchema,
  touchpointsDue,
  type TouchpointTopic,
  touchpointTopicSchema,
} from './touchpoint.js';
export {
  ACTION_STEP_STATUSES,
  type ActionStep,
  actionStepSchema,
  type ActionStepStatus,
  actionStepStatusSchema,
  type CollaborativePlan,
  collaborativePlanSchema,
  type CommunicationPlan,
  type CommunicationPlanEntry,
  communicationPlanEntrySchema,
  communicationPlanSchema,
  DATA_SOURCES,
  type DataSharingPlan,
  type DataSharingPlanEntry,
  dataSharingPlanEntrySchema,
  dataSharingPlanSchema,
  type KeyPerson,
  keyPersonSchema,
  LEGALLY_SHAREABLE,
  overdueActionSteps,
  planProgress,
  type PlanProgress,
} from './collaborative-plan.js';
export {
  ACTION_PLAN_KINDS,
  type ActionPlan,
  type ActionPlanGoal,
  actionPlanGoalSchema,
  type ActionPlanKind,
  actionPlanOwners,
  actionPlanProgress,
  type ActionPlanProgress,
  actionPlanSchema,
  actionPlanSteps,
  actionStepTiming,
  type CaselActionPlan,
  caselActionPlanSchema,
  DUE_SOON_DAYS,
  dueSoonActionSteps,
  type PartnerActionPlan,
  partnerActionPlanSchema,
  type PlanStepRef,
  safeParseActionPlan,
  stepsChangedSince,
} from './action-plan.js';
export { checkActionPlan } from './action-plan-reader.js';
export {
  ACTION_PLAN_CSV_COLUMNS,
  actionPlanStepsToCsv,
  actionPlanToICalendar,
  goalsFromAssessment,
  type GoalsFromAssessmentOptions,
} from './action-plan-out.js';
export { insertPlanItem, type PlanPath, setActionStepStatus } from './action-plan-edits.js';
export { movePlanItem, nextPlanId, removePlanItem, setPlanField } from './action-plan-writing.js';
export {
  type Cadence,
  cadenceSchema,
  type Charter,
  charterSchema,
  type Committee,
  COMMITTEES,
  committeeSchema,
  type Community,
  type CommunityMember,
  communityMemberSchema,
  communitySchema,
  type CommunityScope,
  communityScopeSchema,
  communityWarnings,
  type District,
  districtSchema,
  LEADERSHIP_TEAM_SIZE,
  type LeadershipTeamMember,
  leadershipTeamMemberSchema,
  type LifecycleTemplate,
  lifecycleTemplateSchema,
  MEMBER_KINDS,
  type MemberKind,
  memberKindSchema,
  type Milestone,
  MILESTONE_STATUSES,
  milestoneSchema,
  milestonesFromTemplate,
  type MilestoneStatus,
  milestoneStatusSchema,
  type Phase,
  type PhaseChange,
  phaseChangeSchema,
  PHASES,
  phaseSchema,
  type TemplateMilestone,
  templateMilestoneSchema,
  type TemplatePhase,
  templatePhaseSchema,
  US_STATE_CODES,
  type UsState,
  usStateSchema,
} from './community.js';
export { checkCommunity, checkCommunityInSteps } from './community-reader.js';
export {
  canTransition,
  isAllowedTransition,
  isFinalPhase,
  nextPhases,
  PHASE_TRANSITIONS,
  transition,
  type TransitionCheck,
  type TransitionRefusal,
} from './lifecycle.js';
export {
  checkedCommunityTimeline,
  checkMilestoneStateOptions,
  communityTimeline,
  type CommunityTimeline,
  compareMilestones,
  MILESTONE_STATES,
  milestonesByState,
  milestoneState,
  type MilestoneState,
  type MilestoneStateOptions,
  milestoneStateOptionsSchema,
  sortMilestones,
} from './milestone.js';
export { dayNumber } from './milestone-state-rule.js';
export {
  checkedSchedule,
  compareEvents,
  DEFAULT_CROSS_DISTRICT_MONTH,
  DEFAULT_FALL_SEMESTER,
  DEFAULT_SPRING_SEMESTER,
  generateSchedule,
  SCHEDULE_EVENT_KINDS,
  type ScheduleEvent,
  type ScheduleEventKind,
  scheduleEventKindSchema,
  scheduleEventSchema,
  type ScheduleOptions,
  scheduleOptionsSchema,
  scheduleWarnings,
  type SemesterMonths,
  semesterMonthsSchema,
} from './schedule.js';
export { charterSemesters, type SemesterEvent } from './charter-semesters.js';
export {
  type CheckedStatusSnapshot,
  checkStatusSnapshot,
  type CommunityStatus,
  safeParseStatusSnapshot,
  type StateStatus,
  statusReport,
  type StatusReport,
  type StatusTotals,
} from './status-report.js';
export {
  ASSESSMENT_CSV_COLUMNS,
  type AssessmentCsvColumn,
  assessmentFromCsv,
  assessmentToCsv,
} from './assessment-csv.js';
export {
  PARTNER_CSV_COLUMNS,
  type PartnerCsvField,
  partnersFromCsv,
  type PartnersFromCsv,
  partnersToCsv,
} from './partner-csv.js';
export {
  emptyPartnerWorkbook,
  migratePartnerWorkbook,
  parsePartnerWorkbook,
  parsePartnerWorkbookInSteps,
  PARTNER_WORKBOOK_VERSION,
  type PartnerWorkbook,
  partnerWorkbookSchema,
  type WorkbookCadence,
  workbookAssignments,
  workbookCadenceSchema,
  workbookTier,
} from './partner-workbook.js';
export {
  checkPartner,
  checkPartnerWorkbook,
  checkPartnerWorkbookInSteps,
  checkTierAssignments,
  checkTouchpoint,
} from './partner-workbook-reader.js';
export { checkTouchpointCadence, checkWorkbookCadence } from './cadence-reader.js';
export { type ImportedPartner, importPartners, importPartnersInSteps } from './partner-workbook-import.js';
export { partnerIdFromName } from './partner-id.js';
export {
  addPartner,
  checkWorkbookPartner,
  editPartner,
  removePartner,
  type RemovedPartner,
  restorePartner,
  setPartnerTier,
  type WorkbookChange,
  type WorkbookEdit,
} from './partner-workbook-edits.js';
export { logCheckIn, setCadence } from './touchpoint-edits.js';
export {
  badPartnerRowsCsv,
  goodPartnerRows,
  type PartnerCsvPreview,
  type PartnerCsvRow,
  partnerFieldOfHeader,
  previewPartnerCsv,
  previewPartnerCsvInSteps,
  type PreviewPartnerCsvOptions,
} from './partner-csv-import.js';
export { type PhaseSpan, phaseSpans, phaseSpanSchema } from './phase-span.js';
export { type CalendarEvent, calendarEventListSchema, calendarEventSchema } from './calendar-event.js';
export { escapeICalendarText } from './escape-icalendar-text.js';
export { foldICalendarLine } from './fold-icalendar-line.js';
export { type ICalendarOptions, iCalendarOptionsSchema, toICalendar } from './to-icalendar.js';
export { checkedScheduleCalendarEvents, scheduleCalendarEvents } from './schedule-calendar-events.js';
export { milestoneCalendarEvents } from './milestone-calendar-events.js';
export { actionStepCalendarEvents } from './action-step-calendar-events.js';
export { type StateTile, stateTileSchema, type TileGridLayout, tileGridLayoutSchema } from './tile-grid.js';
export { communityListSchema, type StatusSnapshot, statusSnapshotSchema } from './status-snapshot.js';
export {
  asideDraftKey,
  canonicalJson,
  createDraft,
  dataFingerprint,
  type DraftContext,
  type DraftEnvelope,
  draftEnvelopeSchema,
  type DraftFields,
  DRAFT_MAX_AGE_DAYS,
  type DraftVerdict,
  judgeDraft,
  newerDraft,
  readDraftEnvelope,
  safeParseDraftEnvelope,
  sameDraftValue,
} from './draft.js';
