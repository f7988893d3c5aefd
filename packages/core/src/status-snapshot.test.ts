import { describe, expect, it } from 'vitest';
import { safeParseWith } from './zod-parse.js';
import { statusSnapshotSchema } from './status-snapshot.js';
import { communityWith } from './test-communities.js';

describe('statusSnapshotSchema', () => {
  const community = communityWith([]);

  it('accepts a dated list of communities, marked illustrative or not', () => {
    for (const snapshot of [
      { asOf: '2026-11-30', communities: [community] },
      { asOf: '2026-11-30', title: 'Example', source: 'CASEL', illustrative: true, communities: [] },
    ]) {
      expect(safeParseWith(statusSnapshotSchema, snapshot, 'status snapshot').ok).toBe(true);
    }
  });

  it('refuses repeated community ids and a bad date at their paths', () => {
    const result = safeParseWith(
      statusSnapshotSchema,
      { asOf: '30/11/2026', communities: [community, { ...community }] },
      'status snapshot',
    );
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['asOf'],
      ['communities', 1, 'id'],
    ]);
  });
});
