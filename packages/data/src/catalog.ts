import { resources } from './resources.js';
import { tagVocabulary } from './tags.js';

/** The whole canonical catalog: the tag vocabulary and every resource (valid for `catalogSchema`). */
export const catalog = { tags: tagVocabulary, resources } as const;
