/** A square of a tile grid: where it sits, counted from 0. */
export interface GridSquare<K> {
  readonly key: K;
  readonly row: number;
  readonly column: number;
}

const DIRECTIONS = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { column: -1, row: 0 },
  ArrowRight: { column: 1, row: 0 },
} as const;

/**
 * The square an arrow key moves to from `from`, by geography: the nearest square in that
 * direction, where a step straight ahead counts twice as much as a step to the side, so Up from
 * Florida reaches Georgia (one up, one left) rather than DC (two up). Ties go to the square most
 * nearly straight ahead, then the first in reading order. Home and End go to the first and last
 * squares in reading order. Returns undefined for other keys, an unknown `from`, or when nothing
 * lies that way (the focus stays where it is).
 */
export function tileInDirection<K>(squares: readonly GridSquare<K>[], from: K, key: string): K | undefined {
  const ordered = [...squares].sort((a, b) => a.row - b.row || a.column - b.column);
  if (key === 'Home') return ordered[0]?.key;
  if (key === 'End') return ordered.at(-1)?.key;
  const direction = (DIRECTIONS as Readonly<Record<string, { row: number; column: number }>>)[key];
  const start = squares.find((square) => square.key === from);
  if (direction === undefined || start === undefined) return undefined;
  let best: { key: K; score: number; side: number } | undefined;
  for (const square of ordered) {
    const down = square.row - start.row;
    const right = square.column - start.column;
    const ahead = direction.row * down + direction.column * right;
    if (ahead <= 0) continue;
    const side = Math.abs(direction.row === 0 ? down : right);
    const score = 2 * ahead + side;
    if (best === undefined || score < best.score || (score === best.score && side < best.side)) {
      best = { key: square.key, score, side };
    }
  }
  return best?.key;
}
