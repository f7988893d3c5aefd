/// <reference types="node" />
// A guard for the security model: no component source turns text into markup. Lit's text and
// attribute bindings escape whatever data holds; the ways around that (Lit's unsafe* directives,
// the DOM's HTML-parsing setters and parsers) must not appear in what the package ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shipped = join(root, 'packages/components/src');

/** Each construct that parses a string as HTML (or script) and could carry data into the DOM. */
const MARKUP_SINKS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'Lit unsafeHTML / unsafeSVG / unsafeMathML', pattern: /\bunsafe(?:HTML|SVG|MathML)\b/ },
  // `literal` from lit/static-html.js only takes template literals written in the source (heading
  // tags); `unsafeStatic` would take a string, so only that one is a sink.
  { name: 'Lit unsafeStatic', pattern: /\bunsafeStatic\b/ },
  { name: 'innerHTML / outerHTML assignment', pattern: /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(?:ln)?\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(?:set|parse)HTMLUnsafe\b/ },
  { name: 'DOMParser', pattern: /\bDOMParser\b/ },
  { name: 'srcdoc binding', pattern: /\bsrcdoc\s*=/ },
  { name: 'eval / new Function', pattern: /\beval\s*\(|\bnew\s+Function\s*\(/ },
];

/** The component sources that end up in the package: everything but tests and test helpers. */
function shippedSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : shippedSources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: sink` for every line of `source` that uses a markup sink (comments included: keep them out). */
function findMarkupSinks(source: string, file: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, index) => {
    for (const sink of MARKUP_SINKS) {
      if (sink.pattern.test(line)) found.push(`${file}:${String(index + 1)}: ${sink.name}`);
    }
  });
  return found;
}

describe('component sources', () => {
  it('recognises each way of turning a string into markup', () => {
    const samples = [
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      'html`<p>${unsafeSVG(icon)}</p>`',
      "import { html, unsafeStatic } from 'lit/static-html.js';",
      'this.renderRoot.innerHTML = partner.name;',
      'el.outerHTML += note;',
      "card.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'range.createContextualFragment(text);',
      'el.setHTMLUnsafe(text);',
      "new DOMParser().parseFromString(text, 'text/html');",
      'html`<iframe srcdoc=${text}></iframe>`',
      'new Function(text)();',
    ];
    for (const sample of samples) expect(findMarkupSinks(sample, 'sample.ts'), sample).toHaveLength(1);
    // Reading markup, or comparing it, is not a sink.
    expect(findMarkupSinks('if (el.innerHTML === "") return;', 'sample.ts')).toEqual([]);
    expect(findMarkupSinks('const text = el.textContent;', 'sample.ts')).toEqual([]);
  });

  it('never parse data as HTML: no unsafeHTML, unsafeSVG, innerHTML = or other markup sink', () => {
    const files = shippedSources(shipped);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => findMarkupSinks(readFileSync(file, 'utf8'), relative(root, file)));
    expect(found).toEqual([]);
  });

  it('set inline styles through the CSSOM, which a strict style-src allows', () => {
    // A `style="…${value}…"` attribute, or Lit's styleMap (an attribute on the first render), is
    // blocked by `style-src 'self'` without 'unsafe-inline': the size or position is lost. Use
    // `styleProperties` from shared/style-properties.ts.
    const pattern = /\bstyle="[^"]*\$\{|\bstyleMap\s*\(/;
    expect(pattern.test('<table style="--_columns: ${n}">')).toBe(true);
    expect(pattern.test('style=${styleMap({ top: y })}')).toBe(true);
    expect(pattern.test("style=${styleProperties({ '--_columns': String(n) })}")).toBe(false);
    const found = shippedSources(shipped)
      .filter((file) => !file.endsWith('.stories.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (pattern.test(line) ? [`${relative(root, file)}:${String(index + 1)}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
