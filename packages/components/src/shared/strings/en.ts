import type { SelMessage, SelStrings } from './message.js';

export type { SelMessage } from './message.js';

/**
 * The English strings every element shares: data states, errors, forms, the words of the domain
 * that several elements show (catalog resources, phases, stages, tiers), and the groups of
 * elements that do not keep their strings beside them yet. The rubric, timeline, card sort, status
 * map, assessment report, resource finder, action plan, partner inventory and touchpoints keep
 * theirs beside them
 * (`rubric/rubric-strings.ts`, ...), so a page loads the strings of the elements it shows; every
 * other language must have the same keys (the tests check).
 */
export const en = {
  // Shared by every data-driven element.
  'data.loading': 'Loading…',
  'data.reading': 'Reading the data: {percent}%',
  'data.checking': 'Checking the data…',
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
  'form.required': 'Please give an answer here.',
  'form.incomplete': { one: 'One item still needs an answer.', other: '{count} items still need an answer.' },

  // Catalog resources, wherever an element lists them (the assessment report and the resource finder).
  'resource.source': 'Source: {source}',
  'resource.kind.report': 'Report',
  'resource.kind.tool': 'Tool',
  'resource.kind.org-chart': 'Organizational chart',
  'resource.kind.brochure': 'Brochure',
  'resource.kind.presentation': 'Presentation',
  'resource.kind.menu-of-supports': 'Menu of supports',
  'resource.kind.guide': 'Guide',
  'resource.kind.video': 'Video recording',
  'resource.kind.webinar': 'Webinar',
  'resource.kind.web-page': 'Web page',
  'resource.kind.learning-community': 'Learning community',
  'resource.kind.event': 'Event',
  // Words of the domain that several elements show: lifecycle phases, readiness stages, partner tiers and inventory fields.
  'rubric.stage.initiating': 'Initiating',
  'rubric.stage.improving': 'Improving',
  'rubric.stage.innovating': 'Innovating',
  'timeline.phase.detailed-design': 'Detailed design',
  'timeline.phase.launch': 'Launch',
  'timeline.phase.scale-and-improve': 'Scale and improve',
  'timeline.phase.replan': 'Replan',
  'timeline.phase.leadership-transition': 'Leadership transition',
  'cardsort.tier.unsorted': 'Unsorted',
  'cardsort.tier.clearly-supports': 'Clearly supports SEL',
  'cardsort.tier.could-support': 'Could support SEL',
  'cardsort.tier.no-apparent-connection': 'No apparent connection to SEL',
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

/** A key of the shared strings. */
export type SharedMessageKey = keyof typeof en;

/** The shared strings: English here, Spanish loaded the first time an element speaks it. */
export const sharedStrings: SelStrings<SharedMessageKey> = {
  en,
  es: () => import('./es.js').then((module) => module.es),
};
