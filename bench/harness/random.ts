/**
 * A small seeded pseudo-random generator (mulberry32), so every run of `pnpm bench` measures the
 * same synthetic data.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer from 0 to `below - 1`. */
export function randomInt(next: () => number, below: number): number {
  return Math.floor(next() * below);
}
