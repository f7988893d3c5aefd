import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/**
 * The English words of `<sel-rubric>`'s team mode. They are loaded with team mode, only on pages
 * that give a rubric a team; `strings` overrides them like the element's other keys.
 */
export const rubricTeamEn = {
  'rubric.team.title': 'Team ratings',
  'rubric.team.members': { one: 'One member: {names}', other: '{count} members: {names}' },
  'rubric.team.empty': 'No member ratings yet. Add each member’s exported assessment of this rubric.',
  'rubric.team.files': 'Add member ratings (JSON files)',
  'rubric.team.files.hint':
    'Choose files or drop them on the team ratings. Each file is one member’s exported assessment.',
  'rubric.team.files.added': {
    one: 'Added the ratings of one member.',
    other: 'Added the ratings of {count} members.',
  },
  'rubric.team.files.failed': {
    one: 'One file could not be added; the problem is listed at the top.',
    other: '{count} files could not be added; the problems are listed at the top.',
  },
  'rubric.team.files.unreadable': 'The file could not be read: {problem}',
  'rubric.team.files.notList': 'Expected a list of member assessments',
  'rubric.team.files.duplicate': 'Expected one assessment per member, but “{member}” is already in the team',
  'rubric.team.files.twice': 'Expected one assessment per member, but “{member}” is in another of these files too',
  'rubric.team.loading': 'Loading the team’s ratings…',
  'rubric.team.remove': 'Remove',
  'rubric.team.removed': 'Removed the ratings of {member}.',
  'rubric.team.replaced': {
    one: 'Replaced the ratings of {names} with the new file.',
    other: 'Replaced the ratings of {count} members with the new files: {names}.',
  },
  'rubric.team.undo': 'Undo',
  'rubric.team.restored': 'The team is back as it was.',
  'rubric.team.rule.sameLevel': 'Ratings agree when everyone chose the same level.',
  'rubric.team.rule.withinOne': 'Ratings agree when they are at most one level apart.',
  'rubric.team.rule.invalid': 'Expected agreement "same-level" or "within-one"; ratings agree only at the same level',
  'rubric.team.counts': 'Ratings agree on {agreed}, differ on {disagreed}, nobody rated {unrated}.',
  'rubric.team.recorded': 'Agreed so far: {recorded} of {total} indicators',
  'rubric.team.filter': 'Only where we disagree',
  'rubric.team.filter.shown': {
    one: 'One indicator where the ratings differ, most disagreement first.',
    other: '{count} indicators where the ratings differ, most disagreement first.',
  },
  'rubric.team.filter.none': 'The ratings agree on every indicator they cover.',
  'rubric.team.revealAll': 'Reveal all names',
  'rubric.team.reveal': 'Reveal names',
  'rubric.team.hidden': 'Who chose which level stays hidden until you reveal the names.',
  'rubric.team.agree': 'Ratings agree',
  'rubric.team.differ': 'Ratings differ',
  'rubric.team.nobody': 'Nobody rated this',
  'rubric.team.spread.first': { one: '1 of {total} chose {label}', other: '{count} of {total} chose {label}' },
  'rubric.team.spread.more': { one: '1 chose {label}', other: '{count} chose {label}' },
  'rubric.team.spread.who': '{choice} ({names})',
  'rubric.team.notRated': 'Not rated by: {names}',
  'rubric.team.agreed': 'Agreed level',
  'rubric.team.agreed.none': 'No agreed level yet',
  'rubric.team.note': 'Discussion note',
  'rubric.team.note.hint': 'Why the team settled on this level.',
  'rubric.team.announce.agreed': 'Agreed on {label}. {recorded} of {total} indicators agreed.',
  'rubric.team.announce.revealed': 'Names revealed.',
  'rubric.priority.mark': 'A priority for us',
  'rubric.team.announce.priority': 'Marked {practice} as a priority practice.',
  'rubric.team.announce.notPriority': '{practice} is no longer a priority practice.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of team mode's strings. */
export type RubricTeamMessageKey = keyof typeof rubricTeamEn;

/** Team mode's strings: English here, Spanish loaded the first time team mode speaks it. */
export const rubricTeamStrings: SelStrings<RubricTeamMessageKey> = {
  en: rubricTeamEn,
  es: () => import('./team-strings-es.js').then((module) => module.rubricTeamEs),
};
