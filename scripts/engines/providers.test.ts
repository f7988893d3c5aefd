import { describe, expect, it } from 'vitest';
import { withoutBrowserName } from './providers.js';

describe('withoutBrowserName', () => {
  it('drops browserName from a new-session request, keeping every other capability', () => {
    const request = {
      method: 'POST',
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: { browserName: 'safari', 'webkitgtk:browserOptions': { args: ['--automation'] } },
          firstMatch: [{ browserName: 'safari' }, {}],
        },
      }),
    };
    const { body } = withoutBrowserName(request);
    if (typeof body !== 'string') throw new Error(`expected a JSON string body, got ${typeof body}`);
    expect(JSON.parse(body)).toEqual({
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } }, firstMatch: [{}, {}] },
    });
  });

  it('passes other requests through unchanged', () => {
    const click = { method: 'POST', body: JSON.stringify({ browserName: 'kept outside capabilities' }) };
    expect(withoutBrowserName(click)).toBe(click);
    const get = { method: 'GET' };
    expect(withoutBrowserName(get)).toBe(get);
    const notJson = { method: 'POST', body: '{oops' };
    expect(withoutBrowserName(notJson)).toBe(notJson);
    const named = {
      method: 'POST',
      body: JSON.stringify({ capabilities: { alwaysMatch: { platformName: 'linux' } } }),
    };
    expect(withoutBrowserName(named)).toBe(named);
  });
});
