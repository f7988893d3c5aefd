import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture } from '../test/index.js';
import { onDemand, warmOnUse } from './on-demand.js';

/** An import that the test settles by hand, counting how often it was started. */
function importByHand<M>(): {
  readonly load: () => Promise<M>;
  readonly started: () => number;
  readonly arrive: (module: M) => void;
  readonly fail: (error: Error) => void;
} {
  let started = 0;
  let settle: { arrive: (module: M) => void; fail: (error: Error) => void } | undefined;
  return {
    load: () => {
      started += 1;
      return new Promise<M>((arrive, fail) => {
        settle = { arrive, fail };
      });
    },
    started: () => started,
    arrive: (module) => settle?.arrive(module),
    fail: (error) => settle?.fail(error),
  };
}

describe('onDemand', () => {
  it('imports a module once for every use, and has it at once after it arrived', async () => {
    const dialog = { render: () => 'dialog' };
    const imported = importByHand<typeof dialog>();
    const part = onDemand(imported.load);
    expect(part.loaded()).toBeUndefined();
    expect(imported.started()).toBe(0);
    const first = part.load();
    const second = part.load();
    part.warm();
    expect(imported.started()).toBe(1);
    expect(part.loaded()).toBeUndefined();
    imported.arrive(dialog);
    expect(await first).toBe(dialog);
    expect(await second).toBe(dialog);
    expect(part.loaded()).toBe(dialog);
    expect(await part.load()).toBe(dialog);
    expect(imported.started()).toBe(1);
  });

  it('tries a failed import again on the next use, and a warm-up leaves the failure to that use', async () => {
    const imported = importByHand<{ readonly ok: true }>();
    const part = onDemand(imported.load);
    part.warm();
    imported.fail(new Error('offline'));
    // The warm-up's failure is swallowed: no unhandled rejection, nothing kept.
    await Promise.resolve();
    await Promise.resolve();
    expect(part.loaded()).toBeUndefined();
    const retry = part.load();
    expect(imported.started()).toBe(2);
    imported.fail(new Error('still offline'));
    await expect(retry).rejects.toThrow('still offline');
    const again = part.load();
    expect(imported.started()).toBe(3);
    imported.arrive({ ok: true });
    await expect(again).resolves.toEqual({ ok: true });
    expect(part.loaded()).toEqual({ ok: true });
  });
});

describe('warmOnUse', () => {
  it('warms at the pointer over the element, a press in it and the focus coming in, and not before', async () => {
    const host = await fixture(html`<div><button type="button">Edit</button></div>`);
    const outside = await fixture(html`<button type="button">Elsewhere</button>`);
    const signs: string[] = [];
    warmOnUse(host, () => signs.push('warm'));
    await userEvent.hover(outside);
    expect(signs).toEqual([]);
    await userEvent.hover(host.querySelector('button') ?? host);
    expect(signs.length).toBeGreaterThan(0);
    signs.length = 0;
    host.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(signs).toEqual(['warm']);
    signs.length = 0;
    // Back from the button after it, as Shift+Tab does.
    outside.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(host.querySelector('button'));
    expect(signs).toEqual(['warm']);
  });
});
