import { describe, expect, it } from 'vitest';
import {
  checkCardSortAssignments,
  MAX_CARD_SORT_PARTNERS,
  parseCardSortAssignments,
  parseCardSortTiers,
  parsePartnerCardSortData,
  parsePartnerCardSortDataInSteps,
} from './card-sort-data.js';
import type { ParseResult } from './errors.js';
import type { Partner } from './partner.js';

const partners: Partner[] = [
  { id: 'ymca', name: 'YMCA North Branch', kind: 'out-of-school-time' },
  { id: 'library', name: 'Riverbend Library', kind: 'community-nonprofit' },
  { id: '__proto__', name: 'A partner whose id is __proto__', kind: 'other' },
];

function issuesOf(result: ParseResult<unknown>): { path: readonly PropertyKey[]; code: string | undefined }[] {
  if (result.ok) throw new Error('expected a problem');
  return result.error.issues.map((issue) => ({ path: issue.path, code: issue.code }));
}

function finish<T>(steps: Generator<void, T, void>): { result: T; steps: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, steps: count };
    count += 1;
  }
}

describe('parsePartnerCardSortData', () => {
  it('reads an inventory alone as the partners of a sort with no starting tiers', () => {
    expect(parsePartnerCardSortData(partners)).toEqual({ ok: true, value: { partners } });
  });

  it('reads an inventory with starting tiers, keeping a partner called __proto__ as data', () => {
    const raw: unknown = JSON.parse(
      '{"partners":' +
        JSON.stringify(partners) +
        ',"assignments":{"ymca":"clearly-supports","__proto__":"could-support"}}',
    );
    const result = parsePartnerCardSortData(raw);
    if (!result.ok) throw result.error;
    expect(Object.entries(result.value.assignments ?? {})).toEqual([
      ['ymca', 'clearly-supports'],
      ['__proto__', 'could-support'],
    ]);
    expect(Object.getPrototypeOf(result.value.assignments)).toBe(Object.prototype);
  });

  it('reports a starting tier that is not a tier, and one for a partner not in the inventory, at its path', () => {
    expect(issuesOf(parsePartnerCardSortData({ partners, assignments: { ymca: 'maybe' } }))).toEqual([
      { path: ['assignments', 'ymca'], code: 'invalid_value' },
    ]);
    expect(issuesOf(parsePartnerCardSortData({ partners, assignments: { gone: 'unsorted' } }))).toEqual([
      { path: ['assignments', 'gone'], code: 'unknown-partner' },
    ]);
  });

  it('reports a broken partner at its path, in an array and in an object', () => {
    const broken = [partners[0], { id: 'x', kind: 'community-nonprofit' }];
    const paths = (raw: unknown) => issuesOf(parsePartnerCardSortData(raw)).map((issue) => issue.path);
    expect(paths(broken)).toEqual([[1, 'name']]);
    expect(paths({ partners: broken })).toEqual([['partners', 1, 'name']]);
  });

  it('refuses more partners than one sort takes before validating any of them', () => {
    const many = Array.from({ length: MAX_CARD_SORT_PARTNERS + 1 }, () => ({ not: 'a partner' }));
    expect(issuesOf(parsePartnerCardSortData(many))).toEqual([{ path: [], code: 'too-many-partners' }]);
    const { result, steps } = finish(parsePartnerCardSortDataInSteps({ partners: many }));
    expect(steps).toBe(0);
    expect(issuesOf(result)).toEqual([{ path: ['partners'], code: 'too-many-partners' }]);
  });

  it('gives the same verdict in steps, a partner at a time', () => {
    const raw = { partners, assignments: { library: 'no-apparent-connection' } };
    const { result, steps } = finish(parsePartnerCardSortDataInSteps(raw));
    expect(result).toEqual(parsePartnerCardSortData(raw));
    expect(steps).toBeGreaterThanOrEqual(partners.length - 1);
  });
});

describe('parseCardSortAssignments', () => {
  const ids = partners.map((partner) => partner.id);

  it('reads starting tiers from an object or from JSON text', () => {
    expect(parseCardSortAssignments({ ymca: 'could-support' }, ids)).toEqual({
      ok: true,
      value: { ymca: 'could-support' },
    });
    expect(parseCardSortAssignments('{"library":"clearly-supports"}', ids)).toEqual({
      ok: true,
      value: { library: 'clearly-supports' },
    });
  });

  it('says where text is not JSON, a partner is unknown or a tier is not one', () => {
    expect(issuesOf(parseCardSortAssignments('{ymca', ids))).toEqual([{ path: ['assignments'], code: 'invalid-json' }]);
    expect(issuesOf(parseCardSortAssignments({ nobody: 'unsorted' }, ids))).toEqual([
      { path: ['assignments', 'nobody'], code: 'unknown-partner' },
    ]);
    expect(issuesOf(parseCardSortAssignments({ ymca: 'top' }, ids))[0]?.path).toEqual(['assignments', 'ymca']);
  });
});

describe('parseCardSortTiers', () => {
  const ids = partners.map((partner) => partner.id);

  it('reads tiers by partner id, and reports each problem at its partner, under a prefix', () => {
    expect(parseCardSortTiers({ ymca: 'could-support' }, ids)).toEqual({
      ok: true,
      value: { ymca: 'could-support' },
    });
    expect(issuesOf(parseCardSortTiers({ ghost: 'unsorted' }, ids))).toEqual([
      { path: ['ghost'], code: 'unknown-partner' },
    ]);
    expect(issuesOf(parseCardSortTiers({ ymca: 'top' }, ids, 'value', ['value']))[0]?.path).toEqual(['value', 'ymca']);
    expect(issuesOf(parseCardSortTiers('{}', ids))[0]?.path).toEqual([]);
  });
});

describe('checkCardSortAssignments', () => {
  it('finds nothing wrong with tiers for listed partners', () => {
    expect(checkCardSortAssignments(['ymca', 'library'], { ymca: 'unsorted' })).toEqual([]);
  });

  it('reports a repeated partner id and a tier for a partner not listed', () => {
    const issues = checkCardSortAssignments(['ymca', 'ymca'], { library: 'could-support' });
    expect(issues.map((issue) => issue.code)).toEqual(['duplicate-partner', 'unknown-partner']);
  });
});
