// What the CSP page tests of every engine share: the policies served, and two probes run inside
// the page (functions handed to Playwright's `page.evaluate` or WebDriver's `execute`, so they
// must not use anything from this module's scope).

/** The policy the issue asks for, word for word. */
export const ISSUE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** The same, with the Trusted Types policies the page may create locked to Lit's one. */
export const LOCKED_POLICY = `${ISSUE_POLICY}; trusted-types lit-html`;

/** Each policy the page is tested under, with a name for the report. */
export const POLICIES = [
  ['the policy of the issue', ISSUE_POLICY],
  ['the policy locked to the lit-html Trusted Types policy', LOCKED_POLICY],
] as const;

/** In the page: true when a plain string can no longer become HTML (Trusted Types enforced). */
export function stringToHtmlIsBlocked(): boolean {
  try {
    document.createElement('div').innerHTML = '<b>plain string</b>';
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}

/**
 * In the page: breaks the policy on purpose (an inline style, and a string sent to an HTML sink),
 * so a violation recorder that hears nothing cannot pass. True when the HTML sink threw.
 */
export function breakThePolicy(): boolean {
  const style = document.createElement('style');
  style.textContent = 'body { outline: 1px solid red; }';
  document.head.append(style);
  try {
    document.body.insertAdjacentHTML('beforeend', '<p>not trusted</p>');
    return false;
  } catch {
    return true;
  }
}
