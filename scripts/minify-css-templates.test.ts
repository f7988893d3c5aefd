import { describe, expect, it } from 'vitest';

/** The helpers of scripts/minify-css-templates.mjs under test (a plain Node module, so typed here). */
interface MinifyCssTemplates {
  readonly minifyCssText: (text: string, position: { first: boolean; last: boolean }) => string;
  readonly minifyCssTemplates: (source: string) => string;
}

const { minifyCssText, minifyCssTemplates } = (await import('./minify-css-templates.mjs')) as MinifyCssTemplates;

const whole = { first: true, last: true };

describe('minifyCssText', () => {
  it('drops comments, indentation and the space around braces and semicolons, but not after commas', () => {
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
      ':host{display: block;font-family: system-ui, sans-serif}.a > .b:hover, .c .d{margin: 0 auto}',
    );
  });

  it('keeps quoted strings exactly, spaces, braces and comment marks included', () => {
    const css = `.x::before { content: ' { a ; b } /* c */ '; } .y { font-family: "Segoe  UI" , Arial; }`;
    expect(minifyCssText(css, whole)).toBe(
      '.x::before{content: \' { a ; b } /* c */ \'}.y{font-family: "Segoe  UI" , Arial}',
    );
  });

  it('keeps a space that separates a piece from a neighbouring expression', () => {
    expect(minifyCssText(' ', { first: false, last: false })).toBe(' ');
    expect(minifyCssText('\n    padding: ', { first: true, last: false })).toBe('padding: ');
    expect(minifyCssText(';\n  }\n', { first: false, last: true })).toBe('}');
  });

  it('keeps the spaces that calc() and descendant selectors need', () => {
    expect(minifyCssText('.a  .b { width: calc(100%  -  2rem); }', whole)).toBe('.a .b{width: calc(100% - 2rem)}');
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
        "export const styles = css `.a{padding: ${token('space-1')} ${token('space-2')};color: ${dark ? `black` : `#${hex}`}}`;",
        'export const view = html `<p>  two  spaces  </p>`;',
        "const note = 'css is not touched here';",
      ].join('\n'),
    );
  });

  it('handles several templates, escapes and braces inside expressions', () => {
    const source = 'const a = css`\n  .x { top: ${({ v: 1 }).v}px; }\n`, b = css`\n  .y::after { content: "\\`"; }\n`;';
    expect(minifyCssTemplates(source)).toBe(
      'const a = css`.x{top: ${({ v: 1 }).v}px}`, b = css`.y::after{content: "\\`"}`;',
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
