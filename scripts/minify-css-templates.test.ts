import { describe, expect, it } from 'vitest';

/** The helpers of scripts/minify-css-templates.mjs under test (a plain Node module, so typed here). */
interface MinifyCssTemplates {
  readonly minifyCssText: (
    text: string,
    position: { first: boolean; last: boolean; state?: { depth: number } },
  ) => string;
  readonly minifyCssTemplates: (source: string) => string;
}

const { minifyCssText, minifyCssTemplates } = (await import('./minify-css-templates.mjs')) as MinifyCssTemplates;

const whole = { first: true, last: true };

describe('minifyCssText', () => {
  it('drops comments, indentation and the space around braces, semicolons, commas and combinators', () => {
    const css = `
      /* The host. */
      :host {
        display: block;
        font-family: system-ui, sans-serif;
      }

      .a > .b:hover,
      .c .d {
        margin: 0 auto;
      }
    `;
    expect(minifyCssText(css, whole)).toBe(
      ':host{display:block;font-family:system-ui,sans-serif}.a>.b:hover,.c .d{margin:0 auto}',
    );
  });

  it('keeps quoted strings exactly, spaces, braces and comment marks included', () => {
    const css = `.x::before { content: ' { a ; b } /* c */ '; } .y { font-family: "Segoe  UI" , Arial; }`;
    expect(minifyCssText(css, whole)).toBe(
      '.x::before{content:\' { a ; b } /* c */ \'}.y{font-family:"Segoe  UI",Arial}',
    );
  });

  it('keeps a space that separates a piece from a neighbouring expression', () => {
    expect(minifyCssText(' ', { first: false, last: false })).toBe(' ');
    expect(minifyCssText('\n    padding: ', { first: true, last: false })).toBe('padding:');
    expect(minifyCssText(' ', { first: false, last: false })).toBe(' ');
    expect(minifyCssText(';\n  }\n', { first: false, last: true })).toBe('}');
  });

  it('keeps the spaces that calc() and descendant selectors need', () => {
    expect(minifyCssText('.a  .b { width: calc(100%  -  2rem); }', whole)).toBe('.a .b{width:calc(100% - 2rem)}');
    expect(minifyCssText('.a + .b ~ .c { top: calc(1px + (2px + 3px) * 2); }', whole)).toBe(
      '.a+.b~.c{top:calc(1px + (2px + 3px) * 2)}',
    );
    expect(minifyCssText('li:nth-child(2n + 1) , .a :hover { color: red !important; }', whole)).toBe(
      'li:nth-child(2n + 1),.a :hover{color:red!important}',
    );
  });

  it('keeps a media query readable: `and (` stays apart, a colon loses its space', () => {
    expect(minifyCssText('@media screen and (min-width: 40rem) and (width > 20rem) { .a { top: 0; } }', whole)).toBe(
      '@media screen and (min-width:40rem) and (width>20rem){.a{top:0}}',
    );
  });

  it('keeps an unquoted url() exactly, spaces, commas and plus signs included', () => {
    const css = '.a { background: url( data:image/svg+xml;utf8,<svg></svg> ) , url("b c.png"); }';
    expect(minifyCssText(css, whole)).toBe('.a{background:url( data:image/svg+xml;utf8,<svg></svg> ),url("b c.png")}');
  });

  it('carries the parentheses across pieces, so a calc() around an expression keeps its plus', () => {
    const state = { depth: 0 };
    const pieces = ['.a { width: calc(', ' + 1px); } .b + .c { top: 0; }'].map((text, index) =>
      minifyCssText(text, { first: index === 0, last: index === 1, state }),
    );
    expect(pieces).toEqual(['.a{width:calc(', ' + 1px)}.b+.c{top:0}']);
  });
});

describe('minifyCssTemplates', () => {
  it('rewrites only css tagged templates and keeps every expression as written', () => {
    const source = [
      "import { css, html } from 'lit';",
      'export const styles = css `',
      '  .a {',
      "    padding: ${token('space-1')} ${token('space-2')};",
      '    color: ${dark ? `black` : `#${hex}`};',
      '  }',
      '`;',
      'export const view = html `<p>  two  spaces  </p>`;',
      "const note = 'css is not touched here';",
    ].join('\n');
    expect(minifyCssTemplates(source)).toBe(
      [
        "import { css, html } from 'lit';",
        "export const styles = css `.a{padding:${token('space-1')} ${token('space-2')};color:${dark ? `black` : `#${hex}`}}`;",
        'export const view = html `<p>  two  spaces  </p>`;',
        "const note = 'css is not touched here';",
      ].join('\n'),
    );
  });

  it('handles several templates, escapes and braces inside expressions', () => {
    const source = 'const a = css`\n  .x { top: ${({ v: 1 }).v}px; }\n`, b = css`\n  .y::after { content: "\\`"; }\n`;';
    expect(minifyCssTemplates(source)).toBe(
      'const a = css`.x{top:${({ v: 1 }).v}px}`, b = css`.y::after{content:"\\`"}`;',
    );
  });

  it('returns a source without css templates unchanged', () => {
    const source = 'export const x = html`<div>\n  ${y}\n</div>`;\n';
    expect(minifyCssTemplates(source)).toBe(source);
  });

  it('refuses an unterminated template instead of emitting broken code', () => {
    expect(() => minifyCssTemplates('const a = css` .x { top: 0; }')).toThrow(/unterminated/);
  });
});
