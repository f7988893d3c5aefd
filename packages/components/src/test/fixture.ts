import { render, type TemplateResult } from 'lit';
import { afterEach } from 'vitest';

const containers = new Set<HTMLElement>();

/** Options for {@link fixture}. */
export interface FixtureOptions {
  /** Sets `lang` on the wrapping container, to test locale inheritance. */
  readonly lang?: string;
}

function hasUpdateComplete(element: Element): element is Element & { updateComplete: Promise<unknown> } {
  return 'updateComplete' in element && element.updateComplete instanceof Promise;
}

/**
 * Mounts markup in a fresh container in the document and returns its first element once it has
 * rendered (its `updateComplete`, for Lit elements). Takes a Lit template, or a string of HTML
 * for the markup a CMS editor would paste (inline `<script type="application/json">` included).
 * Every fixture is removed after each test.
 */
export async function fixture<T extends Element = HTMLElement>(
  markup: TemplateResult | string,
  options: FixtureOptions = {},
): Promise<T> {
  const container = document.createElement('div');
  if (options.lang) container.lang = options.lang;
  document.body.append(container);
  containers.add(container);
  if (typeof markup === 'string') container.innerHTML = markup;
  else render(markup, container);
  const element = container.firstElementChild;
  if (!element) throw new Error(`fixture: the markup rendered no element (got ${JSON.stringify(container.innerHTML)})`);
  if (hasUpdateComplete(element)) await element.updateComplete;
  return element as T;
}

/**
 * Removes every mounted fixture (runs automatically after each test), then puts the page's
 * sequential focus starting point back at the top, so the next test's first Tab lands on its first
 * control in every engine. WebKit otherwise starts from the control that last had focus in the
 * removed fixture, and from an odd place the first Tab can leave the page altogether.
 */
export function cleanupFixtures(): void {
  const start = document.createElement('span');
  start.tabIndex = -1;
  document.body.prepend(start);
  start.focus({ preventScroll: true });
  start.remove();
  for (const container of containers) container.remove();
  containers.clear();
}

afterEach(cleanupFixtures);
