import { PHASES } from '@sel/core';
import type { StatusReport } from '@sel/core';
import type { SelMessageKey, SelMessageParams } from '../shared/i18n.js';

type Translate = (key: SelMessageKey, params?: SelMessageParams) => string;

/**
 * The whole report in a few sentences, for people who do not see the map: how many communities in
 * how many states and nationally, the districts and students they reach, and how many
 * communities are in each phase (phases with none left out).
 */
export function statusSummary(report: StatusReport, t: Translate): string {
  const states = new Set<string>();
  let national = 0;
  for (const { scope } of report.communities) {
    if (scope.kind === 'state') states.add(scope.state);
    else national += 1;
  }
  const inStates = t('statusMap.summary.inStates', { count: states.size });
  const where = national === 0 ? inStates : `${inStates} ${t('statusMap.summary.national', { count: national })}`;
  const reach = t('statusMap.summary.sentence', {
    count: report.totals.communities,
    communities: t('statusMap.summary.communities', { count: report.totals.communities }),
    where,
    districts: t('statusMap.summary.districts', { count: report.totals.districts }),
    students: t('statusMap.summary.students', { count: report.totals.students }),
  });
  const phases = PHASES.filter((phase) => report.byPhase[phase].communities > 0).map((phase) =>
    t(`statusMap.summary.phase.${phase}`, { count: report.byPhase[phase].communities }),
  );
  return phases.length === 0 ? reach : `${reach} ${t('statusMap.summary.byPhase', { phases: phases.join(', ') })}`;
}
