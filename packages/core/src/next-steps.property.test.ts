import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkWeakestIndicatorsOptions, weakestIndicatorsOptionsSchema } from './next-steps.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';
import { safeParseWith } from './zod-parse.js';

describe('checkWeakestIndicatorsOptions', () => {
  it('gives the same verdict, value and issues as the schema', () => {
    const options = {
      limit: 3,
      includeUnrated: true,
      includeHighest: false,
      priorityFirst: true,
      extra: 'a key the schema does not know',
    };
    fc.assert(
      fc.property(brokenDocuments({ options }), ({ input, describe: what }) => {
        const given = (input as { options?: unknown }).options;
        expectSameReading(
          checkWeakestIndicatorsOptions(given),
          safeParseWith(weakestIndicatorsOptionsSchema, given, 'options'),
          what,
        );
      }),
      { numRuns: 800 },
    );
  }, 60_000);

  it('agrees with the schema on limits of every kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-(2 ** 60), 2 ** 60, -0, '3', null)), (limit) => {
        expectSameReading(
          checkWeakestIndicatorsOptions({ limit }),
          safeParseWith(weakestIndicatorsOptionsSchema, { limit }, 'options'),
          String(limit),
        );
      }),
    );
  });
});
