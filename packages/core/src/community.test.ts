import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import {
  communitySchema,
  communityWarnings,
  LEADERSHIP_TEAM_SIZE,
  lifecycleTemplateSchema,
  milestoneSchema,
  milestonesFromTemplate,
  PHASES,
  US_STATE_CODES,
} from './community.js';
import type { Community, LifecycleTemplate } from './community.js';
import { SelValidationError } from './errors.js';
import { safeParseWith } from './zod-parse.js';
import { READINESS_STAGES } from './readiness-stages.js';

function community(overrides: Partial<Community> = {}): Community {
  return {
    id: 'il-lc',
    name: 'Illinois SEL Learning Community',
    scope: { kind: 'state', state: 'IL' },
    readiness: 'improving',
    charter: { start: '2026-07-01', end: '2031-06-30' },
    phase: 'detailed-design',
    leadershipTeam: [
      { name: 'Ana Ruiz', role: 'Director' },
      { name: 'Ben Cho', role: 'Program manager' },
      { name: 'Cy Diallo', role: 'Community manager' },
      { name: 'Dee Park', role: 'Evaluation lead' },
    ],
    committees: ['advisory', 'welcoming', 'best-practices', 'events', 'model-schools'],
    members: [
      { kind: 'consultant', name: 'Eve Stone' },
      { kind: 'district-leader', name: 'Fay Lund' },
    ],
    districts: [
      { id: 'cps', name: 'Chicago Public Schools', state: 'IL', students: 322_000 },
      { id: 'u46', name: 'School District U-46', state: 'IL', students: 35_000 },
    ],
    milestones: [
      {
        id: 'blueprint',
        title: 'Finalize the organizational blueprint',
        phase: 'detailed-design',
        due: '2026-12-15',
        status: 'planned',
        exitCriterion: true,
      },
    ],
    ...overrides,
  };
}

