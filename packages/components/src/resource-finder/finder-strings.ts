import type { SelMessage, SelStrings } from '../shared/strings/message.js';

/** The English strings of `<sel-resource-finder>`; their keys are the ones its `strings` property takes. */
export const finderEn = {
  'finder.heading': 'Find resources',
  'finder.heading.indicators': 'Resources for your weakest indicators',
  'finder.search': 'Search the resources',
  'finder.search.hint': 'Words from titles and summaries, in English or Spanish; capitals and accents do not matter.',
  'finder.filters': 'Filters',
  'finder.chosen': { one: 'one chosen', other: '{count} chosen' },
  'finder.facet.origin': 'District artifacts or resources to learn more',
  'finder.facet.focusArea': 'Focus area',
  'finder.facet.kind': 'Kind of resource',
  'finder.facet.tag': 'Topic',
  'finder.facet.source': 'Source',
  'finder.origin.all': 'Both',
  'finder.origin.district-artifact': 'Artifacts shared by districts',
  'finder.origin.learn-more': 'Resources to learn more',
  'finder.focusArea': 'Focus area {number}: {title}',
  'finder.focusArea.1': 'Build foundational support and plan',
  'finder.focusArea.2': 'Strengthen adult SEL competencies and capacity',
  'finder.focusArea.3': 'Promote SEL for students',
  'finder.focusArea.4': 'Reflect on data for continuous improvement',
  'finder.results': { one: 'One resource', other: '{count} resources' },
  'finder.results.found': { one: 'One resource found.', other: '{count} resources found.' },
  'finder.results.none': 'No resources match.',
  'finder.results.none.hint': 'Try other words, or fewer filters.',
  'finder.clear': 'Clear the search and filters',
  'finder.more': { one: 'Show one more resource', other: 'Show {count} more resources' },
  'finder.resource.focusAreas': { one: 'Focus area {list}', other: 'Focus areas {list}' },
  'finder.resource.district': 'Shared by {district}',
  'finder.resource.tags': 'Topics',
  'finder.resource.helps': 'Helps with: {indicators}',
  'finder.choose': 'Choose',
  'finder.indicators.weakest':
    'Resources that help with the indicators your assessment rated lowest, best match first:',
  'finder.indicators.named': 'Resources that help with these indicators, best match first:',
  'finder.indicators.level': '(rated {level})',
  'finder.indicators.none': 'No indicator needs work: every rated indicator is at the highest level.',
} as const satisfies Readonly<Record<string, SelMessage>>;

/** A key of `<sel-resource-finder>`'s strings. */
export type FinderMessageKey = keyof typeof finderEn;

/** `<sel-resource-finder>`'s strings: English here, Spanish loaded the first time the element speaks it. */
export const finderStrings: SelStrings<FinderMessageKey> = {
  en: finderEn,
  es: () => import('./finder-strings-es.js').then((module) => module.finderEs),
};
