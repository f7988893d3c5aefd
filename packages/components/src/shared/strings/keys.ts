import type { PlanEditorMessageKey } from '../../action-plan/plan-editor-strings.js';
import type { PlanMessageKey } from '../../action-plan/plan-strings.js';
import type { ReportMessageKey } from '../../assessment-report/report-strings.js';
import type { ReportViewsMessageKey } from '../../assessment-report/report-views-strings.js';
import type { CardFilterMessageKey } from '../../partner-card-sort/card-filter-strings.js';
import type { CardMovesMessageKey } from '../../partner-card-sort/card-moves-strings.js';
import type { CardSortMessageKey } from '../../partner-card-sort/card-sort-strings.js';
import type { PartnerDetailsMessageKey } from '../../partner-card-sort/partner-details-strings.js';
import type { InventoryEditMessageKey } from '../../partner-inventory/inventory-edit-strings.js';
import type { InventoryMessageKey } from '../../partner-inventory/inventory-strings.js';
import type { TouchpointEditMessageKey } from '../../partner-touchpoints/touchpoint-edit-strings.js';
import type { TouchpointsMessageKey } from '../../partner-touchpoints/touchpoints-strings.js';
import type { TimelineMessageKey } from '../../milestone-timeline/timeline-strings.js';
import type { FinderMessageKey } from '../../resource-finder/finder-strings.js';
import type { RubricGrowthMessageKey } from '../../rubric/growth-strings.js';
import type { RubricMarksMessageKey } from '../../rubric/marks-strings.js';
import type { RubricNavigationMessageKey } from '../../rubric/navigation-strings.js';
import type { RubricMessageKey } from '../../rubric/rubric-strings.js';
import type { RubricTeamMessageKey } from '../../rubric/team-strings.js';
import type { StatusMapMessageKey } from '../../status-map/status-map-strings.js';
import type { StatusMapViewsMessageKey } from '../../status-map/status-map-views-strings.js';
import type { SharedMessageKey } from './en.js';
import type { SelMessage } from './message.js';

/** A key of the strings of @sel/components: the shared ones and every element's. */
export type SelMessageKey =
  | SharedMessageKey
  | RubricMessageKey
  | RubricTeamMessageKey
  | RubricGrowthMessageKey
  | RubricMarksMessageKey
  | RubricNavigationMessageKey
  | TimelineMessageKey
  | CardSortMessageKey
  | CardMovesMessageKey
  | CardFilterMessageKey
  | PartnerDetailsMessageKey
  | StatusMapMessageKey
  | StatusMapViewsMessageKey
  | ReportMessageKey
  | ReportViewsMessageKey
  | FinderMessageKey
  | PlanMessageKey
  | PlanEditorMessageKey
  | InventoryMessageKey
  | InventoryEditMessageKey
  | TouchpointsMessageKey
  | TouchpointEditMessageKey;

/** A complete catalog for one language. */
export type SelCatalog = { readonly [K in SelMessageKey]: SelMessage };
