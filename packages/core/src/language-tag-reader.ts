import { isLanguageTag, LANGUAGE_TAG_MESSAGE } from './language-tag.js';
import { readCheckedString, type Read } from './plain-reader.js';

/** A document's language, read in plain code as `languageTagSchema` reads it. */
export const readLanguageTag: Read<string> = /* @__PURE__ */ readCheckedString(
  isLanguageTag,
  'custom',
  LANGUAGE_TAG_MESSAGE,
);
