// The public API of @sel/data, named one by one by module: the canonical catalog and its tag
// vocabulary, the rubrics, partner kinds, lifecycle template and committees, the US state tile
// layout and status snapshot, and the query API.
export { type CatalogLocale, tagLabel, type TagSlug, tagVocabulary } from './tags.js';
export { resources } from './resources.js';
export { catalog } from './catalog.js';
export { foldSearchText, searchWords } from './search-text.js';
export {
  type CatalogIndex,
  createCatalogIndex,
  type ForIndicatorsOptions,
  type IndicatorResourceMatch,
  type ResourceFacetCounts,
  type ResourceSearch,
} from './query.js';
export { districtRubric } from './rubrics/district.js';
export { districtRubricSpanish } from './rubrics/district-es.js';
export { schoolPartnershipsRubric } from './rubrics/school.js';
export { districtFullImplementationRubric } from './rubrics/district-full-implementation.js';
export { schoolImplementationStagesRubric } from './rubrics/school-stages.js';
export { partnerKindDescriptions, partnerKindLabels, type PartnerKindText, partnerKindTexts } from './partner-kinds.js';
export { learningCommunityTemplate } from './lifecycle-template.js';
export { type CommitteeText, committeeTexts } from './committees.js';
export { usTileGrid } from './us-tile-grid.js';
export { usStateNames } from './us-state-names.js';
export { usStateNamesEn } from './us-state-names-en.js';
export { usStateNamesEs } from './us-state-names-es.js';
export { illustrativeStatusSnapshot } from './illustrative-status-snapshot.js';
export { illustrativeAssessmentReport } from './illustrative-assessment-report.js';
export { exampleDistrictActionPlan, examplePartnerPlan } from './plan-examples.js';