function issuesOf(input: unknown, schema: core.$ZodType = communitySchema) {
  const result = safeParseWith(schema, input, 'input');
  if (result.ok) return [];
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('vocabularies', () => {
  it('lists the five lifecycle phases and three readiness stages in order', () => {
    expect(PHASES).toEqual(['detailed-design', 'launch', 'scale-and-improve', 'replan', 'leadership-transition']);
    expect(READINESS_STAGES).toEqual(['initiating', 'improving', 'innovating']);
  });

  it('knows every state, DC and the territories, each a unique two-letter code', () => {
    expect(new Set(US_STATE_CODES).size).toBe(US_STATE_CODES.length);
    expect(US_STATE_CODES.length).toBe(56);
    for (const code of US_STATE_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('milestoneSchema', () => {
  const milestone = { id: 'm', title: 'Launch', phase: 'launch', due: '2027-03-01', status: 'planned' };

  it('accepts a minimal milestone and trims its text', () => {
    expect(milestoneSchema.safeParse({ ...milestone, title: '  Launch  ' }).data?.title).toBe('Launch');
  });

  it('names the field and what was expected', () => {
    expect(
      issuesOf({ ...milestone, phase: 'launched', due: '2027-02-30', status: 'finished' }, milestoneSchema),
    ).toEqual([
      {
        path: ['phase'],
        message:
          'Expected a lifecycle phase: one of detailed-design, launch, scale-and-improve, replan, leadership-transition',
      },
      { path: ['due'], message: 'Expected a date as YYYY-MM-DD' },
      { path: ['status'], message: 'Expected a milestone status: one of planned, in-progress, done' },
    ]);
    expect(issuesOf({ ...milestone, title: '   ' }, milestoneSchema)).toEqual([
      { path: ['title'], message: 'Expected a milestone title, got an empty string' },
    ]);
  });

  it('refuses a start after the due date and a completion date on an unfinished milestone', () => {
    expect(issuesOf({ ...milestone, start: '2027-03-02', completedOn: '2027-02-27' }, milestoneSchema)).toEqual([
      { path: ['start'], message: 'Expected start on or before the due date 2027-03-01, got 2027-03-02' },
      { path: ['completedOn'], message: 'Expected completedOn only when status is "done", but status is "planned"' },
    ]);
    expect(
      issuesOf({ ...milestone, start: '2027-03-01', status: 'done', completedOn: '2027-02-27' }, milestoneSchema),
    ).toEqual([]);
  });
});

describe('communitySchema', () => {
  it('accepts a complete state community and a national one', () => {
    expect(issuesOf(community())).toEqual([]);
    expect(issuesOf(community({ scope: { kind: 'national' } }))).toEqual([]);
  });

  it('reports nested problems with their full path', () => {
    const bad = {
      ...community(),
      scope: { kind: 'state', state: 'Illinois' },
      readiness: 'scaling',
      districts: [
        { id: 'cps', name: 'Chicago', students: -1 },
        { id: 'x', name: 'X', students: 2.5 },
      ],
      members: [{ kind: 'parent', name: 'Gus' }],
    };
    expect(issuesOf(bad)).toEqual([
      { path: ['scope', 'state'], message: 'Expected a two-letter US state code in capitals, e.g. "IL"' },
      { path: ['readiness'], message: 'Expected a readiness stage: "initiating", "improving" or "innovating"' },
      {
        path: ['members', 0, 'kind'],
        message:
          'Expected a member kind: one of consultant, district-leader, district-staff, school-staff, partner, program-provider',
      },
      { path: ['districts', 0, 'students'], message: 'Expected the number of students to be 0 or more' },
      { path: ['districts', 1, 'students'], message: 'Expected the number of students as a whole number' },
    ]);
  });

  it('explains an unknown scope kind', () => {
    expect(issuesOf({ ...community(), scope: { kind: 'county' } })).toEqual([
      { path: ['scope', 'kind'], message: 'Expected a scope of { kind: "state", state } or { kind: "national" }' },
    ]);
  });

  it('requires the charter to end after it starts', () => {
    const expected = [{ path: ['charter', 'end'], message: 'Expected the charter to end after it starts' }];
    expect(issuesOf(community({ charter: { start: '2026-07-01', end: '2026-07-01' } }))).toEqual(expected);
    expect(issuesOf(community({ charter: { start: '2026-07-01', end: '2025-07-01' } }))).toEqual(expected);
  });

  it('refuses repeated committees, district ids and milestone ids', () => {
    const base = community();
    const [milestone] = base.milestones;
    if (!milestone) throw new Error('fixture has a milestone');
    const bad = community({
      committees: ['advisory', 'events', 'advisory'],
      districts: [...base.districts, { id: 'cps', name: 'Again', students: 1 }],
      milestones: [milestone, { ...milestone, title: 'Copy' }],
    });
    expect(issuesOf(bad)).toEqual([
      { path: ['committees', 2], message: 'Expected a unique committee, but "advisory" is already used at index 0' },
      { path: ['districts', 2, 'id'], message: 'Expected a unique district id, but "cps" is already used at index 0' },
      {
        path: ['milestones', 1, 'id'],
        message: 'Expected a unique milestone id, but "blueprint" is already used at index 0',
      },
    ]);
  });

  it('accepts a history chain that ends in the current phase', () => {
    const history = [
      { from: 'detailed-design', to: 'launch', on: '2027-01-10' },
      { from: 'launch', to: 'scale-and-improve', on: '2027-01-10' },
    ] as const;
    expect(issuesOf(community({ phase: 'scale-and-improve', history: [...history] }))).toEqual([]);
  });

  it('refuses a broken, backwards or dangling history', () => {
    const bad = community({
      phase: 'replan',
      history: [
        { from: 'detailed-design', to: 'launch', on: '2027-01-10' },
        { from: 'scale-and-improve', to: 'launch', on: '2027-01-09' },
      ],
    });
    expect(issuesOf(bad)).toEqual([
      {
        path: ['history', 1, 'from'],
        message: 'Expected "launch", where the move before ended, got "scale-and-improve"',
      },
      {
        path: ['history', 1, 'on'],
        message: 'Expected a date on or after the move before (2027-01-10), got 2027-01-09',
      },
      {
        path: ['history', 1, 'to'],
        message: 'Expected the last move to end in the current phase "replan", got "launch"',
      },
    ]);
  });

  it('reports a missing field as a path, never a TypeError', () => {
    const { milestones: _dropped, ...rest } = community();
    expect(issuesOf(rest)).toEqual([
      { path: ['milestones'], message: 'Invalid input: expected array, received undefined' },
    ]);
    expect(issuesOf(null)[0]?.path).toEqual([]);
  });
});

describe('communityWarnings', () => {
  it('is quiet for a community that follows the blueprint', () => {
    expect(communityWarnings(community())).toEqual([]);
  });

  it('warns when the leadership team is not four people', () => {
    const three = community().leadershipTeam.slice(0, 3);
    expect(LEADERSHIP_TEAM_SIZE).toBe(4);
    expect(communityWarnings(community({ leadershipTeam: three }))).toEqual([
      {
        path: ['leadershipTeam'],
        code: 'leadership-team-size',
        message: 'Expected a leadership team of 4 staff, found 3',
      },
    ]);
  });

  it('warns about a district in another state, but not in a national community', () => {
    const districts = [{ id: 'dps', name: 'Denver Public Schools', state: 'CO' as const, students: 90_000 }];
    expect(communityWarnings(community({ districts }))).toEqual([
      {
        path: ['districts', 0, 'state'],
        code: 'district-outside-scope',
        message: "Expected a district in IL, the community's state, found CO",
      },
    ]);
    expect(communityWarnings(community({ districts, scope: { kind: 'national' } }))).toEqual([]);
  });

  it('throws a validation error for an invalid community', () => {
    expect(() => communityWarnings({ ...community(), phase: 'launched' } as unknown as Community)).toThrow(
      SelValidationError,
    );
  });
});

const template: LifecycleTemplate = {
  id: 'casel-lc',
  title: 'CASEL learning community blueprint',
  phases: [
    {
      id: 'detailed-design',
      title: 'Detailed design',
      exitMilestones: [
        { id: 'platform-proposals', title: 'Proposals from online platform providers', offsetMonths: 2 },
        { id: 'blueprint', title: 'Finalize the blueprint', offsetMonths: 6 },
      ],
    },
    {
      id: 'launch',
      title: 'Launch',
      exitMilestones: [{ id: 'launch-communities', title: 'Launch learning communities', offsetMonths: 7 }],
    },
    {
      id: 'scale-and-improve',
      title: 'Scale and improve',
      exitMilestones: [{ id: 'status-tracker', title: 'National status tracker', offsetMonths: 7 }],
    },
  ],
  committees: ['advisory', 'welcoming'],
  cadences: [{ id: 'network', title: 'Community Network Partners meeting', every: { months: 1 }, durationDays: 1 }],
};

describe('lifecycleTemplateSchema', () => {
  it('accepts a well-formed template', () => {
    expect(issuesOf(template, lifecycleTemplateSchema)).toEqual([]);
  });

  it('refuses phases out of lifecycle order or repeated', () => {
    const [design, launch] = template.phases;
    if (!design || !launch) throw new Error('fixture has phases');
    const result = lifecycleTemplateSchema.safeParse({
      ...template,
      phases: [launch, design, { ...design, exitMilestones: [] }],
    });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['phases', 1, 'id'],
        'Expected phases once each in lifecycle order (detailed-design, launch, scale-and-improve, replan, leadership-transition); "detailed-design" cannot follow "launch"',
      ],
      [
        ['phases', 2, 'id'],
        'Expected phases once each in lifecycle order (detailed-design, launch, scale-and-improve, replan, leadership-transition); "detailed-design" cannot follow "detailed-design"',
      ],
    ]);
  });

  it('refuses repeated milestone ids across phases, repeated cadences and bad numbers', () => {
    const input = {
      ...template,
      phases: template.phases.map((phase, index) =>
        index === 1 ? { ...phase, exitMilestones: [{ id: 'blueprint', title: 'Again', offsetMonths: -1 }] } : phase,
      ),
      cadences: [
        { id: 'network', title: 'A', every: { months: 0 } },
        { id: 'network', title: 'B', every: { weeks: 2 }, durationDays: 1.5 },
      ],
    };
    const result = safeParseWith(lifecycleTemplateSchema, input, 'lifecycle template');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['phases', 1, 'exitMilestones', 0, 'offsetMonths'], 'Expected offsetMonths to be 0 or more'],
      [['cadences', 0, 'every', 'months'], 'Expected months to be 1 or more'],
      [['cadences', 1, 'every'], 'Expected every to be { months } or { years }'],
      [['cadences', 1, 'durationDays'], 'Expected durationDays as a whole number'],
    ]);
    const ids = safeParseWith(
      lifecycleTemplateSchema,
      {
        ...input,
        cadences: [template.cadences[0], template.cadences[0]],
        phases: input.phases.map((p) => ({
          ...p,
          exitMilestones: p.exitMilestones.map((m) => ({ ...m, offsetMonths: 1 })),
        })),
      },
      'lifecycle template',
    );
    expect(ids.ok ? [] : ids.error.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['phases', 1, 'exitMilestones', 0, 'id'],
        'Expected a unique milestone id, but "blueprint" is already used at phases[0].exitMilestones[1]',
      ],
      [['cadences', 1, 'id'], 'Expected a unique cadence id, but "network" is already used at index 0'],
    ]);
  });
});

