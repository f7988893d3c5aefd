import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { minifyHtmlTemplates, minifyMarkupPieces } from './minify-html-templates.mjs';

type Parse = Parameters<typeof minifyHtmlTemplates>[1];

// Oxc's program is an ESTree tree with UTF-16 offsets, as the minifier reads it.
const parse: Parse = (code) => parseSync('module.js', code).program as unknown as ReturnType<Parse>;
const minify = (source: string): string => minifyHtmlTemplates(source, parse);

describe('minifyMarkupPieces', () => {
  it('collapses indentation to one space, or to the line breaks a run holds, and keeps every piece', () => {
    const pieces = ['\n  <section class="a">\n    <h2>', '</h2>\n\n    <p>Rated   ', ' of ', '</p>\n  </section>\n'];
    expect(minifyMarkupPieces(pieces)).toEqual([
      '\n<section class="a">\n<h2>',
      '</h2>\n\n<p>Rated ',
      ' of ',
      '</p>\n</section>\n',
    ]);
  });

  it('keeps a space between text and an expression, and between inline elements', () => {
    expect(minifyMarkupPieces(['<strong>', ':</strong> ', ' <em>a</em> <em>b</em>'])).toEqual([
      '<strong>',
      ':</strong> ',
      ' <em>a</em> <em>b</em>',
    ]);
  });

  it('joins attributes with one space, drops the space before `>` and keeps quoted values as written', () => {
    const pieces = ['<input\n  type="radio"\n  class="a  b"\n  .checked=', '\n  ?disabled=', '\n  ', '\n>'];
    expect(minifyMarkupPieces(pieces)).toEqual(['<input type="radio" class="a  b" .checked=', ' ?disabled=', ' ', '>']);
  });

  it('keeps expressions inside a quoted attribute value in their place', () => {
    expect(minifyMarkupPieces(['<p class="x  ', '  y" title=\'', "'\n  >", '</p>'])).toEqual([
      '<p class="x  ',
      '  y" title=\'',
      "'>",
      '</p>',
    ]);
  });

  it('keeps the space before `/>`, which an unquoted value would otherwise swallow', () => {
    expect(minifyMarkupPieces(['<rect width=1 />\n  <line x1=', ' />'])).toEqual([
      '<rect width=1 />\n<line x1=',
      ' />',
    ]);
  });

  it('keeps the content of <pre> and <textarea> exactly, expressions included', () => {
    const pieces = ['<pre>\n  a   b\n</pre>\n  <textarea\n  rows="2">  ', '  x\n</textarea>\n  <p>  c  </p>'];
    expect(minifyMarkupPieces(pieces)).toEqual([
      '<pre>\n  a   b\n</pre>\n<textarea rows="2">  ',
      '  x\n</textarea>\n<p> c </p>',
    ]);
  });

  it('drops a comment, but keeps one that holds an expression', () => {
    expect(minifyMarkupPieces(['<!-- layout -->\n  <p>a</p>'])).toEqual(['\n<p>a</p>']);
    expect(minifyMarkupPieces(['<p>a</p> <!-- ', '  -->  <p>b</p>'])).toEqual(['<p>a</p> <!-- ', '  --> <p>b</p>']);
  });

  it('reads a tag whose name is an expression (static templates) as a tag', () => {
    expect(minifyMarkupPieces(['<', '\n    class="h"\n  >', '</', '>'])).toEqual(['<', ' class="h">', '</', '>']);
  });

  it('leaves a less-than sign in text and escapes as they are', () => {
    expect(minifyMarkupPieces(['<p>a  <  b \\`  \\n  c</p>'])).toEqual(['<p>a < b \\` \\n c</p>']);
  });
});

describe('minifyHtmlTemplates', () => {
  it("rewrites Lit's html and svg templates, nested ones too, and nothing else", () => {
    const source = [
      "import { html, svg as s, css } from 'lit';",
      "import { html as staticHtml } from 'lit/static-html.js';",
      '// html`  a comment  `',
      "const note = 'html`  in a string  `';",
      'export const view = (items) => html`',
      '  <ul>',
      '    ${items.map((item) => html`',
      '      <li>  ${item}  </li>',
      '    `)}',
      '  </ul>',
      '  ${s`<circle   r="4"   />`}',
      '  ${staticHtml`<${tag}   class="x">  t  </${tag}>`}',
      '`;',
      'export const styles = css`  .a {  top: 0; }  `;',
      'export const other = tag`  <p>  </p>  `;',
    ].join('\n');
    expect(minify(source)).toBe(
      [
        "import { html, svg as s, css } from 'lit';",
        "import { html as staticHtml } from 'lit/static-html.js';",
        '// html`  a comment  `',
        "const note = 'html`  in a string  `';",
        'export const view = (items) => html`\n<ul>\n${items.map((item) => html`\n<li> ${item} </li>\n`)}\n</ul>\n${s`<circle r="4" />`}\n${staticHtml`<${tag} class="x"> t </${tag}>`}\n`;',
        'export const styles = css`  .a {  top: 0; }  `;',
        'export const other = tag`  <p>  </p>  `;',
      ].join('\n'),
    );
  });

  it('keeps the number of expressions and their text, non-ASCII text before a template included', () => {
    const source =
      "import { html } from 'lit';\nconst mark = '✓ — 😀';\nexport const v = (a, b) => html`<p\n  title=${a}>  ${`x  ${b}`}  </p>`;";
    const out = minify(source);
    expect(out).toBe(
      "import { html } from 'lit';\nconst mark = '✓ — 😀';\nexport const v = (a, b) => html`<p title=${a}> ${`x  ${b}`} </p>`;",
    );
  });

  it('returns a module without Lit templates unchanged', () => {
    const source = "import { html } from './not-lit.js';\nexport const v = html`  <p>  </p>  `;";
    expect(minify(source)).toBe(source);
  });
});
