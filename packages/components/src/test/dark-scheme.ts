/**
 * A dark host page, in every engine: what `prefers-color-scheme: dark` does, without a browser
 * setting a test cannot change in WebKit. The rules an element's styles keep for a dark scheme
 * (`@media (prefers-color-scheme: dark)`, in its shadow roots and in the page) apply at once, and
 * the page paints a dark surface with `color-scheme: dark`. Call the function returned to undo it
 * (the elements' stylesheets are shared by every element of a kind).
 */
export function darkHostPage(host: Element): () => void {
  const undo: (() => void)[] = [];
  const root = document.documentElement;
  const before = root.getAttribute('style');
  root.style.colorScheme = 'dark';
  root.style.background = '#121212';
  root.style.color = '#e6e6e6';
  undo.push(() => {
    if (before === null) root.removeAttribute('style');
    else root.setAttribute('style', before);
  });
  for (const sheet of stylesheetsOf(host)) {
    for (const rule of mediaRules(sheet.cssRules)) {
      const media = rule.media.mediaText;
      const dark = media.replace(/\(\s*prefers-color-scheme\s*:\s*dark\s*\)/g, '(min-width: 0px)');
      if (dark === media) continue;
      rule.media.mediaText = dark;
      undo.push(() => {
        rule.media.mediaText = media;
      });
    }
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}

/** The page's stylesheets and those of every shadow root under `host`, each once. */
function stylesheetsOf(host: Element): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>([...document.styleSheets]);
  const walk = (root: ShadowRoot): void => {
    for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) sheets.add(sheet);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return sheets;
}

/** Every `@media` rule in `rules`, nested ones included. */
function mediaRules(rules: CSSRuleList): CSSMediaRule[] {
  const found: CSSMediaRule[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) found.push(rule);
    if (rule instanceof CSSGroupingRule) found.push(...mediaRules(rule.cssRules));
  }
  return found;
}
