import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { US_STATE_CODES, type Community, type StatusSnapshot } from '@sel/core';
import { nextEvent } from '../test/index.js';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage } from '../test/hostile/hostile.js';
import './define.js';
import type { SelStatusMap } from './sel-status-map.js';

const STATES = US_STATE_CODES.filter((code) => !['AS', 'GU', 'MP', 'PR', 'VI'].includes(code));

/** Communities named by hostile strings, one per state in turn, each with a district named by the next. */
function hostileSnapshot(names: readonly string[]): StatusSnapshot {
  const communities = names.map((name, i): Community => ({
    id: `c-${i}`,
    name,
    scope: { kind: 'state', state: STATES[i % STATES.length] ?? 'IL' },
    readiness: 'improving',
    charter: { start: '2026-01-01', end: '2031-01-01' },
    phase: 'launch',
    leadershipTeam: [],
    committees: [],
    members: [],
    districts: [{ id: `d-${i}`, name: names[(i + 1) % names.length] ?? 'x', students: 1_000 + i }],
    milestones: [],
  }));
  return { asOf: '2026-11-30', title: names[0], source: names[1], communities };
}

describe('<sel-status-map> with hostile community names', () => {
  it('shows every naughty string and XSS payload as text in the opened states, runs no script and changes nothing outside', async () => {
    const visible = await visibleHostileStrings();
    for (const batch of chunks(visible, 150)) {
      const container = document.createElement('div');
      document.body.append(container);
      const watch = watchPage(container);
      try {
        const el: SelStatusMap = document.createElement('sel-status-map');
        el.view = 'table';
        el.snapshot = hostileSnapshot(batch);
        container.append(el);
        await el.dataSettled;
        watch.check(el);
        const root = el.shadowRoot;
        if (!root) throw new Error('no shadow root');
        expect(root.querySelector('[role="alert"]'), 'the hostile snapshot is valid').toBeNull();
        // Open every state from the table, the way a person would, and collect the names shown.
        const shown: string[] = [];
        for (const place of root.querySelectorAll<HTMLButtonElement>('.table tbody .place')) {
          const selected = nextEvent(el, 'sel-state-select');
          place.click();
          await selected;
          await el.updateComplete;
          shown.push(...[...root.querySelectorAll('.panel tbody th')].map((th) => th.textContent));
          watch.check(el);
        }
        // Names are stored trimmed (communitySchema trims them) and shown verbatim.
        const names = batch.map((name) => name.trim());
        expect(names.filter((name) => !shown.some((text) => text.includes(name)))).toEqual([]);
        expectShownAsText(el, [batch[0] ?? ''], (s) => s.trim());
      } finally {
        watch.stop();
        container.remove();
      }
    }
  }, 120_000);

  it('keeps working by keyboard with hostile names', async () => {
    const el: SelStatusMap = document.createElement('sel-status-map');
    el.snapshot = hostileSnapshot(['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '\u202Eevil']);
    document.body.append(el);
    try {
      await el.dataSettled;
      const first = el.shadowRoot?.querySelector<HTMLButtonElement>('.grid .tile[tabindex="0"]');
      first?.focus();
      const selected = nextEvent(el, 'sel-state-select');
      await userEvent.keyboard('{Enter}');
      // Arizona, the third state given, comes first in reading order on the tile grid.
      expect((await selected).detail.communities[0]?.status.name).toBe('\u202Eevil');
    } finally {
      el.remove();
    }
  });
});