describe('milestonesFromTemplate', () => {
  it('plans every exit milestone with a due date counted in months from the charter start', () => {
    expect(milestonesFromTemplate(template, '2026-07-01')).toEqual([
      {
        id: 'platform-proposals',
        title: 'Proposals from online platform providers',
        phase: 'detailed-design',
        due: '2026-09-01',
        status: 'planned',
        exitCriterion: true,
      },
      {
        id: 'blueprint',
        title: 'Finalize the blueprint',
        phase: 'detailed-design',
        due: '2027-01-01',
        status: 'planned',
        exitCriterion: true,
      },
      {
        id: 'launch-communities',
        title: 'Launch learning communities',
        phase: 'launch',
        due: '2027-02-01',
        status: 'planned',
        exitCriterion: true,
      },
      {
        id: 'status-tracker',
        title: 'National status tracker',
        phase: 'scale-and-improve',
        due: '2027-02-01',
        status: 'planned',
        exitCriterion: true,
      },
    ]);
  });

  it('keeps a month-end start at month end, leap years included', () => {
    const due = (start: string) => milestonesFromTemplate(template, start).map((m) => m.due);
    expect(due('2027-07-31')).toEqual(['2027-09-30', '2028-01-31', '2028-02-29', '2028-02-29']);
    expect(due('2026-08-31')).toEqual(['2026-10-31', '2027-02-28', '2027-03-31', '2027-03-31']);
  });

  it('produces milestones the community schema accepts', () => {
    const milestones = milestonesFromTemplate(template, '2026-07-01');
    expect(issuesOf(community({ milestones }))).toEqual([]);
  });

  it('rejects a bad template or charter start with a path', () => {
    expect(() => milestonesFromTemplate(template, '2026-7-1')).toThrow(/charter start[\s\S]*YYYY-MM-DD/);
    expect(() =>
      milestonesFromTemplate({ ...template, phases: 'all' } as unknown as LifecycleTemplate, '2026-07-01'),
    ).toThrow(/phases: Invalid input: expected array, received string/);
  });
});
