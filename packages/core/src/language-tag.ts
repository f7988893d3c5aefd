/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag`, or a private-use tag), any letter case:
 * a language (`en`, `es`, `zh-yue`), then an optional script (`Latn`), region (`MX`, `419`),
 * variants, extensions and a private-use part. The tags of the IANA registry are not looked up:
 * `lang` attributes take any well-formed tag, and so does data.
 */
export const LANGUAGE_TAG_PATTERN =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

/** The longest tag read; a real one is far shorter (the RFC asks systems to take 35 characters). */
const MAX_LANGUAGE_TAG_LENGTH = 100;

export const LANGUAGE_TAG_MESSAGE = 'Expected a BCP 47 language tag, e.g. "en" or "es-MX"';

/** Whether `text` is a well-formed BCP 47 language tag ({@link LANGUAGE_TAG_PATTERN}). */
export function isLanguageTag(text: string): boolean {
  return text.length <= MAX_LANGUAGE_TAG_LENGTH && LANGUAGE_TAG_PATTERN.test(text);
}

/** The primary language of a tag, lowercase: `es-MX` -> `es`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-', 1)[0]?.toLowerCase() ?? '';
}
