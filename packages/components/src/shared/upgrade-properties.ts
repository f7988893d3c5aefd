import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelIssue } from '@sel/core';

/**
 * Properties a page set on an element before its class was defined (a script that ran before the
 * `define` import, or a framework that rendered first). Until then `element.value = x` makes a
 * plain own property; once the class upgrades the element, that own property hides the class's
 * accessor (its setter never runs) or a field's default overwrites it. Lit already moves its
 * reactive properties; this controller moves the rest, the way Custom Elements best practice
 * (`_upgradeProperty`) does:
 *
 * - created by the FIRST field initializer of the base class (before any other field gets its
 *   default), it takes off the element every own property that shadows an accessor of the class,
 *   and the plain fields it is told about (e.g. `fetcher`);
 * - when the element connects, before the controllers added after it look at the element, it sets
 *   each again, so the class's setter runs and the page's value wins over the default.
 */
export class PreUpgradeProperties implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #saved: Map<string, unknown> | undefined;

  /**
   * @param host the element being upgraded
   * @param fields plain (non-accessor) public fields to move as well, e.g. `['fetcher']`
   */
  constructor(host: ReactiveControllerHost & HTMLElement, fields: readonly string[] = []) {
    this.#host = host;
    this.#saved = takePreUpgradeProperties(host, fields);
    host.addController(this);
  }

  hostConnected(): void {
    const saved = this.#saved;
    if (saved === undefined) return;
    this.#saved = undefined;
    const target = this.#host as unknown as Record<string, unknown>;
    for (const [name, value] of saved) target[name] = value;
  }
}

/** Whether `name` is an accessor (a getter or setter) somewhere on `object`'s prototype chain. */
function isAccessor(object: object, name: string): boolean {
  const parent = (of: object): object | null => Object.getPrototypeOf(of) as object | null;
  for (let proto = parent(object); proto !== null; proto = parent(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor !== undefined) return descriptor.get !== undefined || descriptor.set !== undefined;
  }
  return false;
}

/**
 * Takes off `element` the own properties that shadow one of its class's accessors, and those named
 * in `fields`, and returns them by name (`undefined` when there are none).
 */
export function takePreUpgradeProperties(
  element: object,
  fields: readonly string[] = [],
): Map<string, unknown> | undefined {
  const record = element as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const name of Object.keys(element)) {
    if (!fields.includes(name) && !isAccessor(element, name)) continue;
    saved.set(name, record[name]);
    Reflect.deleteProperty(record, name);
  }
  return saved.size > 0 ? saved : undefined;
}

/** What an object turns into as an attribute value: `[object Object]`, `[object Array]`... */
const OBJECT_TEXT = /^\[object [A-Za-z]+\]$/;

/** `heading-level` -> `headingLevel`: the property a framework meant when it set the attribute. */
function propertyOf(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * One issue per attribute of `element` whose value is an object turned into text (`[object
 * Object]`): what a framework such as React does with an object prop on an element that is not
 * defined yet. The message names the property to set instead.
 */
export function objectAttributeIssues(element: Element): SelIssue[] {
  const issues: SelIssue[] = [];
  for (const { name, value } of Array.from(element.attributes)) {
    if (!OBJECT_TEXT.test(value.trim())) continue;
    const property = propertyOf(name);
    issues.push({
      path: [name],
      code: 'object-as-attribute',
      message: `"${value.trim()}" is an object set as an attribute: set the ${property} property instead (element.${property} = data); in React, import the element's define module before the first render`,
    });
  }
  return issues;
}
