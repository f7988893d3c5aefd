import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMilestoneStateOptions, milestoneStateOptionsSchema } from './milestone.js';
import { checkStatusSnapshot, safeParseStatusSnapshot } from './status-report.js';
import { checkStatusSnapshotShape } from './status-snapshot-reader.js';
import { statusSnapshotSchema } from './status-snapshot.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { safeParseWith } from './zod-parse.js';

/** A snapshot with every optional field of the schema, and a key it does not know. */
const snapshot = {
  asOf: '2026-11-30',
  title: 'Network status, November',
  source: 'CASEL',
  lang: 'en',
  illustrative: true,
  publishedBy: 'a key the schema does not know',
  communities: [
    {
      id: 'il',
      name: ' Illinois SEL learning community ',
      scope: { kind: 'state', state: 'IL' },
      readiness: 'improving',
      charter: { start: '2024-02-29', end: '2029-02-28' },
      phase: 'launch',
      leadershipTeam: [{ name: 'Ana Ruiz', role: 'Director' }],
      committees: ['advisory'],
      members: [{ kind: 'partner', name: 'Prairie Youth Works' }],
      districts: [{ id: 'il-1', name: 'Prairie Ridge Public Schools', students: 24_000 }],
      milestones: [
        { id: 'blueprint', title: 'Blueprint', phase: 'detailed-design', due: '2024-09-30', status: 'done' },
      ],
      history: [{ from: 'detailed-design', to: 'launch', on: '2024-10-01' }],
    },
    {
      id: 'national',
      name: 'National SEL learning community',
      scope: { kind: 'national' },
      readiness: 'innovating',
      charter: { start: '2023-07-01', end: '2028-06-30' },
      phase: 'scale-and-improve',
      leadershipTeam: [],
      committees: [],
      members: [],
      districts: [{ id: 'wa-9', name: 'Cascade Unified', state: 'WA', students: 51_200 }],
      milestones: [],
    },
  ],
};

describe('checkStatusSnapshot', () => {
  it('gives the same snapshot and report as safeParseStatusSnapshot for a valid snapshot', () => {
    const read = checkStatusSnapshot(snapshot);
    expect(read.ok).toBe(true);
    expectSameReading(read, safeParseStatusSnapshot(snapshot), 'valid');
  });

  it('reads the shape as the schema does: verdict, value and issues (paths, codes, messages, order)', () => {
    fc.assert(
      fc.property(brokenDocuments(snapshot), ({ input, describe: what }) => {
        expectSameReading(
          checkStatusSnapshotShape(input),
          safeParseWith(statusSnapshotSchema, input, 'status snapshot'),
          what,
        );
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('gives what safeParseStatusSnapshot gives, report included', () => {
    fc.assert(
      fc.property(brokenDocuments(snapshot), ({ input, describe: what }) => {
        expectSameReading(checkStatusSnapshot(input), safeParseStatusSnapshot(input), what);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('checkMilestoneStateOptions', () => {
  it('agrees with milestoneStateOptionsSchema', () => {
    const options = { atRiskDays: 14, atRiskShare: 0.25, extra: 'a key the schema does not know' };
    fc.assert(
      fc.property(brokenDocuments({ options }), ({ input, describe: what }) => {
        const given = (input as { options?: unknown }).options;
        expectSameReading(
          checkMilestoneStateOptions(given),
          safeParseWith(milestoneStateOptionsSchema, given, 'milestone state options'),
          what,
        );
      }),
      { numRuns: 800 },
    );
  }, 60_000);
});
