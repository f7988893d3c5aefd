/**
 * Resolves with the next `type` event dispatched on `target`, or rejects after `timeout` ms
 * naming the event that never came. Call it before the action that should fire the event.
 */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  timeout = 2000,
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
