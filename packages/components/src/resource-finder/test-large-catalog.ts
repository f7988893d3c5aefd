import { RESOURCE_KINDS, type Resource } from '@sel/core';
import { tagVocabulary } from '@sel/data';
import type { FinderCatalog } from './sel-resource-finder.js';

const WORDS = ['equity', 'equidad', 'district', 'distrito', 'planning', 'colaboración', 'partners', 'líderes'];

/** A valid catalog of `size` made-up resources, the same on every call: for scale tests of the finder. */
export function largeCatalog(size: number): FinderCatalog {
  const slugs = tagVocabulary.map((tag) => tag.slug);
  const resources = Array.from({ length: size }, (_, i): Resource => ({
    id: `resource-${i}`,
    title: `${WORDS[i % WORDS.length] ?? ''} ${WORDS[(i * 7) % 5] ?? ''} resource ${i}`,
    source: `Source organisation ${i % 60}`,
    kind: RESOURCE_KINDS[i % RESOURCE_KINDS.length] ?? 'report',
    focusAreas: [((i % 4) + 1) as 1 | 2 | 3 | 4],
    tags: [slugs[i % slugs.length] ?? 'equity'],
    audience: ['district-sel-team'],
    origin: i % 3 === 0 ? 'district-artifact' : 'learn-more',
    ...(i % 3 === 0 ? { district: `District ${i % 40}` } : {}),
    summary: { en: `Summary ${i} about ${WORDS[(i * 3) % WORDS.length] ?? ''}.` },
  }));
  return { tags: tagVocabulary, resources };
}
