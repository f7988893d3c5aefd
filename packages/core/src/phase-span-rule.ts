// The rule behind `phaseSpans`, over a community already checked against `communitySchema`. Not
// exported from the package: `phaseSpans` and `communityTimeline` check the community first.
import { PHASES } from './community-vocabulary.js';
import type { Community, Milestone, Phase } from './community.js';
import { compareIsoDates } from './dates.js';
import type { IsoDate } from './dates.js';
import type { PhaseSpan } from './phase-span-schema.js';

const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) <= 0 ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) >= 0 ? a : b);

/** The span of each phase of a valid community (see `phaseSpans`). */
export function spansOf(value: Community): PhaseSpan[] {
  const byPhase = new Map<Phase, Milestone[]>();
  for (const milestone of value.milestones) {
    const list = byPhase.get(milestone.phase);
    if (list) list.push(milestone);
    else byPhase.set(milestone.phase, [milestone]);
  }
  const spans: PhaseSpan[] = [];
  let boundary: IsoDate = value.charter.start;
  for (const phase of PHASES) {
    const milestones = byPhase.get(phase);
    if (!milestones) continue;
    let first: IsoDate = boundary;
    let last: IsoDate | undefined;
    for (const milestone of milestones) {
      first = earlier(first, milestone.start ?? milestone.due);
      last = last === undefined ? milestone.due : later(last, milestone.due);
    }
    const end = later(last ?? first, first);
    spans.push({ phase, start: first, end, milestones: milestones.length });
    boundary = end;
  }
  return spans;
}
