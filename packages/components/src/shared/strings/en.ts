/**
 * One message: plain text with `{name}` placeholders, or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (`other` is required, the rest fall back to it).
 */
export type SelMessage = string | ({ readonly other: string } & { readonly [F in Intl.LDMLPluralRule]?: string });

/**
 * The English catalog, and the source of the message keys: every other catalog must have the
 * same keys (the compiler checks). Keys are grouped by the element that uses them; shared keys
 * come first. Component authors add their group here and in `es.ts`.
 */
export const en = {
  // Shared by every data-driven element.
  'data.loading': 'Loading…',
  'data.reading': 'Reading the data: {percent}%',
  'data.empty': 'Nothing to show yet.',
  'error.title': 'This content could not be shown',
  'error.summary': {
    one: 'One problem was found in the data from {source}:',
    other: '{count} problems were found in the data from {source}:',
  },
  'error.more': { one: '…and one more problem.', other: '…and {count} more problems.' },
  'error.keptPrevious': 'The last valid version is still shown, and nothing you entered has been lost.',
  'error.source.property': 'the page script',
  'error.source.src': 'the linked file',
  'error.source.inline': 'the data pasted into the page',
  'action.retry': 'Try again',
  'form.incomplete': { one: 'One item still needs an answer.', other: '{count} items still need an answer.' },
  // <sel-rubric>
  'rubric.label': 'Rubric: {title}',
  'rubric.focusArea': 'Focus area {number}: {title}',
  'rubric.fullImplementation': 'Full implementation:',
  'rubric.level': 'Level {value}: {label}',
  'rubric.chosen': 'Chosen',
  'rubric.notRated': 'Not rated yet',
  'rubric.evidence': 'Evidence for this rating',
  'rubric.evidence.hint': 'Notes or links that show where this stands.',
  'rubric.evidence.pending': 'Choose a level to save this note with the rating.',
  'rubric.evidence.none': 'No evidence noted.',
  'rubric.summary.overall': 'Whole rubric',
  'rubric.summary.rated': '{rated} of {total} indicators rated',
  'rubric.summary.average': 'Average level {mean}: {label}',
  'rubric.summary.noRatings': 'No ratings yet',
  'rubric.stage': 'Readiness stage: {stage}',
  'rubric.stage.initiating': 'Initiating',
  'rubric.stage.improving': 'Improving',
  'rubric.stage.innovating': 'Innovating',
  'rubric.stage.notEnough': 'Readiness stage: not enough ratings yet (rate at least half of the indicators)',
  'rubric.previous.badge': 'Last time',
  'rubric.previous.rating': 'Last time ({date}): level {value}, {label}',
  'rubric.previous.unrated': 'Last time ({date}): not rated',
  'rubric.growth.up': { one: 'Up one level since then.', other: 'Up {count} levels since then.' },
  'rubric.growth.down': { one: 'Down one level since then.', other: 'Down {count} levels since then.' },
  'rubric.growth.same': 'Same level as then.',
  'rubric.growth.average': 'Average level on {date}: {before}; now: {after}',
  'rubric.growth.counts': 'Since then: {improved} improved, {declined} declined, {unchanged} unchanged',
  'rubric.announce': '{area}: {rated} of {total} rated. {overallRated} of {overallTotal} rated in the whole rubric.',
  'rubric.drawing': 'Showing {shown} of {count} indicators',
  'rubric.drawn': 'Showing all {count} indicators',

  // <sel-milestone-timeline>
  'timeline.heading': 'Timeline of {name}',
  'timeline.charter': 'Charter from {start} to {end}. Current phase: {phase}.',
  'timeline.today': 'Today is {date}.',
  'timeline.todayMarker': 'Today',
  'timeline.todayInvalid':
    'The date given for today, "{value}", is not a real date written as YYYY-MM-DD, so your computer’s date is used instead.',
  'timeline.summary': {
    one: 'One milestone: {done} done, {overdue} overdue, {atRisk} at risk, {upcoming} upcoming.',
    other: '{count} milestones: {done} done, {overdue} overdue, {atRisk} at risk, {upcoming} upcoming.',
  },
  'timeline.milestones': 'Milestones',
  'timeline.instructions':
    'Use the arrow keys to move between milestones, and Home or End to jump to the first or last. The details of the milestone in focus are shown below it.',
  'timeline.empty': 'This community has no milestones yet.',
  'timeline.legend': 'Key',
  'timeline.semesters': 'Semesters are shaded.',
  'timeline.state.done': 'Done',
  'timeline.state.overdue': 'Overdue',
  'timeline.state.at-risk': 'At risk',
  'timeline.state.upcoming': 'Upcoming',
  'timeline.phase.detailed-design': 'Detailed design',
  'timeline.phase.launch': 'Launch',
  'timeline.phase.scale-and-improve': 'Scale and improve',
  'timeline.phase.replan': 'Replan',
  'timeline.phase.leadership-transition': 'Leadership transition',
  'timeline.semester.fall-semester': 'Fall {year}',
  'timeline.semester.spring-semester': 'Spring {year}',
  'timeline.due': 'due {date}',
  'timeline.detail.phase': 'Phase',
  'timeline.detail.window': 'Dates',
  'timeline.detail.windowRange': 'from {start} to {due}',
  'timeline.detail.status': 'Status',
  'timeline.detail.semester': 'Semester',
  'timeline.detail.owner': 'Owner',
  'timeline.detail.completed': 'Completed on {date}',
  'timeline.detail.dueToday': 'Due today',
  'timeline.detail.dueIn': { one: 'Due tomorrow', other: 'Due in {count} days' },
  'timeline.detail.overdueBy': { one: 'One day past its due date', other: '{count} days past its due date' },
  'timeline.detail.exitCriterion': 'It must be done before the community can leave this phase.',
  'timeline.status.planned': 'Planned',
  'timeline.status.in-progress': 'In progress',
  'timeline.status.done': 'Done',
  'timeline.drawing': 'Showing {shown} of {count} milestones',
  'timeline.drawn': 'Showing all {count} milestones',
  // <sel-partner-card-sort>
  'cardsort.label': 'Partner card sort',
  'cardsort.instructions':
    'To move a partner with the keyboard, focus its card and press Space to pick it up. Use the arrow keys to move it between tiers and up or down, then press Space to drop it or Escape to cancel. The "Move to" button on each card does the same without dragging.',
  'cardsort.tier.unsorted': 'Unsorted',
  'cardsort.tier.clearly-supports': 'Clearly supports SEL',
  'cardsort.tier.could-support': 'Could support SEL',
  'cardsort.tier.no-apparent-connection': 'No apparent connection to SEL',
  'cardsort.column.count': { one: 'One partner', other: '{count} partners' },
  'cardsort.column.empty': 'No partners here yet.',
  'cardsort.progress': { one: '{sorted} of one partner sorted', other: '{sorted} of {count} partners sorted' },
  'cardsort.drawing': 'Showing {shown} of {count} partner cards',
  'cardsort.drawn': 'Showing all {count} partner cards',
  'cardsort.card.move': 'Move {name}',
  'cardsort.card.contact': 'Contact: {name}',
  'cardsort.card.noContact': 'No contact listed',
  'cardsort.card.details': 'Details',
  'cardsort.card.detailsLabel': 'Details for {name}',
  'cardsort.card.moveTo': 'Move to…',
  'cardsort.card.moveToLabel': 'Move to… ({name})',
  'cardsort.menu.label': 'Move {name} to',
  'cardsort.undo': 'Undo',
  'cardsort.redo': 'Redo',
  'cardsort.readonly': 'This card sort is read-only.',
  'cardsort.announce.lifted':
    'Picked up {name}, in {tier}, position {position} of {total}. Use the arrow keys to move it, Space to drop it, Escape to cancel.',
  'cardsort.announce.grabbed': 'Picked up {name}, in {tier}, position {position} of {total}.',
  'cardsort.announce.over-tier': '{name} is over {tier}.',
  'cardsort.announce.over': '{name}: {tier}, position {position} of {total}.',
  'cardsort.announce.dropped': '{name} dropped in {tier}, position {position} of {total}.',
  'cardsort.announce.moved': '{name} moved from {from} to {tier}, position {position} of {total}.',
  'cardsort.announce.unchanged': '{name} stays in {tier}, position {position} of {total}.',
  'cardsort.announce.cancelled': 'Move cancelled. {name} is back in {tier}, position {position} of {total}.',
  'cardsort.announce.undone': 'Undone: {name} is back in {tier}, position {position} of {total}.',
  'cardsort.announce.redone': 'Redone: {name} moved to {tier}, position {position} of {total}.',
  'cardsort.announce.nothingToUndo': 'Nothing to undo.',
  'cardsort.announce.nothingToRedo': 'Nothing to redo.',
  'cardsort.details.close': 'Close',
  'cardsort.details.notRecorded': 'Not recorded',
  'cardsort.details.years': { one: 'One year', other: '{count} years' },
  'cardsort.field.kind': 'Kind of partner',
  'cardsort.field.tier': 'Tier',
  'cardsort.field.mission': 'Mission',
  'cardsort.field.outcomeGoals': 'Outcome goals',
  'cardsort.field.partnerContact': 'Partner point of contact',
  'cardsort.field.schoolContact': 'School point of contact',
  'cardsort.field.schedule': 'Schedule',
  'cardsort.field.duration': 'Duration',
  'cardsort.field.location': 'Location',
  'cardsort.field.targetAudience': 'Target audience',
  'cardsort.field.notes': 'Notes',
  'cardsort.field.history': 'History of the partnership',
  'cardsort.field.years': 'Years of partnership',
  'cardsort.field.fundingSource': 'Funding source',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of the message catalog. */
export type SelMessageKey = keyof typeof en;

/** A complete catalog for one language. */
export type SelCatalog = { readonly [K in SelMessageKey]: SelMessage };

/** Single strings an app replaces through an element's `strings` property. */
export type SelStringOverrides = Partial<SelCatalog>;
