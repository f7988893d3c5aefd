import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens and their defaults. Each is themable from outside as `--sel-<name>` (on the
 * element or any ancestor, e.g. `:root`); inside shadow roots components read the resolved
 * private copy `--_sel-<name>`, so a theme set on `:root` is never shadowed by a default set on
 * the host. The default colours meet WCAG 2.1 AA (checked in `tokens.styles.test.ts`).
 */
export const SEL_TOKEN_DEFAULTS = {
  'color-text': '#1f2328',
  'color-text-muted': '#57606a',
  'color-surface': '#ffffff',
  'color-surface-raised': '#f6f8fa',
  'color-border': '#6e7781',
  'color-accent': '#0a5bb5',
  'color-on-accent': '#ffffff',
  'color-accent-surface': '#ddeeff',
  'color-danger': '#a40e26',
  'color-danger-surface': '#fff0f0',
  'color-success': '#116329',
  'color-focus': '#0a5bb5',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'line-height': '1.5',
  radius: '0.375rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '1rem',
  'space-4': '1.5rem',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  'motion-duration': '150ms',
} as const;

export type SelTokenName = keyof typeof SEL_TOKEN_DEFAULTS;

/**
 * The colour tokens' defaults in a dark colour scheme (`prefers-color-scheme: dark`), where the
 * element paints its own dark surface. They meet WCAG 2.1 AA in the same pairs as the light ones
 * (checked in `tokens.styles.test.ts`). A page's `--sel-*` theme still wins in both schemes.
 */
export const SEL_DARK_TOKEN_DEFAULTS = {
  'color-text': '#e6edf3',
  'color-text-muted': '#a9b4be',
  'color-surface': '#0d1117',
  'color-surface-raised': '#161b22',
  'color-border': '#8b949e',
  'color-accent': '#6cb6ff',
  'color-on-accent': '#0d1117',
  'color-accent-surface': '#12304f',
  'color-danger': '#ff8e8e',
  'color-danger-surface': '#3b1016',
  'color-success': '#56d364',
  'color-focus': '#6cb6ff',
} as const satisfies Partial<Record<SelTokenName, string>>;

/** `var(--_sel-<name>)`, the way component styles read a token. */
export function token(name: SelTokenName): CSSResult {
  return unsafeCSS(`var(--_sel-${name})`);
}

function declarationsOf(defaults: Readonly<Partial<Record<SelTokenName, string>>>): string {
  return (Object.entries(defaults) as [SelTokenName, string][])
    .map(([name, value]) => `--_sel-${name}: var(--sel-${name}, ${value});`)
    .join('\n');
}
const declarations = declarationsOf(SEL_TOKEN_DEFAULTS);
const darkDeclarations = declarationsOf(SEL_DARK_TOKEN_DEFAULTS);

/**
 * Shared styles every @sel element adopts first: tokens, base typography (with the page's text
 * alignment, indent, spacing and case reset at the host), the focus ring, the
 * `.visually-hidden` class, the error state, and the reduced-motion and forced-colors modes.
 *
 * @cssprop --sel-color-text - Body text.
 * @cssprop --sel-color-accent - Selected items, primary buttons and links.
 * @cssprop --sel-color-focus - The keyboard focus ring.
 * @cssprop --sel-font-family - Font of all text.
 * @cssprop --sel-radius - Corner radius of boxes and buttons.
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations)}
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_sel-color-text);
    font-family: var(--_sel-font-family);
    font-size: var(--_sel-font-size);
    line-height: var(--_sel-line-height);
    overflow-wrap: anywhere;
    /* The page's text layout stops at the element (a centred container does not centre its
       rows); font and colour come from the tokens, which a page themes through --sel-*. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }

  /* A dark scheme: dark tokens, and the element paints its own surface, so its text never sits
     on whatever the page has behind it. */
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(darkDeclarations)}
      color-scheme: dark;
      background: var(--_sel-color-surface);
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_sel-focus-ring-width) solid var(--_sel-color-focus);
    outline-offset: var(--_sel-focus-ring-offset);
  }

  .visually-hidden:not(:focus-within, :active) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .error-state {
    margin-block: var(--_sel-space-2);
    padding: var(--_sel-space-3);
    border: 2px solid var(--_sel-color-danger);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-danger-surface);
    color: var(--_sel-color-text);
  }

  .error-state__title {
    margin: 0 0 var(--_sel-space-2);
    color: var(--_sel-color-danger);
    font-size: var(--_sel-font-size);
    font-weight: 700;
  }

  .error-state p {
    margin: 0 0 var(--_sel-space-2);
  }

  .error-state ul {
    margin: 0;
    padding-inline-start: var(--_sel-space-4);
  }

  .error-state code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--_sel-font-size-small);
  }

  /* A secondary button in the element's colours: a native one takes the engine's own, which in a
     dark scheme can be white on light grey (WebKit). */
  .error-state button,
  button.secondary {
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    color: var(--_sel-color-accent);
    font: inherit;
    cursor: pointer;
  }

  button.secondary:disabled {
    border-color: var(--_sel-color-border);
    color: var(--_sel-color-text-muted);
    cursor: not-allowed;
  }

  .error-state button {
    margin-block-start: var(--_sel-space-2);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_sel-motion-duration: 0ms;
    }

    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    .error-state {
      border-color: CanvasText;
    }

    .error-state__title {
      color: CanvasText;
    }
  }
`;
