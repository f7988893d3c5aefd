// Minifies the CSS inside Lit `css` tagged templates for the CDN bundle (vite.cdn.config.mjs).
// A JavaScript minifier leaves template text alone, so the indentation and comments of every
// stylesheet would otherwise ship to each page. Only the literal text is touched: comments go,
// each run of whitespace becomes one space, and the space beside `{ } ; , > ~` and after `:` goes,
// as does the space before `!important`. The space beside `+` goes only outside parentheses (a
// selector's combinator), never in `calc()`, where `a + b` needs it. Space before `(` stays
// (`and (` in a media query is not `and(`), and so does the space before `:` (`a :hover` is a
// descendant). Quoted CSS strings, `url(...)` and `${...}` expressions are kept exactly, and so is
// a space between two expressions or next to one (it may separate two values, as in
// `padding: ${a} ${b}`). A custom property or `var()` fallback keeps its value's meaning but may
// serialize without the space after a comma; the browser test in
// src/shared/minified-styles.test.ts checks that every stylesheet parses to the same rules.

/**
 * @typedef {{ depth: number }} CssState how deep in parentheses the scan stands, carried from one
 *   piece of a template to the next
 */

/** Stands for a `+` outside parentheses until the spaces around it are dropped (a private-use character). */
const COMBINATOR_PLUS = '\uE000';

/**
 * Minifies one piece of static CSS text of a template.
 * @param {string} text
 * @param {{ first: boolean, last: boolean, state?: CssState }} position whether the piece opens or
 *   closes the template (only there may leading or trailing space be dropped), and the scan's state
 *   after the previous piece
 * @returns {string}
 */
export function minifyCssText(text, { first, last, state = { depth: 0 } }) {
  /** @type {string[]} */
  const out = [];
  let pending = '';
  let space = false;
  const flush = () => {
    if (pending) {
      out.push(
        pending
          .replace(/ ?([{};,>~\uE000]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/ !/g, '!')
          .replace(/;}/g, '}')
          .replace(/\uE000/g, '+'),
      );
    }
    pending = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'") {
      let end = i + 1;
      while (end < text.length && text.charAt(end) !== ch) end += text.charAt(end) === '\\' ? 2 : 1;
      flush();
      out.push(text.slice(i, end + 1));
      space = false;
      i = end + 1;
    } else if (ch === '(' && /url$/i.test(pending)) {
      // An unquoted url() is one token, kept as written.
      const close = text.indexOf(')', i);
      const end = close === -1 ? text.length : close + 1;
      flush();
      out.push(text.slice(i, end));
      space = false;
      i = end;
    } else if (ch === '/' && text.charAt(i + 1) === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      if (!space) pending += ' ';
      space = true;
    } else if (/\s/.test(ch)) {
      if (!space) pending += ' ';
      space = true;
      i += 1;
    } else {
      if (ch === '(') state.depth += 1;
      else if (ch === ')') state.depth = Math.max(0, state.depth - 1);
      pending += ch === '+' && state.depth === 0 ? COMBINATOR_PLUS : ch;
      space = false;
      i += 1;
    }
  }
  flush();
  let result = out.join('');
  if (first) result = result.replace(/^ /, '');
  if (last) result = result.replace(/ $/, '');
  return result;
}

/**
 * Index just past the `}` closing a `${` expression whose body starts at `from`, skipping
 * strings, comments and nested templates.
 * @param {string} source
 * @param {number} from
 * @returns {number}
 */
function expressionEnd(source, from) {
  let depth = 1;
  let i = from;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (ch === '"' || ch === "'") i = stringEnd(source, i);
    else if (ch === '`') i = templateEnd(source, i + 1);
    else if (ch === '/' && source.charAt(i + 1) === '*') {
      const close = source.indexOf('*/', i + 2);
      i = close === -1 ? source.length : close + 2;
    } else {
      if (ch === '{') depth += 1;
      else if (ch === '}') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
      i += 1;
    }
  }
  throw new Error('minifyCssTemplates: unterminated ${ expression');
}

/**
 * @param {string} source
 * @param {number} quote index of the opening quote
 * @returns {number}
 */
function stringEnd(source, quote) {
  const mark = source.charAt(quote);
  let i = quote + 1;
  while (i < source.length && source.charAt(i) !== mark) i += source.charAt(i) === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * @param {string} source
 * @param {number} from index just after the opening backtick
 * @returns {number} index just past the closing backtick
 */
function templateEnd(source, from) {
  let i = from;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (ch === '\\') i += 2;
    else if (ch === '`') return i + 1;
    else if (ch === '$' && source.charAt(i + 1) === '{') i = expressionEnd(source, i + 2);
    else i += 1;
  }
  throw new Error('minifyCssTemplates: unterminated template');
}

/**
 * Rewrites every `css` tagged template in a module's source (as tsc emits it, `css \`...\``).
 * @param {string} source
 * @returns {string}
 */
export function minifyCssTemplates(source) {
  const tag = /\bcss\s*`/g;
  let out = '';
  let copied = 0;
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const open = match.index + match[0].length;
    /** @type {({ text: string } | { expression: string })[]} */
    const pieces = [];
    let start = open;
    let i = open;
    for (;;) {
      if (i >= source.length) throw new Error('minifyCssTemplates: unterminated css template');
      const ch = source.charAt(i);
      if (ch === '\\') i += 2;
      else if (ch === '`') break;
      else if (ch === '$' && source.charAt(i + 1) === '{') {
        pieces.push({ text: source.slice(start, i) });
        const end = expressionEnd(source, i + 2);
        pieces.push({ expression: source.slice(i, end) });
        i = start = end;
      } else i += 1;
    }
    pieces.push({ text: source.slice(start, i) });
    const lastIndex = pieces.length - 1;
    const state = { depth: 0 };
    const body = pieces
      .map((piece, index) =>
        'text' in piece
          ? minifyCssText(piece.text, { first: index === 0, last: index === lastIndex, state })
          : piece.expression,
      )
      .join('');
    out += source.slice(copied, open) + body + '`';
    copied = i + 1;
    tag.lastIndex = copied;
  }
  return out + source.slice(copied);
}

/**
 * A Vite (Rolldown) plugin applying {@link minifyCssTemplates} to the modules whose id matches.
 * @param {RegExp} include
 * @returns {import('vite').Plugin}
 */
export function minifyCssTemplatesPlugin(include) {
  return {
    name: 'sel-minify-css-templates',
    transform(code, id) {
      if (!include.test(id) || !/\bcss\s*`/.test(code)) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
