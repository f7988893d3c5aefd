import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import {
  createAssessment,
  listIndicators,
  setPracticePriority,
  setRating,
  type Assessment,
  type Rubric,
} from '@sel/core';
import {
  districtFullImplementationRubric,
  districtRubric,
  districtRubricSpanish,
  schoolImplementationStagesRubric,
  schoolPartnershipsRubric,
} from '@sel/data';
import './define.js';
import type { SelRubric } from './sel-rubric.js';

interface RubricArgs {
  rubric: Rubric | undefined;
  assessment: Assessment | undefined;
  previous: Assessment | undefined;
  team: readonly Assessment[] | undefined;
  agreement: string | undefined;
  readonly: boolean;
  required: boolean;
  lang: string;
  width: string;
}

/** An assessment of `rubric` rating the first `count` indicators with `levelOf(position)`. */
function assessmentOf(
  rubric: Rubric,
  fields: { id: string; takenOn: string },
  count: number,
  levelOf: (position: number) => number,
  notes: Readonly<Record<number, string>> = {},
): Assessment {
  let assessment = createAssessment(rubric, { ...fields, takenBy: 'District SEL team' });
  const values = rubric.levels.map((level) => level.value);
  for (const entry of listIndicators(rubric).slice(0, count)) {
    const level = values[Math.min(values.length - 1, Math.max(0, levelOf(entry.position)))] ?? 1;
    const note = notes[entry.position];
    assessment = setRating(
      assessment,
      entry.indicator.id,
      { level, ratedOn: fields.takenOn, ...(note ? { notes: note } : {}) },
      rubric,
    );
  }
  return assessment;
}

const total = listIndicators(districtRubric).length;
const spring = { id: 'district-spring-2026', takenOn: '2026-04-15' };
const fall = { id: 'district-fall-2025', takenOn: '2025-10-20' };
const evidence = {
  0: 'The SEL director joined the cabinet in January and briefs it every month.',
  1: 'The SEL office moved into the Office of Teaching and Learning.',
};

const partlyFilled = assessmentOf(districtRubric, spring, Math.ceil(total / 3), (p) => (p % 3) + 1, evidence);
const complete = assessmentOf(districtRubric, spring, total, (p) => ((p * 7) % 3) + 1, evidence);
const lastFall = assessmentOf(districtRubric, fall, total, (p) => (p * 5) % 2);

/** The district rubric's indicators repeated over 300 rows in ten focus areas. */
function largeRubric(): Rubric {
  const source = listIndicators(districtRubric).map((entry) => entry.indicator);
  return {
    ...districtRubric,
    id: 'district-systemic-sel-large',
    focusAreas: Array.from({ length: 10 }, (_, a) => ({
      id: `area-${a + 1}`,
      number: a + 1,
      title: `Focus area copy ${a + 1}`,
      practices: Array.from({ length: 3 }, (_, p) => ({
        id: `area-${a + 1}-practice-${p + 1}`,
        title: `Practice ${p + 1}`,
        indicators: Array.from({ length: 10 }, (_, i) => {
          const position = a * 30 + p * 10 + i;
          const template = source[position % source.length];
          return {
            id: `indicator-${position + 1}`,
            text: `${position + 1}. ${template?.text ?? 'Indicator'}`,
            descriptors: template?.descriptors ?? districtRubric.levels.map((level) => level.label),
          };
        }),
      })),
    })),
  };
}

const caselSpring = setPracticePriority(
  districtFullImplementationRubric,
  assessmentOf(
    districtFullImplementationRubric,
    spring,
    listIndicators(districtFullImplementationRubric).length - 3,
    (p) => (p * 5) % 4,
    evidence,
  ),
  'organize-district-for-collaboration',
  true,
);

/** The full-implementation rubric's items repeated to 200 rows, as a large district's own rubric might be. */
function largeLabelOnlyRubric(): Rubric {
  const source = listIndicators(districtFullImplementationRubric).map((entry) => entry.indicator);
  return {
    ...districtFullImplementationRubric,
    id: 'district-full-implementation-large',
    focusAreas: Array.from({ length: 4 }, (_, a) => ({
      id: `area-${a + 1}`,
      number: a + 1,
      title: districtFullImplementationRubric.focusAreas[a]?.title ?? `Focus area ${a + 1}`,
      practices: Array.from({ length: 5 }, (_, p) => ({
        id: `area-${a + 1}-practice-${p + 1}`,
        title: `Practice ${a + 1}.${p + 1}`,
        indicators: Array.from({ length: 10 }, (_, i) => {
          const position = a * 50 + p * 10 + i;
          const template = source[position % source.length];
          return {
            id: `item-${position + 1}`,
            text: `${position + 1}. ${template?.text ?? 'Item'}`,
            fullImplementation: template?.fullImplementation ?? '',
          };
        }),
      })),
    })),
  };
}

