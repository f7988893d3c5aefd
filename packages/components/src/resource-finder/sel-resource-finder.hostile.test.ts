import { describe, expect, it } from 'vitest';
import type { Catalog, Resource } from '@sel/core';
import { chunks, expectShownAsText, visibleHostileStrings, watchPage, XSS_PAYLOADS } from '../test/hostile/hostile.js';
import './define.js';
import type { SelResourceFinder } from './sel-resource-finder.js';

/** A catalog whose every text field is a hostile string: titles, sources, districts, summaries and tag labels. */
function hostileCatalog(strings: readonly string[]): Catalog {
  const at = (i: number) => strings[i % strings.length] ?? 'x';
  const tags = strings.slice(0, 10).map((label, i) => ({ slug: `tag-${i}`, label: { en: label, es: at(i + 1) } }));
  const resources = strings.map((title, i): Resource => ({
    id: `resource-${i}`,
    title,
    source: at(i + 1),
    kind: 'report',
    focusAreas: [1],
    tags: [`tag-${i % 10}`],
    audience: ['district-leaders'],
    origin: 'district-artifact',
    district: at(i + 2),
    // Core accepts only web addresses; hostile text rides in the path.
    url: `https://example.org/${i}/${encodeURIComponent(at(i + 3))}`,
    summary: { en: at(i + 3), es: at(i + 4) },
  }));
  return { tags, resources };
}

async function show(strings: readonly string[], lang = 'en') {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  const watch = watchPage(container);
  const el: SelResourceFinder = document.createElement('sel-resource-finder');
  el.catalog = hostileCatalog(strings);
  container.append(el);
  await el.renderComplete;
  return { el, watch, container };
}

describe('<sel-resource-finder> with hostile text in every field', () => {
  it(
    'shows every naughty string and XSS payload as text, links only web addresses and runs no script',
    { timeout: 120_000 },
    async () => {
      const visible = await visibleHostileStrings();
      for (const batch of chunks(visible, 90)) {
        const { el, watch, container } = await show(batch);
        try {
          watch.check(el);
          const root = el.shadowRoot;
          if (!root) throw new Error('no shadow root');
          expect(root.querySelector('[role="alert"]'), 'the hostile catalog is valid').toBeNull();
          expectShownAsText(el, batch);
          for (const link of root.querySelectorAll('a')) expect(new URL(link.href).protocol).toBe('https:');
        } finally {
          watch.stop();
          container.remove();
        }
      }
    },
  );

  it('searches for, and filters by, hostile text without breaking', { timeout: 60_000 }, async () => {
    const strings = [...XSS_PAYLOADS];
    const { el, watch, container } = await show(strings, 'es');
    try {
      for (const text of strings) {
        el.search = text;
        await el.updateComplete;
      }
      el.search = '';
      el.sources = [strings[1] ?? '', 'Acme, Inc.'];
      await el.renderComplete;
      watch.check(el);
      // The list attribute keeps a comma inside a name, and reads back the same.
      expect(el.getAttribute('sources')).toContain('Acme\\, Inc.');
      el.setAttribute('sources', el.getAttribute('sources') ?? '');
      await el.updateComplete;
      expect(el.sources).toEqual([strings[1], 'Acme, Inc.']);
      const shown = el.shadowRoot?.querySelectorAll('.resource').length ?? 0;
      expect(shown).toBe(strings.filter((_, i) => strings[(i + 1) % strings.length] === strings[1]).length);
    } finally {
      watch.stop();
      container.remove();
    }
  });
});
