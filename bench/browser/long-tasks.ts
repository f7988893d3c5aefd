import type { LoadTiming } from './api.js';

/** Watches painted frames and long tasks while `load` runs. */
export async function watchLoad(load: () => Promise<void>): Promise<LoadTiming> {
  // Garbage of the loads before is collected first, where the runner exposes `gc()`.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let loading = true;
  let frames = 0;
  let last = performance.now();
  let longestGapMs = 0;
  const frame = (): void => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    frames += 1;
    if (loading) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  await load();
  const end = performance.now();
  loading = false;
  longestGapMs = Math.max(longestGapMs, end - last);
  // Long tasks are reported after they end.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { longestGapMs, longestTaskMs: Math.max(0, ...longTasks), frames, totalMs: end - start };
}
