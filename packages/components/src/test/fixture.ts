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

/** Removes every mounted fixture (runs automatically after each test). */
export function cleanupFixtures(): void {
  for (const container of containers) container.remove();
  containers.clear();
}

afterEach(cleanupFixtures);
