import type { Resource } from '@sel/core';
import { describe, expect, it } from 'vitest';
import { dispatchResourceSelect } from './resource-select.js';

const resource: Resource = {
  id: 'casel-district-guide',
  title: 'District Resource Center',
  source: 'CASEL',
  kind: 'guide',
  focusAreas: [1],
  tags: [],
  audience: ['district-sel-team'],
  origin: 'learn-more',
  summary: { en: 'Guidance for district teams.' },
};

describe('dispatchResourceSelect', () => {
  it('bubbles out of a shadow root with the resource and the indicators it was offered for', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const link = document.createElement('a');
    host.attachShadow({ mode: 'open' }).append(link);
    const seen: CustomEvent[] = [];
    document.body.addEventListener('sel-resource-select', (event) => seen.push(event), { once: true });
    expect(dispatchResourceSelect(link, { resource, indicatorIds: ['1a'] })).toBe(true);
    host.remove();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.target).toBe(host);
    expect(seen[0]?.composed).toBe(true);
    expect(seen[0]?.detail).toEqual({ resource, indicatorIds: ['1a'] });
  });

  it('tells the element when a listener handles the choice itself', () => {
    const el = document.createElement('div');
    el.addEventListener('sel-resource-select', (event) => {
      event.preventDefault();
    });
    expect(dispatchResourceSelect(el, { resource, indicatorIds: [] })).toBe(false);
  });
});
