/**
 * An element is a part of a page, not a page: it adds no landmark of its own (no banner from a
 * `<header>`, no region from a named `<section>`, no navigation...) that a screen-reader user would
 * meet in the page's list of landmarks beside the page's own. Allowed, each for a reason: a named
 * scroll box (`role="region"` with `tabindex="0"`: a keyboard user scrolls it and must find it), the
 * resource finder's search form (`role="search"`, the search of a page of resources) and a pager's
 * navigation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixture.js';
import { subjects } from './subjects.js';
import type { ContractSubject } from './subject.js';

const loaded: ContractSubject[] = await Promise.all(subjects.map(async (load) => (await load()).default));

const LANDMARK_ROLES = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];

/** Whether `element` is named by an author (what makes a `<section>` a region and a `<form>` a form landmark). */
const named = (element: Element): boolean =>
  element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') || element.hasAttribute('title');

/** The landmark role `element` takes, if any. */
function landmarkRole(element: Element): string | undefined {
  const role = element.getAttribute('role');
  if (role !== null) return LANDMARK_ROLES.includes(role) ? role : undefined;
  switch (element.localName) {
    case 'header':
      return 'banner';
    case 'footer':
      return 'contentinfo';
    case 'main':
      return 'main';
    case 'aside':
      return 'complementary';
    case 'nav':
      return 'navigation';
    case 'search':
      return 'search';
    case 'section':
      return named(element) ? 'region' : undefined;
    case 'form':
      return named(element) ? 'form' : undefined;
    default:
      return undefined;
  }
}

/** Landmarks the element may add, each for the reason given above. */
function allowed(element: Element, role: string): boolean {
  if (role === 'region') return element.getAttribute('tabindex') === '0';
  if (role === 'search') return true;
  return role === 'navigation' && element.classList.contains('pager');
}

/** Every landmark in the element's shadow roots (nested ones too) that it should not add. */
function extraLandmarks(host: Element): string[] {
  const found: string[] = [];
  const walk = (root: ShadowRoot): void => {
    for (const element of root.querySelectorAll('*')) {
      const role = landmarkRole(element);
      if (role !== undefined && !allowed(element, role))
        found.push(`${role}: <${element.localName} class="${element.className}">`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

describe.each(loaded.map((subject) => [subject.tag, subject] as const))('<%s> in a page', (_, subject) => {
  beforeAll(async () => {
    await subject.define();
  });

  it('adds no landmark to the page but what it needs', async () => {
    const container = await fixture<HTMLDivElement>('<main><div></div></main>');
    const element = document.createElement(subject.tag) as HTMLElement & { renderComplete: Promise<void> };
    for (const [name, value] of Object.entries(subject.attributes ?? {})) element.setAttribute(name, value);
    Object.assign(element, { [subject.property]: subject.valid() });
    container.append(element);
    await element.renderComplete;
    expect(extraLandmarks(element)).toEqual([]);
  });
});
