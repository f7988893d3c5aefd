import { describe, expect, it } from 'vitest';
import type { Assessment } from '@sel/core';
import { districtFullImplementationRubric } from '@sel/data';
import { expectNoAxeViolations } from '../test/index.js';
import { expectShownAsText, visibleHostileStrings, watchPage } from '../test/hostile/hostile.js';
import './define.js';
import type { SelRubric } from './sel-rubric.js';
import { chooseFiles, memberAssessments } from './test-team.js';

// Member names and discussion notes are whatever people typed: shown as text, never as markup.

const rubric = districtFullImplementationRubric;
/** Textareas report line breaks as LF; compare text with line breaks normalized the same way. */
const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

async function mount(container: HTMLElement, team: readonly Assessment[], assessment?: Assessment): Promise<SelRubric> {
  const el: SelRubric = document.createElement('sel-rubric');
  el.rubric = rubric;
  el.team = team;
  if (assessment) el.assessment = assessment;
  container.append(el);
  await el.updateComplete;
  return el;
}

describe('<sel-rubric> team mode with hostile text', () => {
  it('shows hostile member names, discussion notes and file names as text', async () => {
    const visible = await visibleHostileStrings();
    // Names are told apart as given, so each distinct string is one member.
    const markup = visible.filter((value) => /[<>&"']/.test(value));
    const names = [...new Set([...visible.slice(0, 20), ...markup.slice(0, 10)])].slice(0, 30);
    const notes = visible.slice(
      30,
      30 + rubric.focusAreas.flatMap((a) => a.practices).flatMap((p) => p.indicators).length,
    );
    const container = document.createElement('div');
    document.body.append(container);
    const watch = watchPage(container);
    try {
      const team = memberAssessments(rubric, names);
      const agreed: Assessment = {
        id: 'agreed',
        rubricId: rubric.id,
        rubricVersion: rubric.version,
        takenBy: names[0] ?? 'x',
        takenOn: '2026-03-20',
        ratings: Object.fromEntries(
          notes.map((note, i) => [
            rubric.focusAreas.flatMap((a) => a.practices).flatMap((p) => p.indicators)[i]?.id ?? '',
            { level: 2, notes: note },
          ]),
        ),
      };
      const el = await mount(container, team, agreed);
      const root = el.shadowRoot;
      root?.querySelector<HTMLButtonElement>('[data-reveal-all]')?.click();
      await el.updateComplete;
      watch.check(el);
      expect(root?.querySelector('[part~="error-state"]'), 'the hostile team is valid').toBeNull();
      expectShownAsText(el, names);
      expect([...(root?.querySelectorAll('textarea') ?? [])].map((t) => t.value)).toEqual(notes.map(lf));
      // Whatever the names and notes say, the team view stays accessible with every spread revealed.
      await expectNoAxeViolations(el);

      // A member whose name is a payload is removed by that name, and the undo names them as text.
      const hostile = markup[0] ?? '';
      const remove = [...(root?.querySelectorAll<HTMLButtonElement>('[data-remove]') ?? [])].find(
        (button) => button.dataset['remove'] === hostile,
      );
      remove?.click();
      await el.updateComplete;
      watch.check(el);
      expect(
        el.value?.ratings[Object.keys(el.value.ratings)[0] ?? '']?.memberRatings?.map((m) => m.member),
      ).not.toContain(hostile);
      expect(root?.querySelector('.team-undo')?.textContent).toContain(hostile);
      root?.querySelector<HTMLButtonElement>('[data-undo]')?.click();
      await el.updateComplete;
      expect(el.value?.ratings[Object.keys(el.value.ratings)[0] ?? '']?.memberRatings?.map((m) => m.member)).toContain(
        hostile,
      );

      // A file whose name is a payload is named in the error as text.
      const input = root?.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      const payloads = markup.slice(10, 15);
      expect(payloads).toHaveLength(5);
      const failed = new Promise((resolve) => {
        el.addEventListener('sel-error', resolve, { once: true });
      });
      chooseFiles(
        input,
        payloads.map((name) => new File(['{'], `${name.replace(/[/\\]/g, '_')}.json`, { type: 'application/json' })),
      );
      await failed;
      await el.updateComplete;
      watch.check(el);
      expect(root?.querySelectorAll('[role="alert"] li')).toHaveLength(payloads.length);
    } finally {
      watch.stop();
      container.remove();
    }
  }, 45_000);
});