/** The district's SEL team: who rates on their own before the team meets. */
const districtTeam = [
  { name: 'Ana Morales, SEL director', bias: 0 },
  { name: 'Ben Okafor, assistant superintendent', bias: 1 },
  { name: 'Chloe Nguyen, principal, Lincoln Elementary', bias: -1 },
  { name: 'Daniel Reyes, teachers’ union representative', bias: 0 },
  { name: 'Esther Goldberg, family engagement coordinator', bias: -1 },
];

/**
 * Each member's own assessment of `rubric`, as each exports it from the single-rater form: the
 * level the district stands at on each item, seen a step higher or lower by some, with a few items
 * left unrated by members who could not judge them.
 */
function memberAssessmentsOf(rubric: Rubric, members: readonly { name: string; bias: number }[]): Assessment[] {
  const values = rubric.levels.map((level) => level.value);
  const items = listIndicators(rubric);
  return members.map((member, m) => {
    let assessment = createAssessment(rubric, {
      id: `${rubric.id}-member-${m + 1}`,
      takenBy: member.name,
      takenOn: '2026-03-10',
    });
    for (const entry of items) {
      if ((entry.position + m) % 11 === 10) continue;
      const standing = 1 + ((entry.position * 7) % (values.length - 1));
      const seen = entry.position % 3 === 0 ? standing : standing + ((entry.position + m) % 3 === 0 ? member.bias : 0);
      const level = values[Math.min(values.length - 1, Math.max(0, seen))] ?? 1;
      assessment = setRating(assessment, entry.indicator.id, { level, ratedOn: '2026-03-10' }, rubric);
    }
    return assessment;
  });
}

const caselTeam = memberAssessmentsOf(districtFullImplementationRubric, districtTeam);
/** Thirty members: the district team and the principals of a large district, each rating alone. */
const largeTeam = memberAssessmentsOf(
  districtFullImplementationRubric,
  Array.from({ length: 30 }, (_, i) => districtTeam[i] ?? { name: `Principal, school ${i - 4}`, bias: (i % 3) - 1 }),
);

