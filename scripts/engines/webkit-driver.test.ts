import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, startWebKitWebDriver, startXvfb } from './webkit-driver.js';

describe('WebKit services', () => {
  it('finds a loopback port nothing listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });

  it('names the missing Xvfb instead of hanging', async () => {
    await expect(startXvfb('/nonexistent/Xvfb', 5_000)).rejects.toThrow(
      'Xvfb could not be started from /nonexistent/Xvfb',
    );
  });

  it('names the missing WebKitWebDriver instead of waiting for it', async () => {
    await expect(startWebKitWebDriver('/nonexistent/WebKitWebDriver', await freePort(), ':0')).rejects.toThrow(
      'WebKitWebDriver could not be started from /nonexistent/WebKitWebDriver',
    );
  });
});
