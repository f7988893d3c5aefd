import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { SelIssue } from '@sel/core';
import { expectNoAxeViolations, fixture } from '../test/index.js';
import { ERROR_STATE_MAX_ISSUES, renderErrorState } from './error-state.js';
import { translate, type SelMessageKey, type SelMessageParams } from './i18n.js';

const t = (key: SelMessageKey, params?: SelMessageParams): string => translate('en', key, params);
const issues = (count: number): SelIssue[] =>
  Array.from({ length: count }, (_, i) => ({ path: ['items', i, 'label'], message: 'Expected string', code: 'x' }));

describe('renderErrorState', () => {
  it('lists every issue as path: message in an alert', async () => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    render(renderErrorState({ issues: issues(2), source: 'src', t }), host);
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.getAttribute('part')).toBe('error-state');
    expect(alert?.textContent).toContain('2 problems were found in the data from the linked file:');
    expect([...host.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' '))).toEqual([
      'items[0].label: Expected string',
      'items[1].label: Expected string',
    ]);
    expect(host.querySelector('button')).toBeNull();
    await expectNoAxeViolations(host);
  });

  it('caps the list and says how many more there are', async () => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    render(renderErrorState({ issues: issues(ERROR_STATE_MAX_ISSUES + 3), source: undefined, t }), host);
    expect(host.querySelectorAll('li')).toHaveLength(ERROR_STATE_MAX_ISSUES);
    expect(host.textContent).toContain('…and 3 more problems.');
    expect(host.textContent).toContain('the page script');
  });

  it('reassures the user when earlier data is kept, and offers a retry button', async () => {
    let retried = 0;
    const host = await fixture<HTMLDivElement>('<div></div>');
    render(
      renderErrorState({
        issues: issues(1),
        source: 'inline',
        t,
        keptPrevious: true,
        onRetry: () => (retried += 1),
      }),
      host,
    );
    expect(host.textContent).toContain('One problem was found in the data from the data pasted into the page:');
    expect(host.textContent).toContain('nothing you entered has been lost');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
    render(html``, host);
  });
});
