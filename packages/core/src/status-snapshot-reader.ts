import type { Community } from './community.js';
import { readCommunity } from './community-reader.js';
import { readIsoDate } from './date-reader.js';
import type { IssuePath, ParseResult } from './errors.js';
import { readLanguageTag } from './language-tag-reader.js';
import { PlainReading, readBoolean, readFields, readList, readString, type Read } from './plain-reader.js';
import { repeatsOf } from './repeats.js';
import type { StatusSnapshot } from './status-snapshot.js';

// A status snapshot read in plain code: what `statusSnapshotSchema` gives (value, verdict, issues
// and their messages) without zod, for a page that shows a status map.
// status-snapshot-reader.property.test.ts holds the two together.

/** A list of communities with unique ids (`communityListSchema`). */
export const readCommunityList: Read<Community[]> = (reading, input, path) => {
  const mark = reading.mark;
  const communities = readList(reading, input, path, readCommunity);
  if (reading.stopped(mark)) return communities;
  // Not destructured: the minified loop is shorter this way, and it ships in the status map's chunk.
  for (const repeat of repeatsOf(communities, (community) => community.id)) {
    reading.add(
      [...path, repeat.index, 'id'],
      'custom',
      `Expected a unique community id, but "${repeat.key}" is already used at index ${repeat.first}`,
      true,
    );
  }
  return communities;
};

const readTitle: Read<string> = (reading, input, path) => readString(reading, input, path, 'Expected a title as text');
const readSource: Read<string> = (reading, input, path) =>
  readString(reading, input, path, 'Expected the source as text');
const readIllustrative = /* @__PURE__ */ readBoolean('Expected illustrative to be true or false');

/**
 * Reads a status snapshot without throwing, as `safeParseWith(statusSnapshotSchema, input,
 * 'status snapshot')` does (the same value, or the same issues with the same messages), in plain
 * code, its issues under `path`.
 */
export function checkStatusSnapshotShape(input: unknown, path: IssuePath = []): ParseResult<StatusSnapshot> {
  const reading = new PlainReading();
  const snapshot = readFields(reading, input, path, [
    ['asOf', readIsoDate],
    ['title', readTitle, true],
    ['source', readSource, true],
    ['lang', readLanguageTag, true],
    ['illustrative', readIllustrative, true],
    ['communities', readCommunityList],
  ]) as StatusSnapshot;
  return reading.result('status snapshot', snapshot);
}
