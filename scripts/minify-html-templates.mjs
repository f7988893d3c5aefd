// Minifies the markup inside Lit `html` and `svg` tagged templates for the CDN bundle
// (vite.cdn.config.mjs). A JavaScript minifier leaves template text alone, so the indentation and
// line breaks of every template would otherwise ship to each page.
//
// Only the static text is touched, and only where the result renders the same:
// - between tags and in text, each run of whitespace becomes one space, or, when it holds line
//   breaks, those line breaks alone (a `white-space: pre-line` cell keeps its lines);
// - inside a tag, each run between attributes becomes one space, and the run before `>` goes;
// - comments without an expression in them go;
// - the content of `<pre>`, `<textarea>`, `<script>`, `<style>` and `<title>` is kept as written,
//   and so are quoted attribute values.
// Expressions are never touched and never moved: the template keeps as many parts, in the same
// places, as Lit reads them. Which templates are Lit's is read from the module's imports, through
// a JavaScript parser, so a `html\`` inside a string or comment is never mistaken for one.

/** Elements whose content is kept exactly as written. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style', 'title']);

/** Modules whose `html` and `svg` exports are Lit's template tags. */
const LIT_TEMPLATE_MODULES = new Set([
  'lit',
  'lit-html',
  'lit/html.js',
  'lit/static-html.js',
  'lit-html/static.js',
  'lit-element',
  'lit-element/lit-element.js',
]);
const LIT_TEMPLATE_TAGS = new Set(['html', 'svg']);

/**
 * @typedef {{ mode: 'text' | 'tag' | 'value' | 'comment' | 'verbatim', quote: string, tagName: string, closing: boolean }} MarkupState
 *   Where the scan stands: in text, inside a tag (`tagName` once read; `closing` for an end tag),
 *   inside a quoted attribute value (`quote`), in a comment kept because it holds an expression,
 *   or in the content of a verbatim element (`tagName`).
 */

/** @returns {MarkupState} */
export function initialMarkupState() {
  return { mode: 'text', quote: '', tagName: '', closing: false };
}

/**
 * The replacement for a run of whitespace in text: its line breaks, or one space.
 * @param {string} run
 */
function collapsedRun(run) {
  const breaks = run.split('\n').length - 1;
  return breaks > 0 ? '\n'.repeat(breaks) : ' ';
}

/**
 * Minifies one static piece of a template's markup (the raw text between two expressions).
 * @param {string} text the raw text, escapes as written in the source
 * @param {MarkupState} state where the scan stands; updated for the next piece
 * @returns {string}
 */
export function minifyMarkupText(text, state) {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charAt(i);
    if (state.mode === 'verbatim') {
      const close = text.toLowerCase().indexOf(`</${state.tagName}`, i);
      if (close === -1) {
        out += text.slice(i);
        return out;
      }
      out += text.slice(i, close);
      i = close;
      state.mode = 'text';
      continue;
    }
    if (state.mode === 'comment') {
      const close = text.indexOf('-->', i);
      if (close === -1) {
        out += text.slice(i);
        return out;
      }
      out += text.slice(i, close + 3);
      i = close + 3;
      state.mode = 'text';
      continue;
    }
    if (state.mode === 'value') {
      const close = text.indexOf(state.quote, i);
      if (close === -1) {
        out += text.slice(i);
        return out;
      }
      out += text.slice(i, close + 1);
      i = close + 1;
      state.mode = 'tag';
      continue;
    }
    if (ch === '\\') {
      // An escape (`\``, `\${`, `\\`, `\n`...) is kept as one opaque unit.
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (/\s/.test(ch)) {
      let end = i + 1;
      while (end < n && /\s/.test(text.charAt(end))) end += 1;
      const run = text.slice(i, end);
      i = end;
      if (state.mode === 'text') out += collapsedRun(run);
      // Inside a tag: one space separates attributes; none is needed before `>`.
      else if (text.charAt(end) !== '>') out += ' ';
      continue;
    }
    if (state.mode === 'tag') {
      if (ch === '"' || ch === "'") {
        state.mode = 'value';
        state.quote = ch;
        out += ch;
        i += 1;
      } else if (ch === '>') {
        out += ch;
        i += 1;
        const opensVerbatim = !state.closing && VERBATIM.has(state.tagName) && text.charAt(i - 2) !== '/';
        state.mode = opensVerbatim ? 'verbatim' : 'text';
      } else {
        out += ch;
        i += 1;
      }
      continue;
    }
    // Text.
    if (ch === '<') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        if (close === -1) {
          // An expression sits inside the comment: keep it, and the expression's place, as written.
          state.mode = 'comment';
          out += text.slice(i);
          return out;
        }
        i = close + 3;
        continue;
      }
      const name = /^<(\/?)([a-zA-Z][^\s/>]*)?/.exec(text.slice(i));
      const closing = name?.[1] === '/';
      const tagName = name?.[2];
      const beforeExpression = i + (closing ? 2 : 1) === n;
      if (tagName !== undefined || beforeExpression) {
        state.mode = 'tag';
        state.closing = closing;
        state.tagName = (tagName ?? '').toLowerCase();
        const head = name?.[0] ?? '<';
        out += head;
        i += head.length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/**
 * Minifies the pieces of one template, in order.
 * @param {readonly string[]} pieces the raw static texts around the expressions
 * @returns {string[]}
 */
export function minifyMarkupPieces(pieces) {
  const state = initialMarkupState();
  return pieces.map((piece) => minifyMarkupText(piece, state));
}

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: unknown }} AstNode
 * @typedef {(code: string) => AstNode} Parse
 */

