import { describe, expect, it } from 'vitest';
import { dispatchSelEvent } from './events.js';

describe('dispatchSelEvent', () => {
  it('bubbles out of a shadow root with a typed detail', () => {
    const outer = document.createElement('div');
    const host = outer.appendChild(document.createElement('div'));
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    const seen: Event[] = [];
    outer.addEventListener('sel-error', (event) => seen.push(event));
    const notCancelled = dispatchSelEvent(inner, 'sel-error', {
      issues: [{ path: ['title'], message: 'Expected string', code: 'invalid_type' }],
      source: 'inline',
    });
    outer.remove();
    expect(notCancelled).toBe(true);
    expect(seen).toHaveLength(1);
    const [event] = seen;
    expect(event).toBeInstanceOf(CustomEvent);
    expect(event?.composed).toBe(true);
    expect(event?.cancelable).toBe(false);
    expect((event as CustomEvent).detail).toEqual({
      issues: [{ path: ['title'], message: 'Expected string', code: 'invalid_type' }],
      source: 'inline',
    });
    // Retargeted to the shadow host outside the shadow root.
    expect(event?.target).toBe(host);
  });

  it('reports cancellation when asked to be cancelable', () => {
    const el = document.createElement('div');
    el.addEventListener('sel-error', (event) => {
      event.preventDefault();
    });
    expect(dispatchSelEvent(el, 'sel-error', { issues: [], source: 'src' })).toBe(true);
    expect(dispatchSelEvent(el, 'sel-error', { issues: [], source: 'src' }, { cancelable: true })).toBe(false);
  });
});
