import * as z from 'zod/mini';
import { isLanguageTag, LANGUAGE_TAG_MESSAGE } from './language-tag.js';

/**
 * The language a document's texts are written in, as a BCP 47 tag (`en`, `es-MX`): an element
 * that speaks another language marks those texts with it, so screen readers read them in the
 * right voice. Optional on the documents that carry it; when left out, no language is assumed.
 */
export const languageTagSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.refine(isLanguageTag, LANGUAGE_TAG_MESSAGE));