/**
 * @param {unknown} value
 * @returns {value is AstNode}
 */
function isNode(value) {
  return typeof value === 'object' && value !== null && typeof (/** @type {AstNode} */ (value).type) === 'string';
}

/**
 * Every node of the tree, depth first.
 * @param {AstNode} root
 * @param {(node: AstNode) => void} visit
 */
function walk(root, visit) {
  /** @type {AstNode[]} */
  const stack = [root];
  while (stack.length > 0) {
    const node = /** @type {AstNode} */ (stack.pop());
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) stack.push(...value.filter(isNode));
      else if (isNode(value)) stack.push(value);
    }
  }
}

/**
 * The local names under which the module imports Lit's `html` and `svg` tags.
 * @param {AstNode} program
 * @returns {Set<string>}
 */
function litTagNames(program) {
  const names = new Set();
  for (const statement of /** @type {AstNode[]} */ (program.body)) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = /** @type {{ value: string }} */ (statement.source).value;
    if (!LIT_TEMPLATE_MODULES.has(source)) continue;
    for (const specifier of /** @type {AstNode[]} */ (statement.specifiers)) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = /** @type {{ name?: string, value?: string }} */ (specifier.imported);
      const importedName = imported.name ?? imported.value ?? '';
      if (LIT_TEMPLATE_TAGS.has(importedName)) names.add(/** @type {{ name: string }} */ (specifier.local).name);
    }
  }
  return names;
}

/**
 * Rewrites the static text of every Lit `html` and `svg` tagged template in a module.
 * @param {string} source
 * @param {Parse} parse an ESTree parser giving UTF-16 `start`/`end` offsets (Rolldown's `this.parse`,
 *   or the `program` of Vite's `parseSync`)
 * @returns {string}
 */
export function minifyHtmlTemplates(source, parse) {
  const program = parse(source);
  const tags = litTagNames(program);
  if (tags.size === 0) return source;
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = /** @type {AstNode & { name?: string }} */ (node.tag);
    if (tag.type !== 'Identifier' || !tags.has(tag.name ?? '')) return;
    const quasis = /** @type {AstNode[]} */ (/** @type {AstNode} */ (node.quasi).quasis);
    const texts = minifyMarkupPieces(quasis.map((quasi) => source.slice(quasi.start, quasi.end)));
    quasis.forEach((quasi, index) => {
      const text = /** @type {string} */ (texts[index]);
      if (text !== source.slice(quasi.start, quasi.end)) edits.push({ start: quasi.start, end: quasi.end, text });
    });
  });
  // Templates nest inside expressions, never overlap: apply from the end so offsets stay valid.
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * A Vite (Rolldown) plugin applying {@link minifyHtmlTemplates} to the modules whose id matches.
 * @param {RegExp} include
 * @returns {import('vite').Plugin}
 */
export function minifyHtmlTemplatesPlugin(include) {
  return {
    name: 'sel-minify-html-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(?:html|svg)\b/.test(code)) return null;
      const minified = minifyHtmlTemplates(
        code,
        (text) => /** @type {AstNode} */ (/** @type {unknown} */ (this.parse(text))),
      );
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
