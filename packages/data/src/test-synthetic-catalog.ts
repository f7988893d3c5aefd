import { RESOURCE_AUDIENCES, RESOURCE_KINDS } from '@sel/core';
import type { FocusAreaNumber, Resource } from '@sel/core';
import { tagVocabulary } from './tags.js';

const WORDS = [
  'equity',
  'equidad',
  'collaboration',
  'colaboración',
  'district',
  'distrito',
  'plan',
  'planning',
  'school',
  'escuela',
  'leaders',
  'líderes',
  'partners',
  'aliados',
  'board',
  'junta',
  'wellness',
  'bienestar',
  'data',
  'datos',
  'learning',
  'aprendizaje',
  'community',
  'comunidad',
  'framework',
  'marco',
  'cabinet',
  'gabinete',
  'trauma',
  'families',
  'familias',
  'budget',
  'presupuesto',
  'chart',
  'organigrama',
  'improvement',
  'mejora',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 'da', 'fe', 'gu', 'ba', 'ço', 'ñi', 'vé', 'zu'];

/** A few thousand made-up words, so that text search is as selective as in a real catalog. */
const FILLER = Array.from({ length: 4096 }, (_, i) =>
  [i & 15, (i >> 4) & 15, (i >> 8) & 15].map((s) => SYLLABLES[s] ?? '').join(''),
);

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic list of `size` resources, valid for `catalogSchema`, for benchmarks and scale tests. */
export function syntheticResources(size: number, seed = 42): Resource[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], most: number): T[] => {
    const chosen = new Set<T>();
    const count = 1 + Math.floor(next() * most);
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };
  // About one word in ten is a real domain word; the rest are filler.
  const sentence = (length: number) =>
    Array.from({ length }, () => (next() < 0.1 ? pick(WORDS) : pick(FILLER))).join(' ');
  const slugs = tagVocabulary.map((tag) => tag.slug);
  const sources = Array.from({ length: 60 }, (_, i) => `Source organisation ${i}`);
  return Array.from({ length: size }, (_, i): Resource => {
    const resource: Resource = {
      id: `resource-${i}`,
      title: `${sentence(6)} ${i}`,
      source: pick(sources),
      kind: pick(RESOURCE_KINDS),
      focusAreas: some<FocusAreaNumber>([1, 2, 3, 4], 2),
      tags: some(slugs, 5),
      audience: some(RESOURCE_AUDIENCES, 3),
      origin: next() < 0.3 ? 'district-artifact' : 'learn-more',
      summary: { en: '', es: '' },
    };
    // A district artifact names the district that shared it (catalogSchema requires it).
    if (resource.origin === 'district-artifact' || next() < 0.3) resource.district = pick(sources);
    resource.summary = { en: sentence(30), es: sentence(30) };
    return resource;
  });
}
