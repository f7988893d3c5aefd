// What the district workspace tests of every engine share: the page as the test server gives it
// (the strict policy in the header, and two same-origin scripts first in <head>: a recorder of
// policy violations, uncaught errors and `sel-error` events, and axe), and the checks of the page
// as written.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LOCKED_POLICY } from './csp-probes.js';
import { PAGE, SENT_PAGE } from './district-workspace-scenario.js';
import { repoRoot, type StaticServerOptions } from './static-server.js';

const RECORDER = '/__sel-test/recorder.js';
const AXE = '/__sel-test/axe.js';
/** Where the recorder keeps what it heard: the tab's session storage, so it outlives navigations. */
export const RECORD_KEY = 'sel-test-record';

/**
 * A classic script, so it runs before the page's modules. What it hears is kept in session
 * storage, so the pages a form is sent to add to the same record.
 */
const recorderSource = `(() => {
  const add = (line) => {
    const record = JSON.parse(sessionStorage.getItem('${RECORD_KEY}') ?? '[]');
    record.push(line);
    sessionStorage.setItem('${RECORD_KEY}', JSON.stringify(record));
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.composedPath()[0];
    const root = target instanceof Node ? target.getRootNode() : undefined;
    const where = target instanceof Element ? '<' + target.localName + '>' + (root instanceof ShadowRoot ? ' in <' + root.host.localName + '>' : '') : 'document';
    add('violation: ' + event.effectiveDirective + ' ' + event.blockedURI + ' at ' + where + ' ' + location.pathname);
  }, true);
  window.addEventListener('error', (event) => { add('error: ' + event.message + ' ' + location.pathname); });
  window.addEventListener('unhandledrejection', (event) => { add('unhandled rejection: ' + String(event.reason)); });
  document.addEventListener('sel-error', (event) => {
    add('sel-error: #' + event.target.id + ' ' + JSON.stringify(event.detail.issues).slice(0, 400));
  });
})();
`;

/** The recorder's lines, read in the page. */
export const readRecord = `JSON.parse(sessionStorage.getItem('${RECORD_KEY}') ?? '[]')`;

/** axe (WCAG 2.1 A and AA) on the whole page, shadow roots included, in the page. */
export const runAxe = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((results) => results.violations.map((violation) => violation.id + ': ' + String(violation.nodes.length) + ' node(s) ' + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')))`;

function withTestScripts(html: string, file: string): string {
  const head = `<head>\n    <script src="${RECORDER}"></script>\n    <script src="${AXE}"></script>`;
  const served = html.replace('<head>', head);
  if (served === html) throw new Error(`${file} has no <head>`);
  return served;
}

/** The static server's options: the two pages with the test's scripts, and the policy on every HTML page. */
export function servedWorkspace(): StaticServerOptions {
  const pages = new Map(
    [PAGE, SENT_PAGE].map((path) => [path, withTestScripts(readFileSync(join(repoRoot, path), 'utf8'), path)]),
  );
  const axe = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return {
    headers: (file) => (extname(file) === '.html' ? { 'content-security-policy': LOCKED_POLICY } : {}),
    generated: (pathname) => {
      const page = pages.get(pathname);
      if (page !== undefined) return { type: 'text/html; charset=utf-8', body: page };
      if (pathname === RECORDER) return { type: 'text/javascript; charset=utf-8', body: recorderSource };
      if (pathname === AXE) return { type: 'text/javascript; charset=utf-8', body: axe };
      return undefined;
    },
  };
}