const meta: Meta<RubricArgs> = {
  title: 'Components/Rubric',
  component: 'sel-rubric',
  args: {
    rubric: districtRubric,
    assessment: undefined,
    previous: undefined,
    team: undefined,
    agreement: undefined,
    readonly: false,
    required: false,
    lang: 'en',
    width: '100%',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    width: { control: 'text' },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-inline-size: ${args.width}">
      <sel-rubric
        name="assessment"
        taken-by="District SEL team"
        .rubric=${args.rubric}
        .assessment=${args.assessment}
        .previous=${args.previous}
        .team=${args.team}
        .agreement=${args.agreement}
        ?readonly=${args.readonly}
        ?required=${args.required}
      ></sel-rubric>
    </div>`,
};
export default meta;

type Story = StoryObj<RubricArgs>;

/** The district rubric from `@sel/data` with nothing rated yet: where a team starts. */
export const Empty: Story = {};

/** A third of the indicators rated, two of them with evidence; the summaries show what is left. */
export const PartlyFilled: Story = { args: { assessment: partlyFilled } };

/** Every indicator rated: the readiness stage appears for each focus area and the whole rubric. */
export const Complete: Story = { args: { assessment: complete } };

/** Last fall's assessment beside this spring's: each row and summary shows the growth. */
export const WithPreviousAssessment: Story = { args: { assessment: complete, previous: lastFall } };

/**
 * The read-only layout, also the one to print for a cabinet meeting (use the browser's print
 * preview): no controls, the chosen level marked in text, evidence printed in full.
 */
export const Readonly: Story = { args: { assessment: complete, previous: lastFall, readonly: true } };

/** A school rubric on a 0-to-3 scale: the element is not tied to one rubric or scale. */
export const SchoolRubric: Story = { args: { rubric: schoolPartnershipsRubric } };

/**
 * A rubric laid out like CASEL's online district rubric: four labelled levels and one statement of
 * what full implementation looks like per item, no descriptors. Each row is a compact scale under
 * the level names, shown once per practice.
 */
export const LevelLabelsOnly: Story = { args: { rubric: districtFullImplementationRubric } };

/** The same rubric rated this spring, with "organize the district" marked as a priority practice. */
export const LevelLabelsOnlyRated: Story = {
  args: { rubric: districtFullImplementationRubric, assessment: caselSpring },
};

/** The compact scale read only, as printed for a cabinet meeting. */
export const LevelLabelsOnlyReadonly: Story = {
  args: { rubric: districtFullImplementationRubric, assessment: caselSpring, readonly: true },
};

/** The compact scale on a 360 px phone: the columns stay under their heads, nothing scrolls sideways. */
export const LevelLabelsOnlyOnAPhone: Story = {
  args: { rubric: districtFullImplementationRubric, assessment: caselSpring, width: '360px' },
};

/**
 * 200 items without descriptors, drawn over a few frames. The accessibility check is off for the
 * reason given at `LargeData`; the browser tests run axe on the compact scale.
 */
export const LevelLabelsOnlyLarge: Story = {
  args: { rubric: largeLabelOnlyRubric() },
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.renderComplete;
    await expect(el?.shadowRoot?.querySelectorAll('fieldset.compact')).toHaveLength(200);
  },
};

/** A school rubric on five stages whose items carry descriptors, a statement, or both. */
export const FiveStageSchoolRubric: Story = { args: { rubric: schoolImplementationStagesRubric } };

/** Invalid data: the alert names every problem by its path, and `sel-error` carries the issues. */
export const InvalidData: Story = {
  args: {
    rubric: {
      ...districtRubric,
      levels: districtRubric.levels.slice(0, 2),
      focusAreas: [{ ...districtRubric.focusAreas[0], id: 'Focus Area One' }],
    } as unknown as Rubric,
  },
};

/** An assessment of another rubric version is refused, and the ratings on screen stay. */
export const AssessmentOfAnotherVersion: Story = {
  args: { assessment: { ...partlyFilled, rubricVersion: '0.1.0' } },
};

/**
 * The interface in Spanish with the rubric as written (in English): each of the rubric's texts is
 * marked `lang="en"`, so screen readers read it in an English voice.
 */
export const Spanish: Story = { args: { lang: 'es', assessment: partlyFilled, previous: lastFall } };

/** The district rubric with its Spanish translation from `@sel/data`, on a Spanish page: all in Spanish. */
export const SpanishTranslation: Story = {
  args: {
    lang: 'es',
    rubric: { ...districtRubric, translations: { es: districtRubricSpanish } },
    assessment: partlyFilled,
    previous: lastFall,
  },
};

/**
 * A translation that gives only some texts (the title, the first focus area and practice, one
 * indicator): the rest stays in English, marked `lang="en"`.
 */
export const PartlyTranslated: Story = {
  args: {
    lang: 'es',
    rubric: {
      ...districtRubric,
      translations: {
        es: {
          title: districtRubricSpanish.title,
          focusAreas: {
            'build-foundational-support-and-plan': {
              ...districtRubricSpanish.focusAreas?.['build-foundational-support-and-plan'],
            },
          },
          practices: {
            'organize-district-for-collaboration': {
              ...districtRubricSpanish.practices?.['organize-district-for-collaboration'],
            },
          },
          indicators: {
            'sel-lead-cabinet-influence': { ...districtRubricSpanish.indicators?.['sel-lead-cabinet-influence'] },
          },
        },
      },
    },
    assessment: partlyFilled,
  },
};

/** Translations that name an indicator the rubric does not have: the error state gives the path. */
export const BadTranslation: Story = {
  args: {
    lang: 'es',
    rubric: { ...districtRubric, translations: { es: { indicators: { 'no-such-indicator': { text: 'Ninguno' } } } } },
  },
};

/**
 * 300 indicators in ten focus areas, drawn over a few frames (the first rows at once, the page
 * free in between). The story's accessibility check is off here: axe-core takes minutes over
 * thousands of controls in one shadow root, and every row is the template the other stories
 * check; the browser tests run axe on a rubric while it is drawn and once it is complete.
 */
export const LargeData: Story = {
  args: { rubric: largeRubric() },
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.renderComplete;
    await expect(el?.shadowRoot?.querySelectorAll('fieldset.indicator')).toHaveLength(300);
  },
};

/** A phone-sized column: the levels of each indicator stack instead of scrolling sideways. */
export const NarrowViewport: Story = { args: { assessment: partlyFilled, previous: lastFall, width: '320px' } };

/** `required`: a form will not submit until every indicator is rated. */
export const RequiredInAForm: Story = {
  args: { assessment: partlyFilled, required: true },
  render: (args) =>
    html`<form
      lang=${args.lang}
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
      }}
    >
      <sel-rubric
        name="assessment"
        .rubric=${args.rubric}
        .assessment=${args.assessment}
        ?required=${args.required}
      ></sel-rubric>
      <button type="submit">Save the assessment</button>
      <button type="reset">Start over</button>
    </form>`,
};

/**
 * Team mode: five members of the district team rated CASEL's rubric on their own; the team meets
 * to agree. Each row says whether the ratings agree and counts them per level; "Reveal names" shows
 * who chose what; "Only where we disagree" lists the items to talk through, most disagreement
 * first. The agreed level and discussion note of each item make the agreed assessment, the
 * element's value. The members list (open it) has "Remove" for each member.
 */
export const TeamMode: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.updateComplete;
    await expect(el?.shadowRoot?.querySelectorAll('.team-row')).toHaveLength(
      listIndicators(districtFullImplementationRubric).length,
    );
  },
};

/** The team's meeting half way: some levels agreed with notes, a priority practice marked, every rating revealed. */
export const TeamModeAgreeing: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam, assessment: caselSpring },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[data-reveal-all]')?.click();
    await el?.updateComplete;
    await expect(el?.shadowRoot?.querySelectorAll('.spread').length).toBeGreaterThan(0);
  },
};

/** Before the meeting: no members yet. The facilitator chooses or drops the members' exported files. */
export const TeamModeNoMembersYet: Story = { args: { rubric: districtFullImplementationRubric, team: [] } };

/** Thirty raters (the district team and the principals), every spread revealed. */
export const TeamModeThirtyMembers: Story = {
  args: { rubric: districtFullImplementationRubric, team: largeTeam },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[data-reveal-all]')?.click();
    await el?.updateComplete;
  },
};

/** The agreed assessment read only, every spread shown, as printed for the minutes. */
export const TeamModeReadonly: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam, assessment: caselSpring, readonly: true },
};

/** Team mode in Spanish. */
export const TeamModeSpanish: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam, lang: 'es' },
};

/** Team mode where ratings one level apart count as agreeing (`agreement="within-one"`). */
export const TeamModeWithinOne: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam, agreement: 'within-one' },
};

/** A member taken out of the team: the message says who, with "Undo" (which has the focus). */
export const TeamModeMemberRemoved: Story = {
  args: { rubric: districtFullImplementationRubric, team: caselTeam },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.updateComplete;
    const members = el?.shadowRoot?.querySelector('details');
    if (members) members.open = true;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[data-remove]')?.click();
    await el?.updateComplete;
    await expect(el?.shadowRoot?.querySelector('.team-undo')).toBeTruthy();
  },
};

/** The team read from a URL (`team-src`) through the element's `fetcher`, as a district's site serves it. */
export const TeamModeFromUrl: Story = {
  render: () => {
    const fetcher: typeof fetch = () => Promise.resolve(Response.json(caselTeam));
    return html`<sel-rubric
      name="agreed"
      taken-by="District SEL team"
      .rubric=${districtFullImplementationRubric}
      .fetcher=${fetcher}
      team-src="/teams/district-sel-team.json"
    ></sel-rubric>`;
  },
};

/**
 * A member rating on their own before the meeting: "Export my assessment" saves their ratings as a
 * JSON file for the facilitator, who adds it to the team view.
 */
export const MemberRatingAlone: Story = {
  render: () =>
    html`<sel-rubric
      name="mine"
      taken-by=${districtTeam[0]?.name ?? 'Ana Morales'}
      taken-on="2026-03-10"
      .rubric=${districtFullImplementationRubric}
      .assessment=${caselTeam[0]}
    ></sel-rubric>`,
};

/**
 * A required rubric its form found incomplete: the focus on the first unrated indicator, every
 * unrated row marked in words, and the error summary linking to each.
 */
export const RequiredIncomplete: Story = {
  args: { assessment: partlyFilled, required: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.updateComplete;
    el?.reportValidity();
    await el?.updateComplete;
    await expect(el?.shadowRoot?.querySelector('[part="error-summary"]')).toBeTruthy();
  },
};

/**
 * The district rubric's 20 indicators, half way: the progress bar stays at the foot of the screen
 * with "Next unrated indicator", and focus area 1 is folded away from its heading.
 */
export const LongRubricFolded: Story = {
  args: { assessment: partlyFilled },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SelRubric>('sel-rubric');
    await el?.renderComplete;
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('.area-toggle')?.click();
    await expect(el?.shadowRoot?.querySelector('.area-toggle')?.getAttribute('aria-expanded')).toBe('false');
  },
};
