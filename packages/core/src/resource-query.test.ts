import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SelValidationError, type SelIssue } from './errors.js';
import { safeParseWith } from './zod-parse.js';
import { resourceQuerySchema } from './resource.js';
import { FOCUS_AREA_NUMBERS, RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_ORIGINS } from './resource-vocabulary.js';
import { parseResourceQuery } from './resource-query.js';

type Outcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly SelIssue[] };

function byHand(input: unknown): Outcome {
  try {
    return { ok: true, value: parseResourceQuery(input) };
  } catch (error) {
    if (error instanceof SelValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}

function bySchema(input: unknown): Outcome {
  const result = safeParseWith(resourceQuerySchema, input, 'resource query');
  return result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.error.issues };
}

/** Values a query field may hold: good ones of every field, near misses and other types. */
const fieldValue = fc.oneof(
  fc.constantFrom<unknown>(...FOCUS_AREA_NUMBERS, ...RESOURCE_KINDS, ...RESOURCE_AUDIENCES, ...RESOURCE_ORIGINS),
  fc.constantFrom<unknown>(
    'equity',
    'sel-partnerships',
    'Equity',
    '',
    '  ',
    'a--b',
    0,
    5,
    1.5,
    NaN,
    null,
    undefined,
    true,
  ),
  fc.string({ maxLength: 6 }),
  fc.array(fc.constantFrom<unknown>(1, 4, 9, 'guide', 'video', 'families', 'equity', 'Equity', '', 'x', null, 2), {
    maxLength: 4,
  }),
  fc.anything({ maxDepth: 1 }),
);
const fieldName = fc.constantFrom(
  'focusArea',
  'kind',
  'source',
  'origin',
  'audience',
  'tags',
  'anyTags',
  'text',
  'unknownField',
);
const query = fc.oneof(fc.dictionary(fieldName, fieldValue, { maxKeys: 5 }), fc.anything({ maxDepth: 2 }));

describe('parseResourceQuery', () => {
  it('agrees with resourceQuerySchema on every input: the same value, or the same issues', () => {
    fc.assert(
      fc.property(query, (input) => {
        const schema = bySchema(input);
        const hand = byHand(input);
        expect(hand.ok).toBe(schema.ok);
        if (hand.ok && schema.ok) expect(hand.value).toEqual(schema.value);
        if (!hand.ok && !schema.ok) {
          expect(hand.issues.map(({ path, message }) => ({ path, message }))).toEqual(
            schema.issues.map(({ path, message }) => ({ path, message })),
          );
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('names each bad field with the message of the schema', () => {
    const outcome = byHand({ focusArea: [1, 9], origin: 'elsewhere', tags: ['Equity'], text: null });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['focusArea', 'Expected a focus area number (1 to 4), or a list of them'],
      ['origin', 'Expected an origin: district-artifact or learn-more'],
      ['tags.0', expect.stringMatching(/^Expected a slug/)],
      ['text', 'Expected the search text as a string'],
    ]);
  });
});
