/**
 * Resolves with the next `type` event dispatched on `target`, or rejects after `timeout` ms
 * naming the event that never came. Call it before the action that should fire the event.
 *
 * The timeout is a guard against an event that never comes, not a speed check: the clock starts
 * before the key presses or clicks that cause the event, and on a loaded two-core CI machine a
 * WebDriver engine can take seconds to deliver them to a 1,000-card board. So the default is
 * generous; timing belongs in `pnpm bench`.
 */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  timeout = 15_000,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`Expected a "${type}" event on <${target.localName}> within ${timeout} ms; none came`));
    }, timeout);
    const listener = (event: HTMLElementEventMap[K]): void => {
      clearTimeout(timer);
      target.removeEventListener(type, listener);
      resolve(event);
    };
    target.addEventListener(type, listener);
  });
}
