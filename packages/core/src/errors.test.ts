import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatPath, SelValidationError } from './errors.js';
import { parseWith, safeParseWith } from './zod-parse.js';

describe('formatPath', () => {
  it('writes keys and indexes like an accessor', () => {
    expect(formatPath(['focusAreas', 0, 'practices', 2, 'id'])).toBe('focusAreas[0].practices[2].id');
  });
  it('quotes keys that are not identifiers and names the root', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['rows', 3, 'Partner name'])).toBe('rows[3]["Partner name"]');
  });
});

describe('parseWith', () => {
  const schema = z.object({ name: z.string(), levels: z.array(z.object({ score: z.number() })) });

  it('returns the parsed value when it is valid', () => {
    expect(parseWith(schema, { name: 'a', levels: [{ score: 1 }] }, 'rubric')).toEqual({
      name: 'a',
      levels: [{ score: 1 }],
    });
  });

  it('throws an error naming every bad path and what was expected', () => {
    let caught: unknown;
    try {
      parseWith(schema, { name: 3, levels: [{ score: 'x' }] }, 'rubric');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SelValidationError);
    const error = caught as SelValidationError;
    expect(error.subject).toBe('rubric');
    expect(error.issues.map((i) => i.path)).toEqual([['name'], ['levels', 0, 'score']]);
    expect(error.message).toContain('name: Invalid input: expected string, received number');
    expect(error.message).toContain('levels[0].score: Invalid input: expected number, received string');
  });

  it('safeParseWith never throws, even for undefined input', () => {
    const result = safeParseWith(schema, undefined, 'rubric');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual([]);
  });
});
